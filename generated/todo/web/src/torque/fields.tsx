// One input per field type (the right Mantine input for each model type/widget).

import {
  Anchor,
  Checkbox,
  FileInput,
  Group,
  JsonInput,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  TagsInput,
  TextInput,
  Textarea,
} from "@mantine/core";
import { lazy, Suspense } from "react";
import { ReferenceSelect } from "./reference";
import type { FieldMeta } from "./types";
import { base64Size, bytesHref, formatSize, humanize, valueLabel } from "./values";

export interface InputFieldProps {
  readonly field: FieldMeta;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly onBlur: () => void;
  readonly error?: string | undefined;
  readonly required: boolean;
  readonly inputId: string;
  /** The role may read but not write this field (readOnlyFields). */
  readonly locked?: boolean;
  /** A computed field whose value was just worked out from the form's other values (previewEntity). */
  readonly previewed?: boolean;
}

const LazyDateField = lazy(() => import("./dates").then((m) => ({ default: m.DateField })));
const LazyDateTimeField = lazy(() => import("./dates").then((m) => ({ default: m.DateTimeField })));
const LazyJsonEditor = lazy(() => import("./jsonEditor"));

function str(v: unknown): string {
  return typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
}

/** Whether the input wants a full row of the form. */
export function isWide(field: FieldMeta): boolean {
  return ["textarea", "json", "tags"].includes(field.widget) || (field.widget === "radio" && (field.values?.length ?? 0) > 4);
}

