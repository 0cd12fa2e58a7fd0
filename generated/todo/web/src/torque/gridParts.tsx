// DataGrid parts around the rows: toolbar (title or count, search), active
// filter chips, load error, column headers (sort, filter editor), empty
// state and pagination. Each reads the grid's state (gridHooks) and renders.

import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Pagination,
  Popover,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from "@mantine/core";
import IconArrowDown from "@tabler/icons-react/icons/IconArrowDown";
import IconArrowUp from "@tabler/icons-react/icons/IconArrowUp";
import IconDatabaseOff from "@tabler/icons-react/icons/IconDatabaseOff";
import IconFilter from "@tabler/icons-react/icons/IconFilter";
import IconFilterFilled from "@tabler/icons-react/icons/IconFilterFilled";
import IconSearch from "@tabler/icons-react/icons/IconSearch";
import IconSelector from "@tabler/icons-react/icons/IconSelector";
import IconX from "@tabler/icons-react/icons/IconX";
import { lazy, Suspense, type ReactNode } from "react";
import { OP_LABELS, type ColumnFilter } from "./filterops";
import { NUMERIC, type GridQuery } from "./gridHooks";
import { cachedLabel } from "./reference";
import { labelSpace } from "./labels";
import type { PageResult } from "./rpc";
import type { AnyEntityMeta, AnyRecord, EntityMeta, FieldMeta } from "./types";
import { displayText, valueLabel } from "./values";

const PAGE_SIZES = ["10", "20", "50", "100"];

const FilterEditor = lazy(() => import("./filters").then((m) => ({ default: m.FilterEditor })));

function filterable(f: FieldMeta): boolean {
  return f.type !== "json" && f.type !== "array";
}

function filterText(field: FieldMeta, f: ColumnFilter): string {
  const v =
    field.type === "reference"
      ? (cachedLabel(labelSpace(field.target ?? "", field.targetField), String(f.value)) ?? String(f.value))
      : field.type === "enum"
        ? valueLabel(field, String(f.value))
        : displayText(field, f.value);
  return `${field.label} ${OP_LABELS[f.op] ?? f.op} ${v}`;
}

/** "about " when the total is the database's estimate. */
function about(data: PageResult<AnyRecord> | null): string {
  return data?.totalExact === false ? "about " : "";
}

// ------------------------------------------------------------------ toolbar

interface GridToolbarProps {
  readonly entity: AnyEntityMeta;
  readonly title?: string;
  readonly searchable: boolean;
  readonly data: PageResult<AnyRecord> | null;
  readonly query: GridQuery;
  /** Buttons at the right (Export / Import). */
  readonly actions?: ReactNode;
}

/** The title (or the record count), the search box and the grid's buttons. */
export function GridToolbar({ entity, title, searchable, data, query, actions }: GridToolbarProps) {
  const total = data?.total ?? 0;
  const plural = entity.pluralLabel.toLowerCase();
  return (
    <Group justify="space-between" align="center" gap="sm">
      {title ? (
        <Title order={4} fw={600}>
          {title}
        </Title>
      ) : (
        <Text size="sm" c="dimmed">
          {data && total ? `${about(data)}${total.toLocaleString()} ${total === 1 ? entity.label.toLowerCase() : plural}` : " "}
        </Text>
      )}
      <Group gap="sm" align="center">
      {actions}
      {searchable && (
        <TextInput
          placeholder={`Search ${plural}…`}
          aria-label={`Search ${plural}`}
          leftSection={<IconSearch size={16} stroke={1.7} />}
          rightSection={
            query.searchInput ? (
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label="Clear search" onClick={query.clearSearch}>
                <IconX size={14} />
              </ActionIcon>
            ) : undefined
          }
          value={query.searchInput}
          onChange={(e) => query.typeSearch(e.currentTarget.value)}
          w={{ base: "100%", xs: 280 }}
        />
      )}
      </Group>
    </Group>
  );
}

/** One removable chip per active column filter, and "Clear all". */
export function ActiveFilters<F extends string>({ entity, query }: { readonly entity: EntityMeta<F>; readonly query: GridQuery }) {
  const active = Object.entries(query.filters);
  if (active.length === 0) return null;
  return (
    <Group gap={6}>
      {active.map(([name, f]) => (
        <Badge
          key={name}
          variant="light"
          size="lg"
          tt="none"
          fw={500}
          rightSection={
            <ActionIcon size="xs" variant="transparent" aria-label={`Remove filter ${entity.fields[name as F].label}`} onClick={() => query.setFilter(name, null)}>
              <IconX size={12} />
            </ActionIcon>
          }
        >
          {filterText(entity.fields[name as F], f)}
        </Badge>
      ))}
      <Button variant="subtle" size="compact-xs" color="gray" onClick={query.clearFilters}>
        Clear all
      </Button>
    </Group>
  );
}

export function GridError({ entity, error, reload }: { readonly entity: AnyEntityMeta; readonly error: string; readonly reload: () => void }) {
  return (
    <Alert color="red" title={`Could not load ${entity.pluralLabel.toLowerCase()}`}>
      <Group justify="space-between">
        <Text size="sm">{error}</Text>
        <Button size="xs" variant="white" color="red" onClick={reload}>
          Retry
        </Button>
      </Group>
    </Alert>
  );
}

