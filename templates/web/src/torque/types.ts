import type { ComponentType, JSX } from "react";

// Shapes of the metadata the compiler generates (src/generated/*) and the
// generic components consume. Nothing here is model-specific.

export type FieldType =
  | "string"
  | "text"
  | "integer"
  | "float"
  | "decimal"
  | "boolean"
  | "date"
  | "datetime"
  | "localDateTime"
  | "bytes"
  | "uuid"
  | "email"
  | "url"
  | "enum"
  | "reference"
  | "array"
  | "json";

export type ItemType = "string" | "integer" | "float" | "boolean" | "uuid" | "email" | "url" | "date" | "datetime";

export type Widget =
  | "text"
  | "textarea"
  | "number"
  | "checkbox"
  | "switch"
  | "select"
  | "radio"
  | "date"
  | "datetime"
  | "email"
  | "url"
  | "json"
  | "tags"
  | "reference"
  | "file";

/** Validation rules of one field, exactly as the server enforces them. */
export interface FieldRules {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
  /** bytes: the largest value, in bytes. */
  readonly maxBytes?: number;
}

export interface FieldMeta {
  readonly name: string;
  readonly type: FieldType;
  readonly label: string;
  readonly description?: string;
  readonly placeholder?: string;
  readonly help?: string;
  /** Resolved by the compiler: the model's `ui.widget` or the default for the type. */
  readonly widget: Widget;
  readonly required: boolean;
  readonly unique?: boolean;
  readonly hasDefault?: boolean;
  readonly default?: unknown;
  readonly rules: FieldRules;
  /** enum: allowed values. */
  readonly values?: readonly string[];
  /** enum (or enum-item array): what people read for a value (model `ui.valueLabels`). */
  readonly valueLabels?: Readonly<Record<string, string>>;
  /** Before-flows that work this field out when a record is saved (the form says so). */
  readonly computedBy?: readonly string[];
  /** reference: target entity name. */
  readonly target?: string;
  /** reference by natural key: the target's unique field whose value it holds (else the id), and its type. */
  readonly targetField?: string;
  readonly keyType?: FieldType;
  /** array: item type (and allowed values). */
  readonly items?: { readonly type: ItemType; readonly values?: readonly string[] };
  /** decimal: digits after the point. */
  readonly scale?: number;
  /** decimal: total digits. */
  readonly precision?: number;
  /** json: the JSON Schema (2020-12, no references) its values must match (model `jsonSchema`). */
  readonly jsonSchema?: { readonly [key: string]: JsonValue };
  readonly list: boolean;
  readonly form: boolean;
  readonly detail: boolean;
}

export type SortDir = "asc" | "desc";

export interface EntityMeta<F extends string = string> {
  readonly name: string;
  readonly label: string;
  readonly pluralLabel: string;
  readonly description?: string;
  readonly icon?: string;
  /** Field shown when a record is referenced from elsewhere (and searched by reference selects). */
  readonly displayField: F | "id";
  /** How a record is named when no single field does: text and field names alternating,
   * starting and ending with text; a reference field stands for the referenced record's name. */
  readonly displayTemplate?: readonly string[];
  readonly searchFields: readonly F[];
  readonly defaultSort?: { readonly field: F; readonly dir: SortDir };
  readonly fieldNames: readonly F[];
  readonly fields: { readonly [K in F]: FieldMeta };
  /** manyToMany navigations of this entity (either side), edited in its forms. */
  readonly links?: readonly LinkMeta[];
}

export interface LinkMeta {
  /** Navigation name: `data.<name>` on create/update, `relationship` of addLinks/removeLinks/getRelated. */
  readonly name: string;
  readonly label: string;
  /** The other side's entity. */
  readonly target: string;
}

/** Any entity's metadata, whatever its field names (for generic code). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEntityMeta = EntityMeta<any>;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type { SystemField } from "./contract";

/** Records as the API returns them: system fields plus the model's fields. */
export interface RecordBase {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export type AnyRecord = RecordBase & { readonly [field: string]: unknown };

export type Action =
  | {
      readonly type: "openModal";
      readonly modal: string;
      /** What the modal's forms need ([entity, operation]): the button is shown only to roles that have all of it. */
      readonly needs?: readonly (readonly [string, "read" | "create" | "update" | "delete"])[];
    }
  | { readonly type: "closeModal" }
  | { readonly type: "navigate"; readonly page: string }
  | { readonly type: "create"; readonly entity: string; readonly modal?: string }
  | { readonly type: "edit"; readonly entity: string; readonly modal?: string }
  | { readonly type: "delete"; readonly entity: string }
  | { readonly type: "runFlow"; readonly flow: string }
  | { readonly type: "refresh" };

export type ButtonVariant = "filled" | "light" | "outline" | "subtle" | "danger";
export type TextVariant = "h1" | "h2" | "h3" | "body" | "caption";

export interface FlowMeta {
  readonly name: string;
  readonly label: string;
  readonly description?: string;
  /** Input property names the flow declares (empty: it takes any object, e.g. a record). */
  readonly inputs: readonly string[];
  /** Triggered by an entity event: its input is a record of that entity. */
  readonly entity?: string;
}

export interface PageMeta {
  readonly name: string;
  readonly route: string;
  readonly title: string;
  readonly description?: string;
  readonly icon?: ComponentType<{ size?: number; stroke?: number }>;
  /** Pages whose route has parameters are reachable by navigation only. */
  readonly inNav: boolean;
  readonly component: () => JSX.Element;
}

export interface AppConfig {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  /** The model declares roles: the API wants a bearer token. */
  readonly auth: boolean;
  readonly entities: { readonly [name: string]: AnyEntityMeta };
  readonly flows: { readonly [name: string]: FlowMeta };
  readonly pages: readonly PageMeta[];
}
