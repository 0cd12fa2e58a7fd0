// Fields a before-flow works out (`computedBy`: the order total from its lines) are only
// known once the flows run. While the user edits, the form asks the server what a save
// would work out (`previewEntity`: the flows run on the draft, nothing is saved) and shows
// it in those fields, so the value is seen before Save.

import { useEffect, useMemo, useState } from "react";
import { rpc } from "./rpc";
import type { FieldMeta } from "./types";
import { validateValue } from "./validation";
import { toApiValue, type FormValues } from "./values";

/** Pause in typing before the server is asked (one preview per pause, the stale one cancelled). */
const DEBOUNCE_MS = 300;

interface PreviewResult {
  readonly data: Record<string, unknown>;
}

/** The draft the flows get: every field with a valid value except the computed ones (the flows
 * work those out) and those the role may not write; null while there is nothing to work out. */
function draftOf(metas: readonly FieldMeta[], values: FormValues, locked: (name: string) => boolean): string | null {
  if (!metas.some((f) => f.computedBy?.length)) return null;
  const draft: Record<string, unknown> = {};
  for (const f of metas) {
    if (f.computedBy?.length || locked(f.name)) continue;
    let api: unknown;
    try {
      api = toApiValue(f, values[f.name]);
    } catch {
      continue; // not a value yet (half-typed JSON, "1.")
    }
    if (!validateValue(f, api)) draft[f.name] = api;
  }
  return JSON.stringify(draft);
}

/** API values of the computed fields the server worked out for the current draft ({} when none). */
export function useComputedPreview(
  entity: string,
  metas: readonly FieldMeta[],
  values: FormValues,
  recordId: string | undefined,
  locked: (name: string) => boolean,
  /** False while an edit form's record is loading: its blank values are no draft. */
  ready: boolean,
): Record<string, unknown> {
  const draft = useMemo(() => (ready ? draftOf(metas, values, locked) : null), [metas, values, locked, ready]);
  const [worked, setWorked] = useState<Record<string, unknown>>({});
  useEffect(() => {
    if (draft === null) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      const params = { entity, data: JSON.parse(draft) as object, ...(recordId ? { id: recordId } : {}) };
      rpc
        .call<PreviewResult>("previewEntity", params, abort.signal)
        .then((r) => {
          const computed = metas.filter((f) => f.computedBy?.length && f.name in r.data);
          setWorked(Object.fromEntries(computed.map((f) => [f.name, r.data[f.name]])));
        })
        // Cancelled, refused (an app without previews, a failing flow): the form keeps saying
        // "worked out when saved"; a save reports what went wrong.
        .catch(() => abort.signal.aborted || setWorked({}));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [draft, entity, recordId, metas]);
  return worked;
}
