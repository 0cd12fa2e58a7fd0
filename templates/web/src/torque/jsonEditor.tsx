// The JSON field's editor: CodeMirror 6 with JSON highlighting, bracket
// matching and inline errors: syntax, then the field's `jsonSchema` (each
// failing part marked where it is, with its JSON Pointer). A chunk of its own,
// loaded the first time a form shows a json field (fields.tsx), so other pages
// do not pay for it.

import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { json, jsonParseLinter } from "@codemirror/lang-json";
import { bracketMatching, defaultHighlightStyle, foldGutter, HighlightStyle, syntaxHighlighting, syntaxTree } from "@codemirror/language";
import { linter, lintGutter, type Diagnostic } from "@codemirror/lint";
import { Compartment, EditorState, type Extension } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { Input, useComputedColorScheme } from "@mantine/core";
import { useEffect, useRef } from "react";
import type { InputFieldProps } from "./fields";
import { schemaProblems } from "./jsonSchemaCheck";
import type { FieldMeta } from "./types";

const parseErrors = jsonParseLinter();

// The dark scheme's colours for CodeMirror's default token styles (its light ones — dark red
// strings, dark green numbers — are unreadable on a dark background): same tags, light tints.
const DARK_COLOURS: Record<string, string> = {
  "#404740": "#c3cbc3", "#708": "#d7aefb", "#219": "#8ab4f8", "#164": "#8bd5a0", "#a11": "#f6a199", "#e40": "#fdd663",
  "#00f": "#8ab4f8", "#30a": "#c58af9", "#085": "#81c995", "#167": "#78d9ec", "#256": "#78d9ec", "#00c": "#8ab4f8",
  "#940": "#e8b07a", "#f00": "#ff8a80",
};
const darkHighlightStyle = HighlightStyle.define(
  defaultHighlightStyle.specs.map((spec) => (typeof spec["color"] === "string" ? { ...spec, color: DARK_COLOURS[spec["color"]] ?? spec["color"] } : spec)),
  { themeType: "dark" },
);
function schemeExtensions(dark: boolean): Extension {
  if (!dark) return syntaxHighlighting(defaultHighlightStyle, { fallback: true });
  return [
    syntaxHighlighting(darkHighlightStyle, { fallback: true }),
    EditorView.theme({ "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { background: "#3b4a6b" } }, { dark: true }),
  ];
}

type SyntaxNode = ReturnType<typeof syntaxTree>["topNode"];
const PUNCTUATION = new Set(["{", "}", "[", "]", ",", ":", "PropertyName", "⚠"]);

function valueNodes(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (!PUNCTUATION.has(c.name)) out.push(c);
  return out;
}

/** Where the part of the document at JSON Pointer `pointer` is (as deep as the text has it). */
function locate(state: EditorState, pointer: string): { from: number; to: number } {
  let node = valueNodes(syntaxTree(state).topNode)[0];
  if (!node) return { from: 0, to: state.doc.length };
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    let next: SyntaxNode | undefined;
    if (node.name === "Object") {
      for (const prop of node.getChildren("Property")) {
        const name = prop.getChild("PropertyName");
        let key: unknown;
        try {
          key = name ? JSON.parse(state.sliceDoc(name.from, name.to)) : undefined;
        } catch {
          key = undefined;
        }
        if (key === token) next = valueNodes(prop)[0];
      }
    } else if (node.name === "Array") {
      next = valueNodes(node)[Number(token)];
    }
    if (!next) break;
    node = next;
  }
  return { from: node.from, to: node.to };
}

/** Syntax errors; when the text parses, the field's jsonSchema problems, each at its place. */
function lint(field: FieldMeta, view: EditorView): Diagnostic[] {
  const doc = view.state.doc.toString();
  if (!doc.trim()) return []; // an empty field is not an error (it stores nothing)
  const syntax = parseErrors(view);
  if (syntax.length || !field.jsonSchema) return syntax;
  let value: unknown;
  try {
    value = JSON.parse(doc);
  } catch {
    return syntax;
  }
  return schemaProblems(field, value).map((p) => ({
    ...locate(view.state, p.path),
    severity: "error",
    source: "jsonSchema",
    message: `${p.path || "/"}: ${p.message}`,
  }));
}

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
  const scheme = useRef(new Compartment());
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
          scheme.current.of(schemeExtensions(dark)),
          linter((v) => lint(field, v), { delay: 300 }),
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

  // The app's light/dark switch recolours the editor.
  useEffect(() => {
    view.current?.dispatch({ effects: scheme.current.reconfigure(schemeExtensions(dark)) });
  }, [dark]);

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
