// The action system: what TorqueButton, grid row actions and form
// `onSuccess` do. Every action runs through `useActionRunner`.

import { notifications } from "@mantine/notifications";
import { useCallback } from "react";
import { useNavigate } from "./router";
import { useApp, useModal, usePage, type RunAction } from "./context";
import { notifyLocalChange } from "./live";
import { ErrorCode, executeFlow, rpc, RpcError } from "./rpc";
import type { Action, AnyRecord, AppConfig } from "./types";
import { loadTemplateLabels } from "./reference";
import { recordTitle } from "./values";

/** Human sentence for any error thrown by an RPC call. */
export function errorMessage(e: unknown): string {
  if (e instanceof RpcError) {
    // The server says it in the model's words ("Alice Johnson has 2 orders; delete or reassign them first").
    if (e.code === ErrorCode.referentialIntegrity) return /[.!?]$/.test(e.message) ? e.message : `${e.message}.`;
    if (e.code === ErrorCode.flowFailed) return flowFailure(e);
    if (e.code === ErrorCode.unauthorized) return "Please sign in with an access token.";
    if (e.code === ErrorCode.forbidden) return "You are not allowed to do this.";
    const fe = e.fieldErrors;
    if (fe.length) return fe.map((x) => (x.field ? `${x.field}: ${x.message}` : x.message)).join("; ");
    return e.message;
  }
  if (e instanceof Error) return e.message;
  return String(e);
}

function sentenceOf(text: string): string {
  const t = text.trim();
  return t && !/[.!?]$/.test(t) ? `${t}.` : t;
}

/**
 * A failed flow says what its author wrote: an error node's message, or the
 * refusal of the call it made (e.g. a validation error). Flow and node names stay
 * in the error's data for developers and logs; anything else keeps the server's text.
 */
function flowFailure(e: RpcError): string {
  const d = e.data;
  if (typeof d !== "object" || d === null) return e.message;
  const data = d as { reason?: unknown; message?: unknown; cause?: unknown };
  if (data.reason === "error" && typeof data.message === "string" && data.message) return sentenceOf(data.message);
  const cause = data.cause as { code?: unknown; message?: unknown; data?: unknown } | undefined;
  if (data.reason === "host" && cause && typeof cause.code === "number" && typeof cause.message === "string")
    return errorMessage(new RpcError(cause.code, cause.message, cause.data ?? null, e.method));
  return e.message;
}

/** URL of a page, filling `:params` from the record (`:id` → record id). */
export function pageUrl(app: AppConfig, page: string, record?: AnyRecord): string | null {
  const meta = app.pages.find((p) => p.name === page);
  if (!meta) return null;
  return meta.route.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const v = record?.[name] ?? (name.toLowerCase().endsWith("id") ? record?.id : undefined);
    return encodeURIComponent(String(v ?? ""));
  });
}

/**
 * The input of a flow run from a button: a flow that declares input
 * properties gets the record's values of those names (`id`/`recordId` = the
 * record's id); a flow without declared inputs gets the whole record.
 */
export function flowInput(declared: readonly string[], record?: AnyRecord): Record<string, unknown> {
  if (!record) return {};
  if (!declared.length) return { ...record };
  const out: Record<string, unknown> = {};
  for (const name of declared) {
    if (name in record) out[name] = record[name];
    else if (name === "recordId") out[name] = record.id;
  }
  return out;
}

function summarize(output: unknown): string {
  if (output === null || output === undefined) return "Done.";
  if (typeof output !== "object") return String(output);
  const entries = Object.entries(output as Record<string, unknown>);
  if (entries.length && entries.length <= 4 && entries.every(([, v]) => v === null || typeof v !== "object"))
    return entries.map(([k, v]) => `${k}: ${String(v)}`).join(" · ");
  const s = JSON.stringify(output);
  return s.length > 240 ? `${s.slice(0, 240)}…` : s;
}

export function useActionRunner(): RunAction {
  const app = useApp();
  const page = usePage();
  const modal = useModal();
  const navigate = useNavigate();

  return useCallback<RunAction>(
    async (action: Action, record?: AnyRecord) => {
      const rec = record ?? modal?.record;
      switch (action.type) {
        case "openModal":
          page?.openModal(action.modal, rec ? { record: rec } : {});
          return;
        case "closeModal":
          page?.closeModal(modal?.key);
          return;
        case "refresh":
          page?.refresh();
          return;
        case "navigate": {
          const url = pageUrl(app, action.page, rec);
          if (url) navigate(url);
          return;
        }
        case "create":
          if (action.modal) page?.openModal(action.modal, {});
          else page?.openModal(`auto:${action.entity}:create`, { auto: { entity: action.entity, mode: "create" } });
          return;
        case "edit":
          if (!rec) return;
          if (action.modal) page?.openModal(action.modal, { record: rec });
          else page?.openModal(`auto:${action.entity}:edit`, { record: rec, auto: { entity: action.entity, mode: "edit" } });
          return;
        case "delete": {
          if (!rec) return;
          const meta = app.entities[action.entity];
          if (meta) await loadTemplateLabels(meta, [rec]).catch(() => undefined);
          const what = meta ? `${meta.label.toLowerCase()} “${recordTitle(meta, rec)}”` : "this record";
          const ok = page
            ? await page.confirm({
                title: `Delete ${meta?.label.toLowerCase() ?? "record"}?`,
                message: `This permanently deletes ${what}.`,
                confirmLabel: "Delete",
                danger: true,
              })
            : window.confirm(`Delete ${what}?`);
          if (!ok) return;
          try {
            await rpc.call("deleteEntity", { entity: action.entity, id: rec.id });
            notifyLocalChange(action.entity, rec.id, "deleted");
            notifications.show({ color: "teal", title: "Deleted", message: `Deleted ${what}.` });
          } catch (e) {
            notifications.show({ color: "red", title: "Could not delete", message: errorMessage(e), autoClose: 8000 });
          }
          return;
        }
        case "runFlow": {
          const flow = app.flows[action.flow];
          const label = flow?.label ?? action.flow;
          try {
            const input = flowInput(flow?.inputs ?? [], rec);
            const result = await executeFlow(action.flow, input);
            notifications.show({
              color: "teal",
              title: label,
              message: summarize(result?.output),
              autoClose: 6000,
            });
            page?.refresh();
          } catch (e) {
            notifications.show({ color: "red", title: `${label} failed`, message: errorMessage(e), autoClose: 8000 });
          }
          return;
        }
      }
    },
    [app, page, modal, navigate],
  );
}
