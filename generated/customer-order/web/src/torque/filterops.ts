// Filter operators shared by the grid and its (lazily loaded) filter editor.

import type { FilterOp } from "./rpc";

export interface ColumnFilter {
  readonly op: FilterOp;
  readonly value: unknown;
}

export const OP_LABELS: Partial<Record<FilterOp, string>> = {
  eq: "is",
  ne: "is not",
  contains: "contains",
  startsWith: "starts with",
  gt: ">",
  gte: "≥",
  lt: "<",
  lte: "≤",
  isNull: "is empty",
};