// ------------------------------------------------------------------ header

interface GridHeaderCellProps {
  readonly field: FieldMeta;
  readonly sortable: boolean;
  readonly allowFilters: boolean;
  readonly query: GridQuery;
  /** The first column (pinned on a phone). */
  readonly first?: boolean;
}

/** A column's header: its label (a sort button when sortable) and its filter editor. */
export function GridHeaderCell({ field: f, sortable, allowFilters, query, first }: GridHeaderCellProps) {
  const { sort, filters, openFilter, setOpenFilter } = query;
  const sorted = sort?.field === f.name ? sort.dir : null;
  const SortIcon = sorted === "asc" ? IconArrowUp : sorted === "desc" ? IconArrowDown : IconSelector;
  const ariaSort: "ascending" | "descending" | "none" = sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
  const active = filters[f.name];
  const numeric = NUMERIC.has(f.type);
  return (
    <Table.Th aria-label={f.label} aria-sort={sortable ? ariaSort : undefined} style={{ textAlign: numeric ? "right" : undefined }} className={first ? "torque-pin-start" : undefined}>
      <Group gap={0} wrap="nowrap" justify={numeric ? "flex-end" : "flex-start"}>
        {sortable ? (
          <UnstyledButton className="torque-th-button" onClick={() => query.toggleSort(f)} aria-label={`Sort by ${f.label}`} data-sort={sorted ?? "none"}>
            <Text span size="sm" fw={600}>
              {f.label}
            </Text>
            <SortIcon size={14} stroke={1.8} opacity={sorted ? 1 : 0.45} />
          </UnstyledButton>
        ) : (
          <Text span size="sm" fw={600}>
            {f.label}
          </Text>
        )}
        {allowFilters && filterable(f) && (
          <Popover
            opened={openFilter === f.name}
            onChange={(o) => setOpenFilter(o ? f.name : null)}
            width={260}
            position="bottom-start"
            withArrow
            shadow="md"
            trapFocus
            returnFocus
          >
            <Popover.Target>
              <ActionIcon
                variant={active ? "light" : "subtle"}
                color={active ? undefined : "gray"}
                size="xs"
                className="torque-filter-button"
                data-active={active ? true : undefined}
                aria-label={`Filter ${f.label}`}
                onClick={() => setOpenFilter((o) => (o === f.name ? null : f.name))}
              >
                {active ? <IconFilterFilled size={13} /> : <IconFilter size={13} stroke={1.8} />}
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <Suspense fallback={<Skeleton height={90} />}>
                <FilterEditor
                  key={`${f.name}:${JSON.stringify(active ?? null)}`}
                  field={f}
                  current={active}
                  onApply={(x) => query.setFilter(f.name, x)}
                  onClear={() => query.setFilter(f.name, null)}
                />
              </Suspense>
            </Popover.Dropdown>
          </Popover>
        )}
      </Group>
    </Table.Th>
  );
}

// ------------------------------------------------------------------ below the table

/** "No … match." / "No … yet." once a page came back empty. */
export function GridEmpty({ entity, query }: { readonly entity: AnyEntityMeta; readonly query: GridQuery }) {
  const plural = entity.pluralLabel.toLowerCase();
  return (
    <Stack align="center" gap={4} py="xl">
      <IconDatabaseOff size={32} stroke={1.4} color="var(--mantine-color-dimmed)" />
      <Text c="dimmed" size="sm">
        {query.search || Object.keys(query.filters).length ? `No ${plural} match.` : `No ${plural} yet.`}
      </Text>
    </Stack>
  );
}

/** The range shown, rows per page and the page buttons. */
const PAGE_CONTROL_LABELS = { first: "First page", previous: "Previous page", next: "Next page", last: "Last page" } as const;

export function GridPagination({ data, query }: { readonly data: PageResult<AnyRecord> | null; readonly query: GridQuery }) {
  const { pageNo, pageSize } = query;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (pageNo - 1) * pageSize + 1;
  const to = Math.min(total, pageNo * pageSize);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed" data-range>
        {data && total ? `${from.toLocaleString()}–${to.toLocaleString()} of ${about(data)}${total.toLocaleString()}` : " "}
      </Text>
      <Group gap="sm">
        <Select
          aria-label="Rows per page"
          data={PAGE_SIZES.includes(String(pageSize)) ? PAGE_SIZES : [String(pageSize), ...PAGE_SIZES]}
          value={String(pageSize)}
          onChange={(v) => {
            if (!v) return;
            query.setPageSize(Number(v));
          }}
          allowDeselect={false}
          w={80}
          size="xs"
        />
        {pages > 1 && (
          <Pagination
            total={pages}
            value={pageNo}
            onChange={query.setPageNo}
            size="sm"
            siblings={1}
            boundaries={1}
            aria-label="Pages"
            // Every control gets a name for screen readers (the arrows have none of their own).
            getControlProps={(control) => ({ "aria-label": PAGE_CONTROL_LABELS[control] })}
            getItemProps={(page) => ({ "aria-label": `Page ${page}`, "aria-current": page === pageNo ? "page" : undefined })}
          />
        )}
      </Group>
    </Group>
  );
}
