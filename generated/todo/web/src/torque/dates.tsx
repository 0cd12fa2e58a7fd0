// Date and date-time inputs, split into their own chunk (loaded on demand by forms).

import "@mantine/dates/styles.css";
import { DateInput, DateTimePicker } from "@mantine/dates";
import type { InputFieldProps } from "./fields";

export function DateField({ field, value, onChange, onBlur, error, required, inputId }: InputFieldProps) {
  return (
    <DateInput
      id={inputId}
      label={field.label}
      description={field.help}
      placeholder={field.placeholder ?? "YYYY-MM-DD"}
      valueFormat="YYYY-MM-DD"
      value={typeof value === "string" && value ? value : null}
      onChange={(v) => onChange(v)}
      onBlur={onBlur}
      error={error}
      withAsterisk={required}
      clearable={!required}
      clearButtonProps={{ "aria-label": "Clear value" }}
      popoverProps={{ withinPortal: true }}
    />
  );
}

export function DateTimeField({ field, value, onChange, onBlur, error, required, inputId }: InputFieldProps) {
  return (
    <DateTimePicker
      id={inputId}
      label={field.label}
      description={field.help}
      placeholder={field.placeholder ?? "Pick date and time"}
      valueFormat="YYYY-MM-DD HH:mm"
      value={typeof value === "string" && value ? value : null}
      onChange={(v) => onChange(v)}
      onBlur={onBlur}
      error={error}
      withAsterisk={required}
      clearable={!required}
      clearButtonProps={{ "aria-label": "Clear value" }}
      popoverProps={{ withinPortal: true }}
    />
  );
}

export default DateField;
