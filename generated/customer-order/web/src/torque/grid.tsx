// DataGrid: a server-side paged, sorted, filtered and searchable table of
// one entity's records that refreshes itself when the records change.

import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Pagination,
  Paper,
  Popover,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import IconArrowDown from "@tabler/icons-react/icons/IconArrowDown";
import IconArrowUp from "@tabler/icons-react/icons/IconArrowUp";
import IconDatabaseOff from "@tabler/icons-react/icons/IconDatabaseOff";
import IconFilter from "@tabler/icons-react/icons/IconFilter";
import IconFilterFilled from "@tabler/icons-react/icons/IconFilterFilled";
import IconSearch from "@tabler/icons-react/icons/IconSearch";
import IconSelector from "@tabler/icons-react/icons/IconSelector";
import IconX from "@tabler/icons-react/icons/IconX";
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { errorMessage, useActionRunner } from "./actions";
import { actionIcons } from "./button";
import { useApp, usePage, type RunAction } from "./context";
import { useEntityChanges } from "./live";
import { OP_LABELS, type ColumnFilter } from "./filterops";
import { cachedLabel, forgetLabels, loadLabels } from "./reference";
import { loadEntityData, type Filter, type PageResult, type Sort } from "./rpc";
import type { Action, AnyEntityMeta, AnyRecord, AppConfig, EntityMeta, FieldMeta, SortDir } from "./types";
import { displayText, humanize, recordTitle } from "./values";

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


const PAGE_SIZES = ["10", "20", "50", "100"];
const NO_ACTIONS: readonly Action[] = [];
const NUMERIC = new Set(["integer", "float", "decimal"]);
const BADGE_COLORS = ["blue", "teal", "grape", "orange", "cyan", "pink", "lime", "indigo", "yellow", "red"];

function filterable(f: FieldMeta): boolean {
  return f.type !== "json" && f.type !== "array";
}

// ------------------------------------------------------------------ cells

/** Line-break opportunities before `@`, `.` and `/` (addresses wrap at sensible places). */
function breakable(s: string): ReactNode[] {
  const out: ReactNode[] = [];
  s.split(/(?=[@./])/).forEach((part, i) => {
    if (i) out.push(<wbr key={i} />);
    out.push(part);
  });
  return out;
}

function CellValue({ field, value }: { readonly field: FieldMeta; readonly value: unknown }) {
  if (value === null || value === undefined || value === "")
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  switch (field.type) {
    case "boolean":
      return (
        <Badge variant="light" color={value ? "teal" : "gray"} size="sm" tt="none">
          {value ? "Yes" : "No"}
        </Badge>
      );
    case "enum": {
      const i = field.values?.indexOf(String(value)) ?? 0;
      return (
        <Badge variant="light" color={BADGE_COLORS[Math.max(0, i) % BADGE_COLORS.length]} size="sm" tt="none">
          {humanize(String(value))}
        </Badge>
      );
    }
    case "email":
      return (
        <Anchor href={`mailto:${String(value)}`} size="sm" className="torque-cell-break">
          {breakable(String(value))}
        </Anchor>
      );
    case "url":
      return (
        <Anchor href={String(value)} target="_blank" rel="noreferrer" size="sm" className="torque-cell-break">
          {breakable(String(value))}
        </Anchor>
      );
    case "reference": {
      const label = field.target ? cachedLabel(field.target, String(value)) : undefined;
      return label !== undefined ? (
        <Text span size="sm">
          {label}
        </Text>
      ) : (
        <Skeleton height={10} width={80} radius="xl" display="inline-block" />
      );
    }
    case "array":
      return Array.isArray(value) ? (
        <Group gap={4} wrap="nowrap">
          {value.slice(0, 3).map((v, i) => (
            <Badge key={i} variant="outline" size="sm" tt="none">
              {String(v)}
            </Badge>
          ))}
          {value.length > 3 && (
            <Text span size="xs" c="dimmed">
              +{value.length - 3}
            </Text>
          )}
        </Group>
      ) : (
        <Text span size="sm">
          {String(value)}
        </Text>
      );
    case "json":
      return <Code className="torque-cell-clip">{JSON.stringify(value)}</Code>;
    default:
      return (
        <Text span size="sm" className={field.type === "text" ? "torque-cell-clip" : undefined} title={field.type === "text" ? displayText(field, value) : undefined}>
          {displayText(field, value)}
        </Text>
      );
  }
}

