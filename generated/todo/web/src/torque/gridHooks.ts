// DataGrid state, one hook per concern: which columns, what to ask the server
// for (page, page size, sort, filters, search), the page it answered with,
// and live refreshes when records change.

import { useDebouncedValue } from "@mantine/hooks";
import { useCallback, useEffect, useMemo, useState } from "react";
import { errorMessage } from "./actions";
import { useApp, usePage } from "./context";
import type { ColumnFilter } from "./filterops";
import { useEntityChanges } from "./live";
import { forgetLabels, loadLabels, loadTemplateLabels } from "./reference";
import { labelSpace } from "./labels";
import { loadEntityData, type Filter, type PageResult, type Sort } from "./rpc";
import type { AnyEntityMeta, AnyRecord, EntityMeta, FieldMeta } from "./types";

export const NUMERIC = new Set(["integer", "float", "decimal"]);

export interface GridColumns {
  readonly columns: FieldMeta[];
  /** Reference columns, one per (target, key) (their labels are loaded with each page). */
  readonly refTargets: FieldMeta[];
}

/** The grid's columns: `names` in order, or the entity's list-visible fields. */
export function useGridColumns<F extends string>(entity: EntityMeta<F>, names: readonly F[] | undefined): GridColumns {
  // Keyed on the names, not the array: a parent re-render passes an equal, new array.
  const columnKey = (names ?? entity.fieldNames.filter((n) => entity.fields[n].list)).join(",");
  const columns = useMemo<FieldMeta[]>(
    () => (columnKey ? columnKey.split(",") : []).map((n) => entity.fields[n as F]),
    [entity, columnKey],
  );
  // The display template's references too: their names are part of each row's title.
  const refTargets = useMemo(() => {
    const named = (entity.displayTemplate ?? []).filter((_, i) => i % 2 === 1).map((n) => entity.fields[n as F] as FieldMeta | undefined);
    const refs = [...columns, ...named].filter((c): c is FieldMeta => c?.type === "reference" && !!c.target);
    // one label load per (target, key): by id, or by a natural key
    return [...new Map(refs.map((c) => [labelSpace(c.target as string, c.targetField), c])).values()];
  }, [entity, columns]);
  return { columns, refTargets };
}

export interface GridQuery {
  readonly pageNo: number;
  readonly pageSize: number;
  readonly sort: Sort | null;
  readonly filters: Readonly<Record<string, ColumnFilter>>;
  /** The column whose filter editor is open. */
  readonly openFilter: string | null;
  /** What is typed in the search box; `search` is it trimmed and debounced. */
  readonly searchInput: string;
  readonly search: string;
  readonly setPageNo: (page: number) => void;
  readonly setPageSize: (size: number) => void;
  readonly toggleSort: (f: FieldMeta) => void;
  readonly setFilter: (name: string, f: ColumnFilter | null) => void;
  readonly clearFilters: () => void;
  readonly setOpenFilter: (update: string | null | ((open: string | null) => string | null)) => void;
  readonly typeSearch: (text: string) => void;
  readonly clearSearch: () => void;
}

/** Paging, sort, filter and search state; every change of what is shown goes back to page 1. */
export function useGridQuery(entity: AnyEntityMeta, initialPageSize: number | undefined): GridQuery {
  const [pageNo, setPageNo] = useState(1);
  const [pageSize, setSize] = useState(initialPageSize ?? 20);
  const [sort, setSort] = useState<Sort | null>(entity.defaultSort ? { ...entity.defaultSort } : null);
  const [filters, setFilters] = useState<Record<string, ColumnFilter>>({});
  const [openFilter, setOpenFilter] = useState<string | null>(null);
  const [searchInput, setSearchInput] = useState("");
  const [search] = useDebouncedValue(searchInput.trim(), 250);

  return {
    pageNo,
    pageSize,
    sort,
    filters,
    openFilter,
    searchInput,
    search,
    setPageNo,
    setPageSize: (size) => {
      setSize(size);
      setPageNo(1);
    },
    toggleSort: (f) => {
      setSort((s) => (s && s.field === f.name ? { field: f.name, dir: s.dir === "asc" ? "desc" : "asc" } : { field: f.name, dir: "asc" }));
      setPageNo(1);
    },
    setFilter: (name, f) => {
      setFilters((fs) => {
        const next = { ...fs };
        if (f) next[name] = f;
        else delete next[name];
        return next;
      });
      setPageNo(1);
      setOpenFilter(null);
    },
    clearFilters: () => {
      setFilters({});
      setPageNo(1);
    },
    setOpenFilter,
    typeSearch: (text) => {
      setSearchInput(text);
      setPageNo(1);
    },
    clearSearch: () => setSearchInput(""),
  };
}

function filterToRequest(field: FieldMeta, f: ColumnFilter): Filter {
  let value = f.value;
  // a decimal stays text (exact); the server reads "12.50" and 12.5 alike
  if ((NUMERIC.has(field.type) && field.type !== "decimal") || (field.type === "reference" && field.keyType === "integer")) {
    if (typeof value === "string") value = Number(value);
  }
  if (field.type === "decimal" && typeof value === "string") value = value.replace(/[,\s]/g, "");
  if (field.type === "datetime" && typeof value === "string" && value) value = new Date(value).toISOString();
  // a local date-time is compared as written (no zone): the input gives minutes
  if (field.type === "localDateTime" && typeof value === "string" && /T\d\d:\d\d$/.test(value)) value = `${value}:00`;
  return { field: field.name, op: f.op, value };
}

export interface GridData {
  /** The last page loaded (kept while the next one loads); null before the first. */
  readonly data: PageResult<AnyRecord> | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly reload: () => void;
}

/** The page `query` asks for, with the labels of the records it references;
 * reloaded when the query, the page's refresh key or the records change. */
export function useGridData<F extends string>(entity: EntityMeta<F>, { columns, refTargets }: GridColumns, query: GridQuery): GridData {
  const app = useApp();
  const page = usePage();
  const { pageNo, pageSize, sort, filters, search, setPageNo } = query;
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
        await Promise.all([
          loadTemplateLabels(entity, items, ctrl.signal).catch(() => undefined),
          ...refTargets.map((ref) => {
            const meta = app.entities[ref.target as string];
            const ids = columns
              .filter((c) => c.target === ref.target && c.targetField === ref.targetField)
              .flatMap((c) => items.map((r) => r[c.name]))
              .filter((v) => v !== null && v !== undefined && v !== "")
              .map(String);
            return meta ? loadLabels(meta, ids, ctrl.signal, 2, ref.targetField ? ref : undefined).catch(() => undefined) : undefined;
          }),
        ]);
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
    // setPageNo is a state setter: stable, not a dependency.
  }, [entity, app, columns, refTargets, pageNo, pageSize, sort, filters, search, tick, page?.refreshKey]);

  useLiveReload(entity.name, [...new Set(refTargets.map((c) => c.target as string))], reload);
  return { data, loading, error, reload };
}

/** Reload when records of the entity change, or of an entity it references
 * (whose cached labels are then stale). */
function useLiveReload(entity: string, refTargets: readonly string[], reload: () => void): void {
  useEntityChanges([entity, ...refTargets], (e) => {
    if (e.entity !== entity) forgetLabels(e.entity);
    if (e.entity === "*") refTargets.forEach(forgetLabels);
    reload();
  });
}