/** Upload (a file read as base64) and download of a bytes field's value. */
function BytesInput({ field, value, onChange, error, required, inputId }: InputFieldProps) {
  const b64 = typeof value === "string" && value !== "" ? value : null;
  const read = (file: File | null) => {
    if (!file) return onChange(null);
    const reader = new FileReader();
    reader.onload = () => onChange(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.readAsDataURL(file);
  };
  return (
    <Stack gap={4}>
      <FileInput
        id={inputId}
        label={field.label}
        description={field.help}
        error={error}
        withAsterisk={required}
        placeholder={b64 ? "Replace file…" : "Choose a file…"}
        onChange={read}
        clearable
        name={field.name}
      />
      {b64 !== null && (
        <Group gap="xs">
          <Text size="sm" c="dimmed" data-bytes-size>
            {formatSize(base64Size(b64))}
          </Text>
          <Anchor size="sm" href={bytesHref(b64)} download={field.name}>
            Download
          </Anchor>
          <Anchor size="sm" component="button" type="button" onClick={() => onChange(null)}>
            Remove
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}

export function FieldInput(props: InputFieldProps) {
  const { field, value, onChange, onBlur, error, required, inputId, locked, previewed } = props;
  // A field a before-flow works out says so; it is read-only unless the API needs a value from the form.
  const computed = field.computedBy?.length ? field.computedBy.map(humanize).join(", ") : null;
  const how = previewed
    ? `Worked out from what you entered (${computed}); saved as shown.`
    : `Worked out when saved (${computed})${required ? "; what you enter may be replaced" : ""}.`;
  const common = {
    id: inputId,
    label: field.label,
    description: computed ? [field.help, how].filter(Boolean).join(" ") : field.help,
    readOnly: locked || (computed !== null && !required),
    "data-computed": computed !== null || undefined,
    "data-previewed": previewed || undefined,
    placeholder: field.placeholder,
    error,
    withAsterisk: required,
    onBlur,
    "aria-required": required || undefined,
    name: field.name,
  };
  if (field.type === "localDateTime") {
    // the browser's own local date-time input: the value is the wall-clock text, never converted
    return <TextInput {...common} type="datetime-local" step={1} value={str(value)} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
  if (field.type === "bytes") return <BytesInput {...props} />;
  if (field.type === "decimal" && field.widget === "number") {
    // text, not a number input: every digit is kept (a double holds 15)
    return <TextInput {...common} inputMode="decimal" value={str(value)} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
  switch (field.widget) {
    case "textarea":
      return (
        <Textarea
          {...common}
          value={str(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={10}
        />
      );
    case "number": {
      const integer = field.type === "integer";
      return (
        <NumberInput
          {...common}
          value={typeof value === "number" || typeof value === "string" ? value : ""}
          onChange={(v) => onChange(v)}
          allowDecimal={!integer}
          thousandSeparator=","
          clampBehavior="none"
          hideControls={!integer}
        />
      );
    }
    case "checkbox":
      return (
        <Checkbox
          id={inputId}
          name={field.name}
          label={field.label}
          description={field.help}
          error={error}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
          onBlur={onBlur}
          disabled={locked}
        />
      );
    case "switch":
      return (
        <Switch
          id={inputId}
          name={field.name}
          label={field.label}
          description={field.help}
          error={error}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
          onBlur={onBlur}
          disabled={locked}
        />
      );
    case "select":
      return (
        <Select
          {...common}
          data={(field.values ?? []).map((v) => ({ value: v, label: valueLabel(field, v) }))}
          // An empty select says what it wants instead of showing nothing.
          placeholder={field.placeholder ?? `Choose ${field.label.toLowerCase()}`}
          value={typeof value === "string" ? value : null}
          onChange={(v) => onChange(v)}
          clearable={!required}
          clearButtonProps={{ "aria-label": "Clear value" }}
          searchable={(field.values?.length ?? 0) > 7}
          allowDeselect={!required}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case "radio":
      return (
        <Radio.Group
          id={inputId}
          name={field.name}
          label={field.label}
          description={field.help}
          error={error}
          withAsterisk={required}
          value={typeof value === "string" ? value : ""}
          onChange={(v) => onChange(v)}
        >
          <Group mt="xs" gap="lg">
            {(field.values ?? []).map((v) => (
              <Radio key={v} value={v} label={valueLabel(field, v)} onBlur={onBlur} />
            ))}
          </Group>
        </Radio.Group>
      );
    case "date":
      return (
        <Suspense fallback={<TextInput {...common} value={str(value)} readOnly />}>
          <LazyDateField {...props} />
        </Suspense>
      );
    case "datetime":
      return (
        <Suspense fallback={<TextInput {...common} value={str(value)} readOnly />}>
          <LazyDateTimeField {...props} />
        </Suspense>
      );
    case "json":
      // CodeMirror, loaded with the first json field; a plain JSON textarea until then.
      return (
        <Suspense
          fallback={<JsonInput {...common} value={str(value)} onChange={(v) => onChange(v)} autosize minRows={4} maxRows={14} />}
        >
          <LazyJsonEditor {...props} description={common.description} />
        </Suspense>
      );
    case "tags": {
      const list = Array.isArray(value) ? (value as string[]) : [];
      if (field.items?.values?.length)
        return (
          <MultiSelect
            {...common}
            data={field.items.values.map((v) => ({ value: v, label: valueLabel(field, v) }))}
            value={list}
            onChange={(v) => onChange(v)}
            clearable
            clearButtonProps={{ "aria-label": "Clear value" }}
            comboboxProps={{ withinPortal: true }}
          />
        );
      return (
        <TagsInput
          {...common}
          value={list}
          onChange={(v) => onChange(v)}
          clearable
          clearButtonProps={{ "aria-label": "Clear value" }}
          acceptValueOnBlur
          splitChars={[",", "Enter"]}
        />
      );
    }
    case "reference":
      return (
        <ReferenceSelect
          {...common}
          target={field.target ?? ""}
          by={field.targetField ? field : undefined}
          value={typeof value === "string" && value ? value : null}
          onChange={(v) => onChange(v)}
          clearable={!required}
          clearButtonProps={{ "aria-label": "Clear value" }}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case "email":
    case "url":
    case "text":
    default:
      return (
        <TextInput
          {...common}
          type={field.widget === "email" ? "email" : field.widget === "url" ? "url" : "text"}
          value={str(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
          autoComplete={field.widget === "email" ? "email" : "off"}
        />
      );
  }
}
