// Inputs that change the file when the user is done (blur or Enter), not per keystroke:
// one edit, one undo step, one rebuild.
import { NativeSelect, TextInput } from "@mantine/core";
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
}

export function Choice({ label, value, options, onChange, allowEmpty, width }: ChoiceProps) {
  const data = [...(allowEmpty !== undefined ? [{ value: "", label: allowEmpty }] : []),
    ...options.map((o) => ({ value: o, label: o }))];
  if (value && !options.includes(value)) data.push({ value, label: `${value} (unknown)` });
  return (
    <NativeSelect label={label} aria-label={label} size="xs" w={width} value={value} data={data}
      onChange={(e) => onChange(e.currentTarget.value)} />
  );
}
