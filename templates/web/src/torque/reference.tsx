// References between records: a searchable select loading its options from
// the server, and a shared cache of display labels for grid cells.

import { Select, type OptionsFilter, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useMemo, useState } from "react";
import { useApp } from "./context";
import { MAX_PAGE_SIZE } from "./contract";
import { loadEntityData, rpc, type Filter, type ListParams } from "./rpc";
import { cachedLabel, entityMeta, labelSpace, labelsOf } from "./labels";
import type { AnyEntityMeta, AnyRecord, FieldMeta } from "./types";
import { recordTitle } from "./values";

// ------------------------------------------------------------------ label cache

export { cachedLabel, forgetLabels } from "./labels";

export function rememberLabels(meta: AnyEntityMeta, records: readonly AnyRecord[]): void {
  const m = labelsOf(meta.name);
  for (const r of records) m.set(r.id, recordTitle(meta, r));
  // and under each natural key other entities reference it by
  for (const key of referencedKeys(meta.name)) {
    const k = labelsOf(labelSpace(meta.name, key));
    for (const r of records) if (r[key] !== null && r[key] !== undefined) k.set(String(r[key]), recordTitle(meta, r));
  }
}

/** The fields of `entity` that references hold instead of its id (natural keys). */
function referencedKeys(entity: string): string[] {
  return keysOf.get(entity) ?? [];
}
const keysOf = new Map<string, string[]>();

/** Note a reference field by natural key, so records of its target are cached under the key too. */
export function noteKey(f: FieldMeta): void {
  if (!f.target || !f.targetField) return;
  const keys = keysOf.get(f.target) ?? [];
  if (!keys.includes(f.targetField)) keysOf.set(f.target, [...keys, f.targetField]);
}

/** A key as the API takes it (a number for an integer key; selects and caches hold text). */
export function keyValue(f: FieldMeta | undefined, v: string): string | number {
  return f?.keyType === "integer" ? Number(v) : v;
}

/** Load the labels of `ids` of `meta` that are not cached yet (a request per
 * MAX_PAGE_SIZE ids,
 * plus one per entity its display template names, `depth` levels down).
 * With `by` (a reference by natural key), `ids` are values of that key. */
export async function loadLabels(meta: AnyEntityMeta, ids: readonly string[], signal?: AbortSignal, depth = 2, by?: FieldMeta): Promise<void> {
  const key = by?.targetField;
  if (by) noteKey(by);
  const m = labelsOf(labelSpace(meta.name, key));
  const missing = [...new Set(ids)].filter((id) => !m.has(id));
  if (!missing.length) return;
  // In pages of the API's largest page size: an id past the first page is not
  // "(deleted)" (a playlist of thousands of tracks names them all).
  for (let at = 0; at < missing.length; at += MAX_PAGE_SIZE) {
    const part = missing.slice(at, at + MAX_PAGE_SIZE);
    const filters: Filter[] = [{ field: key ?? "id", op: "in", value: part.map((v) => keyValue(by, v)) }];
    const page = await loadEntityData<Record<string, unknown>>(meta.name, { filters, pageSize: part.length }, signal);
    const records = page.items as AnyRecord[];
    await loadTemplateLabels(meta, records, signal, depth - 1);
    rememberLabels(meta, records);
    for (const id of part) if (!m.has(id)) m.set(id, "(deleted)");
  }
}

/** The labels a display template of `meta` needs to name `records`: those of
 * the records its reference parts point to. `depth` bounds the chain (a
 * template naming an entity whose template names the first would never end). */
export async function loadTemplateLabels(meta: AnyEntityMeta, records: readonly AnyRecord[], signal?: AbortSignal, depth = 2): Promise<void> {
  const parts = meta.displayTemplate ?? [];
  if (!parts.length || depth <= 0) return;
  await Promise.all(
    parts
      .filter((_, i) => i % 2 === 1)
      .map((name) => {
        const f = meta.fields[name] as FieldMeta | undefined;
        const target = f?.type === "reference" && f.target ? entityMeta(f.target) : undefined;
        if (!target) return undefined;
        const ids = records.map((r) => r[name]).filter((v) => v !== null && v !== undefined && v !== "").map(String);
        return loadLabels(target, ids, signal, depth, f).catch(() => undefined);
      }),
  );
}

// ------------------------------------------------------------------ options (shared with links.tsx)

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** The list query of a record picker: `term` matched against the display field (or the
 * search fields when records are named by id), else the first page in display order. */
export function optionsQuery(meta: AnyEntityMeta, term: string): ListParams {
  const params: ListParams = { pageSize: 25 };
  const display = meta.displayField;
  const sortField = meta.defaultSort?.field ?? (display === "id" ? "createdAt" : display);
  const browse: ListParams = { ...params, sort: [{ field: sortField, dir: meta.defaultSort?.dir ?? "asc" }] };
  if (!term) return browse;
  if (display !== "id") return { ...params, filters: [{ field: display, op: "contains", value: term }], sort: [{ field: display, dir: "asc" }] };
  return meta.searchFields.length ? { ...browse, search: term } : browse;
}

