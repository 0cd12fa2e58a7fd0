// TorqueForm: create or edit one record. Every field gets the right input,
// the model's rules are checked as you type (after the first blur) and on
// submit, and the server's validation errors land on their fields.

import { Alert, Button, Grid, Group, Skeleton, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import IconAlertCircle from "@tabler/icons-react/icons/IconAlertCircle";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { useParams } from "./router";
import { useAccess } from "./access";
import { errorMessage, useActionRunner } from "./actions";
import { useApp, useModal } from "./context";
import { FieldInput, isWide } from "./fields";
import { LinksSelect, loadLinkedIds, saveLinkChanges } from "./links";
import { notifyLocalChange } from "./live";
import { useComputedPreview } from "./preview";
import { loadTemplateLabels, rememberLabels } from "./reference";
import { ErrorCode, rpc, RpcError } from "./rpc";
import type { Action, AnyRecord, EntityMeta, FieldMeta, LinkMeta } from "./types";
import { loadJsonSchemaCheck, validateValue } from "./validation";
import { ConversionError, displayText, initialFormValue, recordTitle, sameValue, toApiValue, toFormValue, type FormValues } from "./values";

export interface TorqueFormProps<F extends string> {
  readonly id?: string;
  readonly entity: EntityMeta<F>;
  readonly mode: "create" | "edit";
  /** Fields to show, in order (default: the entity's form-visible fields). */
  readonly fields?: readonly F[];
  readonly submitLabel?: string;
  readonly onSuccess?: Action;
  /** Record to edit (default: the modal's record, else the route's `:id`). */
  readonly recordId?: string;
}

type Errors = Record<string, string>;

/** Server messages read "must be …"; start them with a capital like ours. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Convert and check one form value: [api value, error message]. */
function check(field: FieldMeta, formValue: unknown): [unknown, string | undefined] {
  let api: unknown;
  try {
    api = toApiValue(field, formValue);
  } catch (e) {
    return [undefined, e instanceof ConversionError ? e.message : String(e)];
  }
  const problem = validateValue(field, api);
  return [api, problem?.message];
}

export function TorqueForm<F extends string>(props: TorqueFormProps<F>) {
  const { entity, mode } = props;
  const modal = useModal();
  const params = useParams();
  const run = useActionRunner();
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);

  // Keyed on the names, not the array: a parent re-render passes an equal, new array.
  // A field the role may only read (readOnlyFields) is left out of create forms (its default
  // applies) and shown read-only in edit forms; the server refuses writes to it either way.
  const access = useAccess();
  const fieldKey = (props.fields ?? entity.fieldNames.filter((n) => entity.fields[n].form))
    .filter((n) => mode === "edit" || !access.readOnly(entity.name, n))
    .join(",");
  const metas = useMemo<FieldMeta[]>(
    () => (fieldKey ? fieldKey.split(",") : []).map((n) => entity.fields[n as F]),
    [entity, fieldKey],
  );

  // manyToMany links into entities this role may read (the app knows only those)
  const app = useApp();
  const links = useMemo<LinkMeta[]>(() => (entity.links ?? []).filter((l) => app.entities[l.target]), [entity, app]);
  const [linkValues, setLinkValues] = useState<Record<string, string[]>>({});
  const [originalLinks, setOriginalLinks] = useState<Record<string, string[]>>({});

  const recordId = mode === "edit" ? (props.recordId ?? modal?.record?.id ?? params["id"]) : undefined;
  const blank = useCallback(() => Object.fromEntries(metas.map((f) => [f.name, initialFormValue(f)])), [metas]);

  const [values, setValues] = useState<FormValues>(blank);
  const [original, setOriginal] = useState<AnyRecord | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [loading, setLoading] = useState(mode === "edit");
  const [submitting, setSubmitting] = useState(false);
  const [reloadTick, setReloadTick] = useState(0);

  useEffect(() => {
    if (mode !== "edit") return;
    if (!recordId) {
      setLoading(false);
      setFormError(`No ${entity.label.toLowerCase()} selected.`);
      return;
    }
    let live = true;
    setLoading(true);
    rpc
      .call<AnyRecord>("getEntity", { entity: entity.name, id: recordId })
      .then(async (rec) => {
        const linked = Object.fromEntries(
          await Promise.all(links.map(async (l) => [l.name, await loadLinkedIds(entity.name, rec.id, l, app.entities[l.target])] as const)),
        );
        if (!live) return;
        setOriginalLinks(linked);
        setLinkValues(linked);
        setOriginal(rec);
        setValues(Object.fromEntries(metas.map((f) => [f.name, toFormValue(f, rec[f.name])])));
        setErrors({});
        setFormError(null);
        setStale(false);
      })
      .catch((e: unknown) => live && setFormError(errorMessage(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [mode, recordId, entity, metas, reloadTick, links, app]);

  // Computed fields show what the before-flows would work out from the other values, as the
  // user types (preview.ts); a computed field the user typed into keeps what they typed.
  const locked = useCallback((name: string) => access.readOnly(entity.name, name), [access, entity]);
  const worked = useComputedPreview(entity.name, metas, values, recordId, locked, !loading && (mode === "create" || original !== null));
  const typed = useRef<Record<string, boolean>>({});
  const filled = useRef<Record<string, unknown>>({});
  useEffect(() => {
    const changes: FormValues = {};
    for (const f of metas) {
      if (!f.computedBy?.length || typed.current[f.name]) continue;
      if (f.name in worked) {
        changes[f.name] = filled.current[f.name] = toFormValue(f, worked[f.name]);
      } else if (f.name in filled.current) {
        delete filled.current[f.name]; // no longer worked out: back to the value before
        changes[f.name] = original ? toFormValue(f, original[f.name]) : initialFormValue(f);
      }
    }
    if (!Object.keys(changes).length) return;
    setValues((vs) => ({ ...vs, ...changes }));
    setErrors((es) => Object.fromEntries(Object.entries(es).filter(([name]) => !(name in changes))));
  }, [worked, metas, original]);

  const inputId = (name: string) => `${uid}-${name}`;

  const setField = (f: FieldMeta, v: unknown) => {
    if (f.computedBy?.length) typed.current[f.name] = true;
    setValues((vs) => ({ ...vs, [f.name]: v }));
    if (errors[f.name] !== undefined || touched[f.name]) {
      const [, msg] = check(f, v);
      setErrors((es) => {
        const next = { ...es };
        if (msg) next[f.name] = msg;
        else delete next[f.name];
        return next;
      });
    }
  };

  const blurField = (f: FieldMeta) => {
    const v = values[f.name];
    const emptyish = v === "" || v === null || (Array.isArray(v) && v.length === 0);
    if (emptyish && !touched[f.name]) return; // don't nag before the user typed anything
    setTouched((t) => ({ ...t, [f.name]: true }));
    const [, msg] = check(f, v);
    setErrors((es) => {
      const next = { ...es };
      if (msg) next[f.name] = msg;
      else delete next[f.name];
      return next;
    });
  };

  const focusField = (name: string) => {
    const el = formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(inputId(name))}`);
    (el ?? formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`))?.focus();
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (submitting || loading) return;
    setFormError(null);
    await loadJsonSchemaCheck(metas).catch(() => undefined); // (the server checks the schema too)
    const next: Errors = {};
    const data: Record<string, unknown> = {};
    for (const f of metas) {
      const [api, msg] = check(f, values[f.name]);
      if (msg) next[f.name] = msg;
      else data[f.name] = api;
    }
    setErrors(next);
    setTouched(Object.fromEntries(metas.map((f) => [f.name, true])));
    const firstBad = metas.find((f) => next[f.name] !== undefined);
    if (firstBad) {
      focusField(firstBad.name);
      return;
    }

    let payload = data;
    if (mode === "edit" && original) {
      payload = {};
      for (const f of metas) {
        let before: unknown;
        try {
          before = toApiValue(f, toFormValue(f, original[f.name]));
        } catch {
          before = undefined;
        }
        if (!sameValue(before, data[f.name])) payload[f.name] = data[f.name];
      }
    }

    setSubmitting(true);
    try {
      let saved: AnyRecord;
      if (mode === "create") {
        for (const l of links) if (linkValues[l.name]?.length) payload[l.name] = linkValues[l.name];
        saved = await rpc.call<AnyRecord>("createEntity", { entity: entity.name, data: payload });
      } else {
        if (!original) return;
        saved = Object.keys(payload).length
          ? await rpc.call<AnyRecord>("updateEntity", {
              entity: entity.name,
              id: original.id,
              data: payload,
              expectedVersion: original.version,
            })
          : original;
        // Links: only what changed, as addLinks/removeLinks (each bumps the version).
        let version = saved.version;
        for (const l of links) version = await saveLinkChanges(entity.name, saved.id, l, originalLinks[l.name] ?? [], linkValues[l.name] ?? [], version);
        if (version !== saved.version) {
          saved = await rpc.call<AnyRecord>("getEntity", { entity: entity.name, id: saved.id });
          setOriginalLinks(linkValues);
        }
      }
      await loadTemplateLabels(entity, [saved]).catch(() => undefined); // the names its display template shows
      rememberLabels(entity, [saved]);
      notifyLocalChange(entity.name, saved.id, mode === "create" ? "created" : "updated");
      notifications.show({
        color: "teal",
        title: mode === "create" ? `${entity.label} created` : `${entity.label} saved`,
        message: [recordTitle(entity, saved), ...computedNotes(metas, data, saved)].join(" · "),
      });
      if (mode === "edit") setOriginal(saved);
      if (props.onSuccess) await run(props.onSuccess, saved);
      else if (modal) modal.close();
      else if (mode === "create") {
        setValues(blank());
        typed.current = {};
        filled.current = {};
        setLinkValues({});
        setTouched({});
      }
    } catch (e) {
      handleError(e);
    } finally {
      setSubmitting(false);
    }
  };

  const handleError = (e: unknown) => {
    if (e instanceof RpcError) {
      const shown = new Set([...metas.map((f) => f.name), ...links.map((l) => l.name)]);
      if (e.isValidation && e.fieldErrors.length) {
        const next: Errors = {};
        const other: string[] = [];
        for (const fe of e.fieldErrors) {
          const name = fe.field.split(".")[0] ?? "";
          if (shown.has(name)) next[name] ??= sentence(fe.message);
          else other.push(fe.field ? `${fe.field}: ${fe.message}` : fe.message);
        }
        setErrors(next);
        if (other.length) setFormError(other.join("\n"));
        const first = metas.find((f) => next[f.name] !== undefined);
        if (first) focusField(first.name);
        return;
      }
      if (e.code === ErrorCode.conflict) {
        const field = e.conflictField;
        if (field && shown.has(field)) {
          const label = entity.fields[field as F].label.toLowerCase();
          setErrors((es) => ({ ...es, [field]: `Another ${entity.label.toLowerCase()} already has this ${label}` }));
          focusField(field);
          return;
        }
      }
      if (e.code === ErrorCode.versionConflict) {
        setStale(true);
        setFormError("Someone else changed this record while you were editing. Reload it to see their changes.");
        return;
      }
    }
    setFormError(errorMessage(e));
  };

  if (loading)
    return (
      <Stack gap="sm" aria-busy="true">
        {metas.slice(0, 6).map((f) => (
          <Skeleton key={f.name} height={52} radius="sm" />
        ))}
      </Stack>
    );

  const label = props.submitLabel ?? (mode === "create" ? `Create ${entity.label.toLowerCase()}` : "Save changes");

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      data-form={props.id ?? `${entity.name}-${mode}`}
      aria-label={mode === "create" ? `New ${entity.label.toLowerCase()}` : `Edit ${entity.label.toLowerCase()}`}
    >
      <Stack gap="md">
        {formError && (
          <Alert
            color="red"
            icon={<IconAlertCircle size={18} />}
            title={mode === "edit" && !original ? `Could not load this ${entity.label.toLowerCase()}` : "Could not save"}
            role="alert"
            style={{ whiteSpace: "pre-line" }}
          >
            {formError}
            {stale && (
              <Group mt="sm">
                <Button size="xs" variant="white" color="red" onClick={() => setReloadTick((t) => t + 1)}>
                  Reload record
                </Button>
              </Group>
            )}
          </Alert>
        )}
        <Grid gap="md">
          {metas.map((f) => (
            <Grid.Col
              key={f.name}
              span={isWide(f) ? 12 : { base: 12, sm: 6 }}
              // Check boxes and switches sit level with the inputs beside them.
              style={f.widget === "checkbox" || f.widget === "switch" ? { display: "flex", alignItems: "flex-end", paddingBottom: 8 } : undefined}
            >
              <FieldInput
                field={f}
                value={values[f.name]}
                onChange={(v) => setField(f, v)}
                onBlur={() => blurField(f)}
                error={errors[f.name]}
                required={f.required && f.type !== "boolean"}
                inputId={inputId(f.name)}
                locked={access.readOnly(entity.name, f.name)}
                previewed={f.name in worked && !typed.current[f.name]}
              />
            </Grid.Col>
          ))}
          {links.map((l) => (
            <Grid.Col key={`link-${l.name}`} span={12}>
              <LinksSelect
                link={l}
                id={inputId(`link-${l.name}`)}
                value={linkValues[l.name] ?? []}
                onChange={(ids) => setLinkValues((lv) => ({ ...lv, [l.name]: ids }))}
                error={errors[l.name]}
              />
            </Grid.Col>
          ))}
        </Grid>
        <Group justify="flex-end" gap="sm" mt="xs">
          {modal && (
            <Button variant="default" onClick={() => modal.close()} disabled={submitting}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={submitting} disabled={stale}>
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What before-flows worked out differently from what was typed ("Total worked out as 9.00"):
 * the user sees the stored value, not only the one they sent. */
function computedNotes(metas: readonly FieldMeta[], sent: Record<string, unknown>, saved: AnyRecord): string[] {
  return metas
    .filter((f) => f.computedBy?.length && !sameValue(saved[f.name], sent[f.name]))
    .map((f) => `${f.label} worked out as ${displayText(f, saved[f.name]) || "—"}`);
}
