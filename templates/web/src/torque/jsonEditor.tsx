// The JSON field's editor: CodeMirror 6 with JSON highlighting, bracket
// matching and inline syntax errors. A chunk of its own, loaded the first
// time a form shows a json field (fields.tsx), so other pages do not pay for it.

import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { json, jsonParseLinter } from "@codemirror/lang-json";
import { bracketMatching, foldGutter, syntaxHighlighting, defaultHighlightStyle } from "@codemirror/language";
import { linter, lintGutter } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { Input, useComputedColorScheme } from "@mantine/core";
import { useEffect, useRef } from "react";
import type { InputFieldProps } from "./fields";

const parseErrors = jsonParseLinter();

function text(v: unknown): string {
  return typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
}

export function JsonEditor({ field, value, onChange, onBlur, error, required, inputId, description }: InputFieldProps & { readonly description?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The latest callbacks, read by the editor's listeners (created once).
  const latest = useRef({ onChange, onBlur });
  latest.current = { onChange, onBlur };
  const dark = useComputedColorScheme("light") === "dark";
  const labelId = `${inputId}-label`;
  const describedBy = [description ? `${inputId}-description` : null, error ? `${inputId}-error` : null].filter(Boolean).join(" ");

  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: text(value),
        extensions: [
          lineNumbers(),
          foldGutter(),
          history(),
          bracketMatching(),
          json(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          // An empty field is not an error (it stores nothing): only text that does not parse is marked.
          linter((v) => (v.state.doc.toString().trim() ? parseErrors(v) : []), { delay: 300 }),
          lintGutter(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.lineWrapping,
          EditorView.updateListener.of((u) => {
            if (u.docChanged) latest.current.onChange(u.state.doc.toString());
            if (u.focusChanged && !u.view.hasFocus) latest.current.onBlur();
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // Created once; the value is synced below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A value set from outside (form reset, record loaded) replaces the text.
  useEffect(() => {
    const v = view.current;
    const next = text(value);
    if (v && v.state.doc.toString() !== next) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: next } });
  }, [value]);

  // Accessible name, description and state on the editable element itself.
  useEffect(() => {
    const content = view.current?.contentDOM;
    if (!content) return;
    content.id = inputId;
    content.setAttribute("aria-labelledby", labelId);
    content.setAttribute("aria-multiline", "true");
    content.setAttribute("role", "textbox");
    if (describedBy) content.setAttribute("aria-describedby", describedBy);
    else content.removeAttribute("aria-describedby");
    content.setAttribute("aria-invalid", error ? "true" : "false");
    if (required) content.setAttribute("aria-required", "true");
    else content.removeAttribute("aria-required");
  }, [inputId, labelId, describedBy, error, required]);

  return (
    <Input.Wrapper
      id={inputId}
      label={field.label}
      labelProps={{ id: labelId, htmlFor: undefined }}
      description={description}
      error={error}
      withAsterisk={required}
    >
      <div
        ref={host}
        className="torque-json-editor"
        data-invalid={error ? true : undefined}
        data-theme={dark ? "dark" : "light"}
      />
    </Input.Wrapper>
  );
}

export default JsonEditor;