// ------------------------------------------------------------------ filters

const FilterEditor = lazy(() => import("./filters").then((m) => ({ default: m.FilterEditor })));

function filterToRequest(field: FieldMeta, f: ColumnFilter): Filter {
  let value = f.value;
  if (NUMERIC.has(field.type) && typeof value === "string") value = Number(value);
  if (field.type === "datetime" && typeof value === "string" && value) value = new Date(value).toISOString();
  return { field: field.name, op: f.op, value };
}

function filterText(field: FieldMeta, f: ColumnFilter): string {
  const v =
    field.type === "reference"
      ? (cachedLabel(field.target ?? "", String(f.value)) ?? String(f.value))
      : field.type === "enum"
        ? humanize(String(f.value))
        : displayText(field, f.value);
  return `${field.label} ${OP_LABELS[f.op] ?? f.op} ${v}`;
}

// ------------------------------------------------------------------ rows

interface GridRowProps {
  readonly record: AnyRecord;
  readonly entity: AnyEntityMeta;
  readonly columns: readonly FieldMeta[];
  readonly actions: readonly Action[];
  readonly run: RunAction;
  readonly flows: AppConfig["flows"];
}

/** One record's row; re-renders only when the record (or the row's actions) change. */
const GridRow = memo(function GridRow({ record: r, entity, columns, actions, run, flows }: GridRowProps) {
  const title = recordTitle(entity, r);
  return (
    <Table.Tr data-record-id={r.id}>
      {columns.map((c) => (
        <Table.Td
          key={c.name}
          data-field={c.name}
          style={NUMERIC.has(c.type) ? { textAlign: "right", fontVariantNumeric: "tabular-nums" } : undefined}
        >
          <CellValue field={c} value={r[c.name]} />
        </Table.Td>
      ))}
      {actions.length > 0 && (
        <Table.Td>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {actions.map((a, i) => {
              const Icon = actionIcons[a.type];
              const verb = ACTION_LABELS[a.type];
              const flowLabel = a.type === "runFlow" ? (flows[a.flow]?.label ?? a.flow) : null;
              return (
                <Tooltip key={i} label={flowLabel ?? verb} withArrow openDelay={300}>
                  <ActionIcon
                    variant="subtle"
                    color={a.type === "delete" ? "red" : "gray"}
                    aria-label={flowLabel ? `${flowLabel} for ${title}` : `${verb} ${title}`}
                    data-action={a.type}
                    onClick={() => void run(a, r)}
                  >
                    <Icon size={17} stroke={1.7} />
                  </ActionIcon>
                </Tooltip>
              );
            })}
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
});

// ------------------------------------------------------------------ grid

const ACTION_LABELS: Record<Action["type"], string> = {
  openModal: "Open",
  closeModal: "Close",
  navigate: "Open",
  create: "New",
  edit: "Edit",
  delete: "Delete",
  runFlow: "Run",
  refresh: "Refresh",
};

export function DataGrid<F extends string>(props: DataGridProps<F>) {
  const { entity, sortable = true } = props;
  // The server searches the entity's searchFields; without any there is no search box.
  const searchable = (props.searchable ?? true) && entity.searchFields.length > 0;
  const app = useApp();
  const page = usePage();
  const run = useActionRunner();
  const allowFilters = props.filterable ?? true;

  // Keyed on the names, not the array: a parent re-render passes an equal, new array.
  const columnKey = (props.columns ?? entity.fieldNames.filter((n) => entity.fields[n].list)).join(",");
  const columns = useMemo<FieldMeta[]>(
    () => (columnKey ? columnKey.split(",") : []).map((n) => entity.fields[n as F]),
    [entity, columnKey],
  );
  const refTargets = useMemo(
    () => [...new Set(columns.filter((c) => c.type === "reference" && c.target).map((c) => c.target as string))],
    [columns],
  );

  const [pageNo, setPageNo] = useState(1);
  const [pageSize, setPageSize] = useState(props.pageSize ?? 20);
  const [sort, setSort] = useState<Sort | null>(entity.defaultSort ? { ...entity.defaultSort } : null);
  const [filters, setFilters] = useState<Record<string, ColumnFilter>>({});
  const [openFilter, setOpenFilter] = useState<string | null>(null);
  const [searchInput, setSearchInput] = useState("");
  const [search] = useDebouncedValue(searchInput.trim(), 250);
  const [data, setData] = useState<PageResult<AnyRecord> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    const ctrl = new AbortController();
    const request = {
      page: pageNo,
      pageSize,
      sort: sort ? [sort] : [],
      filters: Object.entries(filters).map(([name, f]) => filterToRequest(entity.fields[name as F], f)),
      ...(search ? { search } : {}),
    };
    setLoading(true);
    loadEntityData<Record<string, unknown>>(entity.name, request, ctrl.signal)
      .then(async (result) => {
        const items = result.items as AnyRecord[];
        // Labels of referenced records first (one request per target entity),
        // so the rows render once, complete.
        await Promise.all(
          refTargets.map((target) => {
            const meta = app.entities[target];
            const ids = columns
              .filter((c) => c.target === target)
              .flatMap((c) => items.map((r) => r[c.name]))
              .filter((v): v is string => typeof v === "string" && v !== "");
            return meta ? loadLabels(meta, ids, ctrl.signal).catch(() => undefined) : undefined;
          }),
        );
        if (ctrl.signal.aborted) return;
        setData({ ...result, items });
        setError(null);
        setLoading(false);
        const lastPage = Math.max(1, Math.ceil(result.total / pageSize));
        if (pageNo > lastPage) setPageNo(lastPage);
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(errorMessage(e));
        setLoading(false);
      });
    return () => ctrl.abort();
  }, [entity, app, columns, refTargets, pageNo, pageSize, sort, filters, search, tick, page?.refreshKey]);

  useEntityChanges([entity.name, ...refTargets], (e) => {
    if (e.entity !== entity.name) forgetLabels(e.entity);
    if (e.entity === "*") refTargets.forEach(forgetLabels);
    reload();
  });

  const toggleSort = (f: FieldMeta) => {
    setSort((s) => (s && s.field === f.name ? { field: f.name, dir: s.dir === "asc" ? "desc" : "asc" } : { field: f.name, dir: "asc" }));
    setPageNo(1);
  };

  const setFilter = (name: string, f: ColumnFilter | null) => {
    setFilters((fs) => {
      const next = { ...fs };
      if (f) next[name] = f;
      else delete next[name];
      return next;
    });
    setPageNo(1);
    setOpenFilter(null);
  };

  const total = data?.total ?? 0;
  const about = data?.totalExact === false ? "about " : "";
  const items = data?.items ?? [];
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (pageNo - 1) * pageSize + 1;
  const to = Math.min(total, pageNo * pageSize);
  const rowActions = props.rowActions ?? NO_ACTIONS;
  const activeFilters = Object.entries(filters);
  const numeric = (f: FieldMeta) => NUMERIC.has(f.type);

  const header = (f: FieldMeta) => {
    const sorted = sort?.field === f.name ? sort.dir : null;
    const SortIcon = sorted === "asc" ? IconArrowUp : sorted === "desc" ? IconArrowDown : IconSelector;
    const ariaSort: "ascending" | "descending" | "none" = sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
    const active = filters[f.name];
    return (
      <Table.Th key={f.name} aria-label={f.label} aria-sort={sortable ? ariaSort : undefined} style={{ textAlign: numeric(f) ? "right" : undefined }}>
        <Group gap={0} wrap="nowrap" justify={numeric(f) ? "flex-end" : "flex-start"}>
          {sortable ? (
            <UnstyledButton className="torque-th-button" onClick={() => toggleSort(f)} aria-label={`Sort by ${f.label}`} data-sort={sorted ?? "none"}>
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
                    onApply={(x) => setFilter(f.name, x)}
                    onClear={() => setFilter(f.name, null)}
                  />
                </Suspense>
              </Popover.Dropdown>
            </Popover>
          )}
        </Group>
      </Table.Th>
    );
  };

  return (
    <Paper withBorder radius="md" p="md" shadow="xs" data-grid={props.id} data-entity={entity.name} data-total={data ? total : undefined} data-loading={loading}>
      <Stack gap="sm">
        {(props.title || searchable) && (
          <Group justify="space-between" align="center" gap="sm">
            {props.title ? (
              <Title order={4} fw={600}>
                {props.title}
              </Title>
            ) : (
              <Text size="sm" c="dimmed">
                {data ? `${about}${total.toLocaleString()} ${total === 1 ? entity.label.toLowerCase() : entity.pluralLabel.toLowerCase()}` : " "}
              </Text>
            )}
            {searchable && (
              <TextInput
                placeholder={`Search ${entity.pluralLabel.toLowerCase()}…`}
                aria-label={`Search ${entity.pluralLabel.toLowerCase()}`}
                leftSection={<IconSearch size={16} stroke={1.7} />}
                rightSection={
                  searchInput ? (
                    <ActionIcon variant="subtle" color="gray" size="sm" aria-label="Clear search" onClick={() => setSearchInput("")}>
                      <IconX size={14} />
                    </ActionIcon>
                  ) : undefined
                }
                value={searchInput}
                onChange={(e) => {
                  setSearchInput(e.currentTarget.value);
                  setPageNo(1);
                }}
                w={{ base: "100%", xs: 280 }}
              />
            )}
          </Group>
        )}
        {activeFilters.length > 0 && (
          <Group gap={6}>
            {activeFilters.map(([name, f]) => (
              <Badge
                key={name}
                variant="light"
                size="lg"
                tt="none"
                fw={500}
                rightSection={
                  <ActionIcon size="xs" variant="transparent" aria-label={`Remove filter ${entity.fields[name as F].label}`} onClick={() => setFilter(name, null)}>
                    <IconX size={12} />
                  </ActionIcon>
                }
              >
                {filterText(entity.fields[name as F], f)}
              </Badge>
            ))}
            <Button variant="subtle" size="compact-xs" color="gray" onClick={() => { setFilters({}); setPageNo(1); }}>
              Clear all
            </Button>
          </Group>
        )}
        {error && (
          <Alert color="red" title={`Could not load ${entity.pluralLabel.toLowerCase()}`}>
            <Group justify="space-between">
              <Text size="sm">{error}</Text>
              <Button size="xs" variant="white" color="red" onClick={reload}>
                Retry
              </Button>
            </Group>
          </Alert>
        )}
        <Table.ScrollContainer minWidth={columns.length * 115 + (rowActions.length ? 72 : 0)} type="native">
          <div className="torque-table-wrap" data-loading={loading}>
            <Table className="torque-table" striped highlightOnHover verticalSpacing={8} horizontalSpacing={8} aria-label={props.title ?? entity.pluralLabel} aria-busy={loading}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map(header)}
                  {rowActions.length > 0 && (
                    <Table.Th style={{ width: 1, position: "relative" }}>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data === null && loading
                  ? Array.from({ length: Math.min(pageSize, 5) }, (_, i) => (
                      <Table.Tr key={i}>
                        {columns.map((c) => (
                          <Table.Td key={c.name}>
                            <Skeleton height={12} radius="xl" />
                          </Table.Td>
                        ))}
                        {rowActions.length > 0 && <Table.Td />}
                      </Table.Tr>
                    ))
                  : items.map((r) => <GridRow key={r.id} record={r} entity={entity} columns={columns} actions={rowActions} run={run} flows={app.flows} />)}
              </Table.Tbody>
            </Table>
          </div>
        </Table.ScrollContainer>
        {data !== null && items.length === 0 && !error && (
          <Stack align="center" gap={4} py="xl">
            <IconDatabaseOff size={32} stroke={1.4} color="var(--mantine-color-dimmed)" />
            <Text c="dimmed" size="sm">
              {search || activeFilters.length
                ? `No ${entity.pluralLabel.toLowerCase()} match.`
                : `No ${entity.pluralLabel.toLowerCase()} yet.`}
            </Text>
          </Stack>
        )}
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed" data-range>
            {data ? (total ? `${from.toLocaleString()}–${to.toLocaleString()} of ${about}${total.toLocaleString()}` : "0 records") : " "}
          </Text>
          <Group gap="sm">
            <Select
              aria-label="Rows per page"
              data={PAGE_SIZES.includes(String(pageSize)) ? PAGE_SIZES : [String(pageSize), ...PAGE_SIZES]}
              value={String(pageSize)}
              onChange={(v) => {
                if (!v) return;
                setPageSize(Number(v));
                setPageNo(1);
              }}
              allowDeselect={false}
              w={80}
              size="xs"
            />
            {pages > 1 && <Pagination total={pages} value={pageNo} onChange={setPageNo} size="sm" siblings={1} boundaries={1} aria-label="Pages" />}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

export type { SortDir };
