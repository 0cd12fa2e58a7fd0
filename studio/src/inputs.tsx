// Inputs that change the file when the user is done (blur or Enter), not per keystroke:
// one edit, one undo step, one rebuild.
import { Badge, CloseButton, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";

interface CommitProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  error?: string | undefined;
  placeholder?: string;
  width?: number;
  hideLabel?: boolean;
}

export function CommitInput({ label, value, onCommit, error, placeholder, width, hideLabel }: CommitProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <TextInput
      label={hideLabel ? undefined : label}
      aria-label={label}
      value={draft}
      error={error}
      placeholder={placeholder}
      size="xs"
      w={width}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        if (e.key === "Escape") setDraft(value);
      }}
    />
  );
}

interface ChoiceProps {
  label: string;
  value: string;
  options: string[];
  onChange: (value: string) => void;
  allowEmpty?: string;
  width?: number;
  /** What an option shows (default: its value). */
  optionLabel?: (value: string) => string;
  hideLabel?: boolean;
}

export function Choice({ label, value, options, onChange, allowEmpty, width, optionLabel = (o) => o, hideLabel }: ChoiceProps) {
  const data = [...(allowEmpty !== undefined ? [{ value: "", label: allowEmpty }] : []),
    ...options.map((o) => ({ value: o, label: optionLabel(o) }))];
  if (value && !options.includes(value)) data.push({ value, label: `${value} (unknown)` });
  return (
    <NativeSelect label={hideLabel ? undefined : label} aria-label={label} size="xs" w={width} value={value} data={data}
      onChange={(e) => onChange(e.currentTarget.value)} />
  );
}

interface PickListProps {
  label: string;
  /** The chosen values, in order. */
  items: string[];
  options: string[];
  onChange: (items: string[]) => void;
  optionLabel?: (value: string) => string;
  width?: number;
  hideLabel?: boolean;
}

/** An ordered choice of several values: chips (each removable) and a select that appends one. */
export function PickList({ label, items, options, onChange, optionLabel = (v) => v, width = 150, hideLabel }: PickListProps) {
  const left = options.filter((o) => !items.includes(o));
  return (
    <Stack gap={2} aria-label={label}>
      {!hideLabel && <Text size="xs" fw={500}>{label}</Text>}
      <Group gap={4}>
        {items.map((item, i) => (
          <Badge key={`${item}-${i}`} variant="light" tt="none" data-item={item}
            rightSection={<CloseButton size="xs" aria-label={`${label}: remove ${item}`}
              onClick={() => onChange(items.filter((_, k) => k !== i))} />}>
            {optionLabel(item)}
          </Badge>
        ))}
        {left.length > 0 && (
          <NativeSelect size="xs" w={width} aria-label={`${label}: add`} value=""
            data={[{ value: "", label: "add…" }, ...left.map((o) => ({ value: o, label: optionLabel(o) }))]}
            onChange={(e) => { const v = e.currentTarget.value; if (v) onChange([...items, v]); }} />
        )}
      </Group>
    </Stack>
  );
}
