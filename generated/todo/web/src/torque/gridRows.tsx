// DataGrid rows: one cell per column (value shown by field type) and the
// row's actions; skeleton rows while the first page loads.

import { ActionIcon, Anchor, Badge, Code, Group, Skeleton, Table, Text, Tooltip } from "@mantine/core";
import { memo } from "react";
import { actionIcons } from "./button";
import type { RunAction } from "./context";
import { NUMERIC } from "./gridHooks";
import { cachedLabel } from "./reference";
import { labelSpace } from "./labels";
import type { Action, AnyEntityMeta, AnyRecord, AppConfig, FieldMeta } from "./types";
import { bytesHref, displayText, valueLabel, recordTitle } from "./values";

const BADGE_COLORS = ["blue", "teal", "grape", "orange", "cyan", "pink", "lime", "indigo", "yellow", "red"];

const ACTION_LABELS: Record<Action["type"], string> = {
  openModal: "Open",
  closeModal: "Close",
  navigate: "Open",
  create: "New",
  edit: "Edit",
  delete: "Delete",
  runFlow: "Run",
  refresh: "Refresh",
};

function CellValue({ field, value }: { readonly field: FieldMeta; readonly value: unknown }) {
  if (value === null || value === undefined || value === "")
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  switch (field.type) {
    case "bytes":
      return (
        <Group gap={6} wrap="nowrap">
          <Text span size="sm">
            {displayText(field, value)}
          </Text>
          <Anchor size="sm" href={bytesHref(String(value))} download={field.name}>
            Download
          </Anchor>
        </Group>
      );
    case "boolean":
      return (
        <Badge variant="light" color={value ? "teal" : "gray"} size="sm" tt="none">
          {value ? "Yes" : "No"}
        </Badge>
      );
    case "enum": {
      const i = field.values?.indexOf(String(value)) ?? 0;
      return (
        <Badge variant="light" color={BADGE_COLORS[Math.max(0, i) % BADGE_COLORS.length]} size="sm" tt="none">
          {valueLabel(field, String(value))}
        </Badge>
      );
    }
    // Addresses are never broken: one line, cut with an ellipsis, whole in the tooltip.
    case "email":
      return (
        <Anchor href={`mailto:${String(value)}`} size="sm" className="torque-cell-truncate" title={String(value)}>
          {String(value)}
        </Anchor>
      );
    case "url":
      return (
        <Anchor href={String(value)} target="_blank" rel="noreferrer" size="sm" className="torque-cell-truncate" title={String(value)}>
          {String(value)}
        </Anchor>
      );
    case "reference": {
      const label = field.target ? cachedLabel(labelSpace(field.target, field.targetField), String(value)) : undefined;
      return label !== undefined ? (
        <Text span size="sm">
          {label}
        </Text>
      ) : (
        <Skeleton height={10} width={80} radius="xl" display="inline-block" />
      );
    }
    case "array":
      return Array.isArray(value) ? (
        <Group gap={4} wrap="nowrap">
          {value.slice(0, 3).map((v, i) => (
            <Badge key={i} variant="outline" size="sm" tt="none">
              {String(v)}
            </Badge>
          ))}
          {value.length > 3 && (
            <Text span size="xs" c="dimmed">
              +{value.length - 3}
            </Text>
          )}
        </Group>
      ) : (
        <Text span size="sm">
          {String(value)}
        </Text>
      );
    case "json":
      return <Code className="torque-cell-clip">{JSON.stringify(value)}</Code>;
    default: {
      // Long text: two lines (text) or one (string), cut with an ellipsis, whole in the tooltip.
      const text = displayText(field, value);
      const long = field.type === "text" || (field.type === "string" && text.length > 24);
      return (
        <Text span size="sm" className={field.type === "text" ? "torque-cell-clip" : field.type === "string" ? "torque-cell-truncate" : undefined} title={long ? text : undefined}>
          {text}
        </Text>
      );
    }
  }
}

interface GridRowProps {
  readonly record: AnyRecord;
  readonly entity: AnyEntityMeta;
  readonly columns: readonly FieldMeta[];
  readonly actions: readonly Action[];
  readonly run: RunAction;
  readonly flows: AppConfig["flows"];
}

/** One record's row; re-renders only when the record (or the row's actions) change. */
const GridRow = memo(function GridRow({ record: r, entity, columns, actions, run, flows }: GridRowProps) {
  const title = recordTitle(entity, r);
  return (
    <Table.Tr data-record-id={r.id}>
      {columns.map((c, i) => (
        <Table.Td
          key={c.name}
          data-field={c.name}
          className={i === 0 ? "torque-pin-start" : undefined}
          style={NUMERIC.has(c.type) ? { textAlign: "right", fontVariantNumeric: "tabular-nums" } : undefined}
        >
          <CellValue field={c} value={r[c.name]} />
        </Table.Td>
      ))}
      {actions.length > 0 && (
        <Table.Td className="torque-pin-end">
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {actions.map((a, i) => {
              const Icon = actionIcons[a.type];
              const verb = ACTION_LABELS[a.type];
              const flowLabel = a.type === "runFlow" ? (flows[a.flow]?.label ?? a.flow) : null;
              return (
                <Tooltip key={i} label={flowLabel ?? verb} withArrow openDelay={300}>
                  <ActionIcon
                    variant="subtle"
                    color={a.type === "delete" ? "red" : "gray"}
                    aria-label={flowLabel ? `${flowLabel} for ${title}` : `${verb} ${title}`}
                    data-action={a.type}
                    onClick={() => void run(a, r)}
                  >
                    <Icon size={17} stroke={1.7} />
                  </ActionIcon>
                </Tooltip>
              );
            })}
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
});

interface GridRowsProps extends Omit<GridRowProps, "record"> {
  /** Records of the page; null before the first page has loaded. */
  readonly items: readonly AnyRecord[] | null;
  readonly loading: boolean;
  readonly pageSize: number;
}

/** The table body: the page's rows, or skeleton rows while the first page loads. */
export function GridRows({ items, loading, pageSize, columns, actions, ...rest }: GridRowsProps) {
  return (
    <Table.Tbody>
      {items === null && loading
        ? Array.from({ length: Math.min(pageSize, 5) }, (_, i) => (
            <Table.Tr key={i}>
              {columns.map((c) => (
                <Table.Td key={c.name}>
                  <Skeleton height={12} radius="xl" />
                </Table.Td>
              ))}
              {actions.length > 0 && <Table.Td className="torque-pin-end" />}
            </Table.Tr>
          ))
        : (items ?? []).map((r) => <GridRow key={r.id} record={r} columns={columns} actions={actions} {...rest} />)}
    </Table.Tbody>
  );
}
