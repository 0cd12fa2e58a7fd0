// Many-to-many links in forms: a multi-select that searches the other side on
// the server (like ReferenceSelect), the current links of a record, and the
// calls that save a change as addLinks/removeLinks (only what changed is sent,
// so a playlist of thousands of tracks is not rewritten to add one).

import { MultiSelect, type MultiSelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useMemo, useState } from "react";
import { useApp } from "./context";
import { MAX_PAGE_SIZE } from "./contract";
import { cachedLabel, loadLabels, loadOptions, optionsQuery, rememberLabels, serverSearch, uniqueLabels, type Option } from "./reference";
import { rpc } from "./rpc";
import type { AnyEntityMeta, AnyRecord, LinkMeta } from "./types";

const PAGE = MAX_PAGE_SIZE;

/** Ids of every record linked to `id` through `link` (paged getRelated calls). */
export async function loadLinkedIds(entity: string, id: string, link: LinkMeta, target?: AnyEntityMeta): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const got = await rpc.call<{ items: AnyRecord[]; total: number }>("getRelated", {
      entity,
      id,
      relationship: link.name,
      page,
      pageSize: PAGE,
    });
    if (target) rememberLabels(target, got.items);
    ids.push(...got.items.map((r) => r.id));
    if (ids.length >= got.total || got.items.length === 0) return ids;
  }
}

/** Save the difference between `before` and `after` links; returns the record's new version. */
export async function saveLinkChanges(
  entity: string,
  id: string,
  link: LinkMeta,
  before: readonly string[],
  after: readonly string[],
  version: number,
): Promise<number> {
  const had = new Set(before);
  const has = new Set(after);
  const added = after.filter((x) => !had.has(x));
  const removed = before.filter((x) => !has.has(x));
  let v = version;
  if (removed.length) {
    const out = await rpc.call<{ version: number }>("removeLinks", { entity, id, relationship: link.name, ids: removed, expectedVersion: v });
    v = out.version;
  }
  if (added.length) {
    const out = await rpc.call<{ version: number }>("addLinks", { entity, id, relationship: link.name, ids: added, expectedVersion: v });
    v = out.version;
  }
  return v;
}

export interface LinksSelectProps extends Omit<MultiSelectProps, "data" | "value" | "onChange" | "searchValue" | "onSearchChange"> {
  readonly link: LinkMeta;
  readonly value: readonly string[];
  readonly onChange: (ids: string[]) => void;
}

export function LinksSelect({ link, value, onChange, ...rest }: LinksSelectProps) {
  const app = useApp();
  const meta = app.entities[link.target];
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 200);
  const [options, setOptions] = useState<Option[]>([]);
  const [opened, setOpened] = useState(false);
  const [loading, setLoading] = useState(false);
  const [labelTick, setLabelTick] = useState(0);

  // Labels of the selected records that are not cached yet.
  useEffect(() => {
    if (!meta || !value.length) return;
    const missing = value.filter((id) => !cachedLabel(meta.name, id));
    if (!missing.length) return;
    const ctrl = new AbortController();
    loadLabels(meta, missing, ctrl.signal)
      .then(() => setLabelTick((t) => t + 1))
      .catch(() => {
        /* ids stay as labels */
      });
    return () => ctrl.abort();
  }, [meta, value]);

  useEffect(() => {
    if (!meta || !opened) return;
    const ctrl = new AbortController();
    setLoading(true);
    loadOptions(meta, optionsQuery(meta, debounced.trim()), ctrl.signal)
      .then(setOptions)
      .catch(() => {
        /* keep previous options */
      })
      .finally(() => setLoading(false));
    return () => ctrl.abort();
  }, [meta, opened, debounced]);

  const data = useMemo(() => {
    // The selected records must be in `data` too, or the select drops them.
    const all = [...options];
    const known = new Set(all.map((o) => o.value));
    for (const id of value) if (!known.has(id)) all.push({ value: id, label: (meta && cachedLabel(meta.name, id)) ?? "…" });
    return uniqueLabels(all);
    // labelTick: labels arrived for selected ids
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options, value, meta, labelTick]);

  return (
    <MultiSelect
      {...rest}
      label={rest.label ?? link.label}
      searchable
      data={data}
      value={[...value]}
      onChange={(v) => onChange(v)}
      {...serverSearch(search, setSearch, setOpened, loading)}
      placeholder={value.length ? undefined : meta ? `Search ${meta.pluralLabel.toLowerCase()}` : undefined}
      clearable
      hidePickedOptions={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
