// A CodeMirror 6 editor for one piece of flow JavaScript (a node's code or expression). It saves
// when the user leaves it (one edit, one undo step) and marks the compiler's diagnostics of that
// piece at the exact place they name (the server gives each its offset in the decoded string).
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { bracketMatching, syntaxHighlighting, defaultHighlightStyle } from "@codemirror/language";
import type { Diagnostic as CmDiagnostic } from "@codemirror/lint";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { useEffect, useRef } from "react";
import type { Diagnostic } from "./api";

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  diagnostics: Diagnostic[];
}

function marks(diagnostics: Diagnostic[], length: number): CmDiagnostic[] {
  return diagnostics.map((d) => {
    const from = Math.min(Math.max(0, d.valueOffset ?? 0), length);
    return {
      from,
      to: Math.min(from + Math.max(1, d.length ?? 1), length),
      severity: d.severity === "error" ? "error" : "warning",
      message: `${d.code}: ${d.message}`,
    };
  });
}

export function CodeField({ label, value, onCommit, diagnostics }: Props) {
  const host = useRef<HTMLDivElement | null>(null);
  const view = useRef<EditorView | null>(null);
  const commit = useRef(onCommit);
  commit.current = onCommit;
  const saved = useRef(value);

  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(), history(), bracketMatching(), javascript(), lintGutter(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.contentAttributes.of({ "aria-label": label }),
          EditorView.domEventHandlers({
            blur: (_e, ev) => {
              const text = ev.state.doc.toString();
              if (text !== saved.current) { saved.current = text; commit.current(text); }
            },
          }),
          EditorView.theme({ "&": { border: "1px solid var(--mantine-color-gray-4)", borderRadius: "4px", fontSize: "13px" },
            ".cm-content": { minHeight: "60px" } }),
        ],
      }),
    });
    view.current = v;
    return () => { v.destroy(); view.current = null; };
  }, [label]); // a new editor per field; its text follows `value` below

  // The file changed (undo, another editor): show its text unless the user is typing here.
  useEffect(() => {
    const v = view.current;
    if (!v || v.hasFocus || v.state.doc.toString() === value) return;
    saved.current = value;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    // Marks belong to the saved text: while it is being edited they would point at the wrong place.
    const current = v.state.doc.toString() === saved.current ? marks(diagnostics, v.state.doc.length) : [];
    v.dispatch(setDiagnostics(v.state, current));
  }, [diagnostics, value]);

  return <div ref={host} data-code-field={label} />;
}
