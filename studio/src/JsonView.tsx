// The whole file as text (CodeMirror 6), for anything the forms do not cover. Schema- and
// model-aware: completion is the LSP's (keys the JSON schema allows here, enum values, entity and
// field names), and while typing the compiler checks the unsaved text and marks its diagnostics.
// Both are asked of the server, so the studio, the LSP and `torquec check` cannot disagree.
// Saving sends the text with the version it was edited on (a conflict is refused like any edit).
// Loaded on demand (CodeMirror).
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { json } from "@codemirror/lang-json";
import { bracketMatching, defaultHighlightStyle, foldGutter, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic as CmDiagnostic, linter, lintGutter } from "@codemirror/lint";
import { EditorSelection, EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import type { Diagnostic } from "./api";

interface Props {
  text: string;
  line: number | null;
  save: (text: string) => void;
}

const API = "/__torque/studio/api/";

async function ask<T>(name: string, body: object): Promise<T> {
  const res = await fetch(API + name, {
    method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

async function complete(context: CompletionContext): Promise<CompletionResult | null> {
  const text = context.state.doc.toString();
  const { items } = await ask<{ items: { label: string; detail: string; apply: string; from: number; to: number }[] }>(
    "complete", { text, offset: context.pos });
  if (!items.length) return null;
  const from = Math.min(...items.map((i) => i.from));
  const to = Math.max(...items.map((i) => i.to));
  return {
    from, to,
    options: items.map((i) => ({ label: i.label, detail: i.detail, apply: i.apply })),
    filter: false,
  };
}

async function check(view: EditorView): Promise<CmDiagnostic[]> {
  const text = view.state.doc.toString();
  const { diagnostics } = await ask<{ diagnostics: Diagnostic[] }>("check", { text });
  if (view.state.doc.toString() !== text) return [];
  const doc = view.state.doc;
  return diagnostics.filter((d) => d.line !== null && d.line <= doc.lines).map((d) => {
    const line = doc.line(d.line as number);
    const from = Math.min(line.from + Math.max(0, (d.column ?? 1) - 1), line.to);
    return { from, to: Math.min(from + Math.max(1, d.length ?? 1), line.to), severity: d.severity === "error" ? "error" : "warning",
      message: `${d.code}: ${d.message}${d.hint ? ` (${d.hint})` : ""}` } satisfies CmDiagnostic;
  });
}

export function JsonView({ text, line, save }: Props) {
  const host = useRef<HTMLDivElement | null>(null);
  const view = useRef<EditorView | null>(null);
  const [draft, setDraft] = useState(text);

  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: text,
        extensions: [
          lineNumbers(), foldGutter(), history(), bracketMatching(), json(), lintGutter(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          autocompletion({ override: [complete], activateOnTyping: true }),
          linter(check, { delay: 400 }),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.contentAttributes.of({ "aria-label": "model JSON" }),
          EditorView.updateListener.of((u) => { if (u.docChanged) setDraft(u.state.doc.toString()); }),
          EditorView.theme({ "&": { height: "calc(100vh - 170px)", fontSize: "12px", border: "1px solid var(--mantine-color-gray-4)" },
            ".cm-scroller": { overflow: "auto" } }),
        ],
      }),
    });
    view.current = v;
    return () => { v.destroy(); view.current = null; };
  }, []); // one editor; the file's text follows below

  // The file changed (a save here or elsewhere): show it, unless there are unsaved edits here.
  const loaded = useRef(text);
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const current = v.state.doc.toString();
    if (current === loaded.current && current !== text) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
    }
    loaded.current = text;
    setDraft(v.state.doc.toString());
  }, [text]);

  // A diagnostic clicked elsewhere: select its line.
  useEffect(() => {
    const v = view.current;
    if (!v || line === null || line > v.state.doc.lines) return;
    const l = v.state.doc.line(line);
    v.dispatch({ selection: EditorSelection.range(l.from, l.to), effects: EditorView.scrollIntoView(l.from, { y: "center" }) });
    v.focus();
  }, [line, text]);

  const revert = () => {
    view.current?.dispatch({ changes: { from: 0, to: view.current.state.doc.length, insert: text } });
    setDraft(text);
  };
  return (
    <Stack gap="xs">
      <Group>
        <Title order={3}>JSON</Title>
        {draft !== text && <Text size="xs" c="orange">unsaved changes</Text>}
        <Text size="xs" c="dimmed">Ctrl+Space completes (schema and model names); problems are marked while you type</Text>
        <Button size="xs" ml="auto" disabled={draft === text} onClick={() => save(draft)}>Save JSON</Button>
        <Button size="xs" variant="default" disabled={draft === text} onClick={revert}>Revert</Button>
      </Group>
      <div ref={host} data-testid="json-editor" />
    </Stack>
  );
}
