// DataGrid: a server-side paged, sorted, filtered and searchable table of
// one entity's records that refreshes itself when the records change.
// State lives in hooks (gridHooks.ts); the parts are in gridParts.tsx
// (toolbar, filter chips, header cells, empty state, pagination) and
// gridRows.tsx (rows and cells).

import { Paper, Stack, Table, VisuallyHidden } from "@mantine/core";
import { useMemo } from "react";
import { useAccess } from "./access";
import { useActionRunner } from "./actions";
import { useApp } from "./context";
import { GridCsvButtons } from "./gridCsv";
import { useGridColumns, useGridData, useGridQuery } from "./gridHooks";
import { ActiveFilters, GridEmpty, GridError, GridHeaderCell, GridPagination, GridToolbar } from "./gridParts";
import { GridRows } from "./gridRows";
import type { Action, EntityMeta, SortDir } from "./types";

export interface DataGridProps<F extends string> {
  readonly id: string;
  readonly entity: EntityMeta<F>;
  /** Columns, in order (default: the entity's list-visible fields). */
  readonly columns?: readonly F[];
  readonly pageSize?: number;
  readonly sortable?: boolean;
  readonly filterable?: boolean;
  readonly searchable?: boolean;
  readonly rowActions?: readonly Action[];
  readonly title?: string;
}

const NO_ACTIONS: readonly Action[] = [];

export function DataGrid<F extends string>(props: DataGridProps<F>) {
  const { entity, sortable = true } = props;
  // The server searches the entity's searchFields; without any there is no search box.
  const searchable = (props.searchable ?? true) && entity.searchFields.length > 0;
  const allowFilters = props.filterable ?? true;
  const access = useAccess();
  // Row actions the role may not run are not offered (the server stays the authority).
  const rowActions = useMemo(() => (props.rowActions ?? NO_ACTIONS).filter((a) => access.allows(a)), [props.rowActions, access]);
  const app = useApp();
  const run = useActionRunner();
  const grid = useGridColumns(entity, props.columns);
  const query = useGridQuery(entity, props.pageSize);
  const { data, loading, error, reload } = useGridData(entity, grid, query);
  const { columns } = grid;

  return (
    <Paper withBorder radius="md" p="md" shadow="xs" data-grid={props.id} data-entity={entity.name} data-total={data ? data.total : undefined} data-loading={loading}>
      <Stack gap="sm">
        <GridToolbar entity={entity} title={props.title} searchable={searchable} data={data} query={query}
          actions={<GridCsvButtons entity={entity} reload={reload} />} />
        <ActiveFilters entity={entity} query={query} />
        {error && <GridError entity={entity} error={error} reload={reload} />}
        {/* One scroll box for both directions: the header sticks to its top, the row
            actions to its right edge (and, on a phone, the first column to its left). */}
        <div className="torque-table-scroll" data-loading={loading} tabIndex={0} role="region" aria-label={`${props.title ?? entity.pluralLabel} table`}>
          <Table
            className="torque-table"
            striped
            highlightOnHover
            stickyHeader
            verticalSpacing={8}
            horizontalSpacing={8}
            miw={columns.length * 115 + (rowActions.length ? 72 : 0)}
            aria-label={props.title ?? entity.pluralLabel}
            aria-busy={loading}
          >
            <Table.Thead>
              <Table.Tr>
                {columns.map((f, i) => (
                  <GridHeaderCell key={f.name} field={f} sortable={sortable} allowFilters={allowFilters} query={query} first={i === 0} />
                ))}
                {rowActions.length > 0 && (
                  <Table.Th className="torque-pin-end" style={{ width: 1 }}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <GridRows
              items={data ? data.items : null}
              loading={loading}
              pageSize={query.pageSize}
              entity={entity}
              columns={columns}
              actions={rowActions}
              run={run}
              flows={app.flows}
            />
          </Table>
          {data !== null && data.items.length === 0 && !error && <GridEmpty entity={entity} query={query} />}
        </div>
        <GridPagination data={data} query={query} />
      </Stack>
    </Paper>
  );
}

export type { SortDir };