/** One page of `meta`'s records as picker options (their labels cached); the option's value is
 * the record's id, or its `key` field (a reference by natural key). */
export async function loadOptions(meta: AnyEntityMeta, query: ListParams, signal: AbortSignal, key?: string): Promise<Option[]> {
  const page = await loadEntityData<Record<string, unknown>>(meta.name, query, signal);
  const recs = page.items as AnyRecord[];
  await loadTemplateLabels(meta, recs, signal);
  rememberLabels(meta, recs);
  return recs.map((r) => ({ value: key ? String(r[key]) : r.id, label: recordTitle(meta, r) }));
}

/** Labels must be unique in a select: duplicates get the start of their id. */
export function uniqueLabels(options: readonly Option[]): Option[] {
  const seen = new Map<string, number>();
  return options.map((o) => {
    const n = (seen.get(o.label) ?? 0) + 1;
    seen.set(o.label, n);
    return n > 1 ? { value: o.value, label: `${o.label} (${o.value.slice(0, 8)})` } : o;
  });
}

// ------------------------------------------------------------------ select

/** The props of a Mantine select whose options the server searches (this one and LinksSelect):
 * no client-side filtering, options loaded while the dropdown is open. */
export function serverSearch(search: string, setSearch: (s: string) => void, setOpened: (o: boolean) => void, loading: boolean) {
  return {
    searchValue: search,
    onSearchChange: setSearch,
    filter: (({ options }) => options) as OptionsFilter,
    onDropdownOpen: () => setOpened(true),
    onDropdownClose: () => setOpened(false),
    nothingFoundMessage: loading ? "Loading…" : "No matches",
  };
}

export interface ReferenceSelectProps extends Omit<SelectProps, "data" | "value" | "onChange" | "searchValue" | "onSearchChange"> {
  readonly target: string;
  /** The id of the chosen record, or (with `by`) its natural key as text. */
  readonly value: string | null;
  readonly onChange: (id: string | null) => void;
  /** A reference by natural key: the field meta naming it (`targetField`). */
  readonly by?: FieldMeta;
}

export function ReferenceSelect({ target, value, onChange, by, ...rest }: ReferenceSelectProps) {
  const app = useApp();
  const meta = app.entities[target];
  const key = by?.targetField;
  if (by) noteKey(by);
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 200);
  const [options, setOptions] = useState<Option[]>([]);
  const [opened, setOpened] = useState(false);
  const [loading, setLoading] = useState(false);
  const [selectedLabel, setSelectedLabel] = useState<string | null>(null);

  // The label of the current value, even when it is not among the options.
  useEffect(() => {
    if (!meta || !value) {
      setSelectedLabel(null);
      return;
    }
    const cached = cachedLabel(labelSpace(meta.name, key), value);
    if (cached) {
      setSelectedLabel(cached);
      return;
    }
    let live = true;
    const found = key
      ? loadEntityData<Record<string, unknown>>(meta.name, { filters: [{ field: key, op: "eq", value: keyValue(by, value) }], pageSize: 1 }).then((p) => {
          if (!p.items.length) throw new Error("not found");
          return p.items[0] as AnyRecord;
        })
      : rpc.call<AnyRecord>("getEntity", { entity: meta.name, id: value });
    found
      .then(async (r) => {
        await loadTemplateLabels(meta, [r]);
        rememberLabels(meta, [r]);
        if (live) setSelectedLabel(recordTitle(meta, r));
      })
      .catch(() => live && setSelectedLabel(value));
    return () => {
      live = false;
    };
  }, [meta, value, key, by]);

  useEffect(() => {
    if (!meta || !opened) return;
    const ctrl = new AbortController();
    const term = debounced.trim();
    const selectedText = selectedLabel ?? "";
    setLoading(true);
    loadOptions(meta, optionsQuery(meta, term !== selectedText ? term : ""), ctrl.signal, key)
      .then(setOptions)
      .catch(() => {
        /* keep previous options */
      })
      .finally(() => setLoading(false));
    return () => ctrl.abort();
  }, [meta, opened, debounced, selectedLabel, key]);

  const data = useMemo(() => {
    const all = [...options];
    if (value && !all.some((o) => o.value === value)) all.unshift({ value, label: selectedLabel ?? "…" });
    return uniqueLabels(all);
  }, [options, value, selectedLabel]);

  return (
    <Select
      {...rest}
      searchable
      data={data}
      value={value}
      onChange={(v) => onChange(v)}
      {...serverSearch(search, setSearch, setOpened, loading)}
      placeholder={rest.placeholder ?? (meta ? `Choose a ${meta.label.toLowerCase()}` : undefined)}
    />
  );
}
