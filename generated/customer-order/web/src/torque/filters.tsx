// The per-column filter editor of DataGrid (loaded when a filter is first opened).

import { Button, Group, NumberInput, SegmentedControl, Select, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent, type ReactNode } from "react";
import { OP_LABELS, type ColumnFilter } from "./filterops";
import { ReferenceSelect } from "./reference";
import type { FilterOp } from "./rpc";
import type { FieldMeta } from "./types";
import { valueLabel } from "./values";


function defaultOp(f: FieldMeta): FilterOp {
  switch (f.type) {
    case "string":
    case "text":
    case "email":
    case "url":
      return "contains";
    default:
      return "eq";
  }
}

function opsFor(f: FieldMeta): FilterOp[] {
  switch (f.type) {
    case "string":
    case "text":
    case "email":
    case "url":
      return ["contains", "startsWith", "eq", "ne"];
    case "integer":
    case "float":
    case "decimal":
    case "date":
    case "datetime":
    case "localDateTime":
      return ["eq", "gte", "lte", "gt", "lt"];
    case "enum":
    case "reference":
      return ["eq", "ne"];
    default:
      return ["eq"];
  }
}

export function FilterEditor({
  field,
  current,
  onApply,
  onClear,
}: {
  readonly field: FieldMeta;
  readonly current: ColumnFilter | undefined;
  readonly onApply: (f: ColumnFilter) => void;
  readonly onClear: () => void;
}) {
  const [op, setOp] = useState<FilterOp>(current?.op ?? defaultOp(field));
  const [value, setValue] = useState<unknown>(current?.value ?? (field.type === "boolean" ? true : ""));
  const ops = opsFor(field);
  const apply = (e?: FormEvent) => {
    e?.preventDefault();
    if (value === "" || value === null || value === undefined) onClear();
    else onApply({ op, value });
  };
  let input: ReactNode;
  switch (field.type) {
    case "boolean":
      input = (
        <SegmentedControl
          fullWidth
          data={[
            { value: "true", label: "Yes" },
            { value: "false", label: "No" },
          ]}
          value={value === false ? "false" : "true"}
          onChange={(v) => setValue(v === "true")}
          aria-label={`${field.label} is`}
        />
      );
      break;
    case "enum":
      input = (
        <Select
          label="Value"
          data={(field.values ?? []).map((v) => ({ value: v, label: valueLabel(field, v) }))}
          value={typeof value === "string" && value ? value : null}
          onChange={(v) => setValue(v ?? "")}
          comboboxProps={{ withinPortal: false }}
          data-autofocus
        />
      );
      break;
    case "reference":
      input = (
        <ReferenceSelect
          label="Value"
          target={field.target ?? ""}
          by={field.targetField ? field : undefined}
          value={typeof value === "string" && value ? value : null}
          onChange={(v) => setValue(v ?? "")}
          comboboxProps={{ withinPortal: false }}
        />
      );
      break;
    case "decimal":
      input = (
        <TextInput
          label="Value"
          inputMode="decimal"
          value={typeof value === "string" || typeof value === "number" ? String(value) : ""}
          onChange={(e) => setValue(e.currentTarget.value)}
          data-autofocus
        />
      );
      break;
    case "integer":
    case "float":
      input = (
        <NumberInput
          label="Value"
          value={typeof value === "number" || typeof value === "string" ? value : ""}
          onChange={(v) => setValue(v)}
          hideControls
          data-autofocus
        />
      );
      break;
    case "date":
    case "datetime":
    case "localDateTime":
      input = (
        <TextInput
          label="Value"
          type={field.type === "date" ? "date" : "datetime-local"}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => setValue(e.currentTarget.value)}
          data-autofocus
        />
      );
      break;
    default:
      input = (
        <TextInput
          label="Value"
          value={typeof value === "string" ? value : String(value ?? "")}
          onChange={(e) => setValue(e.currentTarget.value)}
          data-autofocus
        />
      );
  }
  return (
    <form onSubmit={apply} aria-label={`Filter ${field.label}`}>
      <Stack gap="xs">
        {ops.length > 1 && (
          <Select
            label={`${field.label}`}
            data={ops.map((o) => ({ value: o, label: OP_LABELS[o] ?? o }))}
            value={op}
            onChange={(v) => v && setOp(v as FilterOp)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
          />
        )}
        {input}
        <Group justify="space-between" mt={4}>
          <Button variant="subtle" size="xs" color="gray" onClick={onClear}>
            Clear
          </Button>
          <Button size="xs" type="submit">
            Apply
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

