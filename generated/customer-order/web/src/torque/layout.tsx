// Page layout: the 12-column grid, cells placed by (row, col, span), row and
// column containers, Text, and the error boundary that isolates components.

import { Alert, Stack, Text as MText, Title } from "@mantine/core";
import { Component, useContext, type CSSProperties, type ErrorInfo, type ReactNode } from "react";
import { CellModeContext } from "./context";
import type { TextVariant } from "./types";

class ErrorBoundary extends Component<{ children: ReactNode; name: string }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Component ${this.props.name} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error)
      return (
        <Alert color="red" title="This part of the page failed to render">
          {this.state.error.message}
        </Alert>
      );
    return this.props.children;
  }
}

export interface CellProps {
  readonly id: string;
  readonly kind: string;
  readonly row: number;
  readonly col: number;
  readonly span: number;
  readonly children: ReactNode;
}

/** One component's place in its parent grid. */
export function Cell({ id, kind, row, col, span, children }: CellProps) {
  const mode = useContext(CellModeContext);
  const style =
    mode === "stack" ? undefined : ({ "--torque-row": row, "--torque-col": col, "--torque-span": span } as CSSProperties);
  return (
    <div className={`torque-cell torque-cell-${kind}`} data-component={id} style={style}>
      <ErrorBoundary name={id}>{children}</ErrorBoundary>
    </div>
  );
}

/** The page body: a 12-column grid (one column on narrow screens). */
export function PageGrid({ children }: { readonly children: ReactNode }) {
  return (
    <CellModeContext.Provider value="grid">
      <div className="torque-grid">{children}</div>
    </CellModeContext.Provider>
  );
}

export interface ContainerProps {
  readonly direction?: "row" | "column";
  readonly children?: ReactNode;
}

export function Container({ direction = "column", children }: ContainerProps) {
  if (direction === "row")
    return (
      <CellModeContext.Provider value="row">
        <div className="torque-row">{children}</div>
      </CellModeContext.Provider>
    );
  return (
    <CellModeContext.Provider value="stack">
      <Stack gap="md">{children}</Stack>
    </CellModeContext.Provider>
  );
}

export interface TextProps {
  readonly text: string;
  readonly variant?: TextVariant;
}

export function Text({ text, variant = "body" }: TextProps) {
  switch (variant) {
    case "h1":
      return <Title order={1}>{text}</Title>;
    case "h2":
      return <Title order={2}>{text}</Title>;
    case "h3":
      return <Title order={3}>{text}</Title>;
    case "caption":
      return (
        <MText size="sm" c="dimmed">
          {text}
        </MText>
      );
    default:
      return <MText>{text}</MText>;
  }
}
