// Metadata shared by every generated model: the system fields every record has.

import type { FieldMeta, SystemField } from "./types";

const system = (name: SystemField, type: FieldMeta["type"], label: string, widget: FieldMeta["widget"]): FieldMeta => ({
  name,
  type,
  label,
  widget,
  required: true,
  rules: {},
  list: false,
  form: false,
  detail: true,
});

export const systemFields: { readonly [K in SystemField]: FieldMeta } = {
  id: system("id", "uuid", "ID", "text"),
  createdAt: system("createdAt", "datetime", "Created", "datetime"),
  updatedAt: system("updatedAt", "datetime", "Updated", "datetime"),
  version: system("version", "integer", "Version", "number"),
};
