// Client-side validation mirroring the model's rules (the server checks the
// same rules again; its errors are shown on the same fields).

import { EMAIL_PATTERN, URL_PATTERN } from "./contract";
import type { FieldError } from "./rpc";
import type { FieldMeta, ItemType } from "./types";
import { base64Size, compareDecimal, DECIMAL_TEXT, formatSize } from "./values";

const LOCAL_DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?$/;

const EMAIL = new RegExp(EMAIL_PATTERN);
const HTTP_URL = new RegExp(URL_PATTERN);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const patternCache = new Map<string, RegExp | null>();

// A json field's `jsonSchema` check lives in a lazy chunk (jsonSchemaCheck.ts, with its
// validator library); it registers itself here when it loads.
type JsonSchemaCheck = (field: FieldMeta, value: unknown) => string | null;
let jsonSchemaCheck: JsonSchemaCheck | null = null;

export function registerJsonSchemaCheck(check: JsonSchemaCheck): void {
  jsonSchemaCheck = check;
}

/** Load the schema check if one of `fields` has a `jsonSchema` (before a synchronous validateValue of them). */
export async function loadJsonSchemaCheck(fields: readonly FieldMeta[]): Promise<void> {
  if (!jsonSchemaCheck && fields.some((f) => f.jsonSchema)) await import("./jsonSchemaCheck");
}

function anchored(pattern: string): RegExp | null {
  let re = patternCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(`^(?:${pattern})$`);
    } catch {
      re = null; // the server still checks it
    }
    patternCache.set(pattern, re);
  }
  return re;
}

/** Length in code points, as the server (Python `len`) counts. */
export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}

export function isEmail(s: string): boolean {
  return EMAIL.test(s);
}

export function isUrl(s: string): boolean {
  return HTTP_URL.test(s);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function err(field: FieldMeta, rule: string, message: string): FieldError {
  return { field: field.name, rule, message };
}

function checkItem(type: ItemType, values: readonly string[] | undefined, v: unknown): string | null {
  switch (type) {
    case "integer":
      return typeof v === "number" && Number.isInteger(v) ? null : "must be whole numbers";
    case "float":
      return typeof v === "number" && Number.isFinite(v) ? null : "must be numbers";
    case "boolean":
      return typeof v === "boolean" ? null : "must be true or false";
    case "email":
      return typeof v === "string" && isEmail(v) ? null : "must be valid e-mail addresses";
    case "url":
      return typeof v === "string" && isUrl(v) ? null : "must be valid http(s) URLs";
    case "uuid":
      return typeof v === "string" && UUID.test(v) ? null : "must be UUIDs";
    case "date":
      return typeof v === "string" && DATE.test(v) ? null : "must be dates (YYYY-MM-DD)";
    case "datetime":
      return typeof v === "string" && !Number.isNaN(Date.parse(v)) ? null : "must be date-times";
    default:
      if (values && values.length && !(typeof v === "string" && values.includes(v))) return `must be one of ${values.join(", ")}`;
      return typeof v === "string" ? null : "must be text";
  }
}

/**
 * Check one API value (after form → API conversion; `null` = empty) against
 * the field's rules. Returns the first error, or null.
 */
export function validateValue(field: FieldMeta, value: unknown): FieldError | null {
  const r = field.rules;
  const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0 && field.required);
  if (empty) return field.required && field.type !== "boolean" ? err(field, "required", `${field.label} is required`) : null;

  switch (field.type) {
    case "string":
    case "text":
    case "email":
    case "url":
    case "uuid": {
      const s = String(value);
      const n = codePoints(s);
      if (r.minLength !== undefined && n < r.minLength)
        return err(field, "minLength", `Must be at least ${plural(r.minLength, "character")}`);
      if (r.maxLength !== undefined && n > r.maxLength)
        return err(field, "maxLength", `Must be at most ${plural(r.maxLength, "character")}`);
      if (field.type === "email" && !isEmail(s)) return err(field, "email", "Enter a valid e-mail address, like name@example.com");
      if (field.type === "url" && !isUrl(s)) return err(field, "url", "Enter a valid URL starting with http:// or https://");
      if (field.type === "uuid" && !UUID.test(s)) return err(field, "format", "Enter a UUID");
      if (r.pattern !== undefined) {
        const re = anchored(r.pattern);
        if (re && !re.test(s)) return err(field, "pattern", `Does not match the required format${field.placeholder ? ` (e.g. ${field.placeholder})` : ""}`);
      }
      return null;
    }
    case "decimal": {
      // exact: digits are counted and bounds compared on the text, never through a double
      const s = String(value);
      if (!DECIMAL_TEXT.test(s)) return err(field, "type", "Enter a number, like 12.50");
      const [whole = "", frac = ""] = s.replace(/^-/, "").split(".");
      if (field.scale !== undefined && frac.replace(/0+$/, "").length > field.scale)
        return err(field, "scale", `At most ${plural(field.scale, "decimal place")}`);
      if (field.precision !== undefined && field.scale !== undefined) {
        const digits = field.precision - field.scale;
        if (whole.replace(/^0+/, "").length > digits) return err(field, "precision", `At most ${plural(digits, "digit")} before the decimal point`);
      }
      if (r.min !== undefined && compareDecimal(s, String(r.min)) < 0) return err(field, "min", `Must be at least ${r.min}`);
      if (r.max !== undefined && compareDecimal(s, String(r.max)) > 0) return err(field, "max", `Must be at most ${r.max}`);
      return null;
    }
    case "integer":
    case "float": {
      const n = typeof value === "number" ? value : Number(value);
      if (!Number.isFinite(n)) return err(field, "type", "Enter a number");
      if (field.type === "integer" && !Number.isInteger(n)) return err(field, "type", "Enter a whole number");
      if (r.min !== undefined && n < r.min) return err(field, "min", `Must be at least ${r.min}`);
      if (r.max !== undefined && n > r.max) return err(field, "max", `Must be at most ${r.max}`);
      return null;
    }
    case "enum":
      return field.values && !field.values.includes(String(value)) ? err(field, "enum", `Choose one of ${field.values.join(", ")}`) : null;
    case "date":
      return typeof value === "string" && DATE.test(value) ? null : err(field, "format", "Enter a date (YYYY-MM-DD)");
    case "datetime":
      return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? null : err(field, "format", "Enter a date and time");
    case "localDateTime":
      return typeof value === "string" && LOCAL_DATETIME.test(value) ? null : err(field, "format", "Enter a date and time");
    case "bytes": {
      if (typeof value !== "string") return err(field, "type", "Choose a file");
      const max = field.rules.maxBytes;
      if (max !== undefined && base64Size(value) > max) return err(field, "maxBytes", `Must be at most ${formatSize(max)}`);
      return null;
    }
    case "array": {
      if (!Array.isArray(value)) return err(field, "type", "Enter a list");
      if (r.minLength !== undefined && value.length < r.minLength) return err(field, "minLength", `Add at least ${plural(r.minLength, "item")}`);
      if (r.maxLength !== undefined && value.length > r.maxLength) return err(field, "maxLength", `At most ${plural(r.maxLength, "item")}`);
      if (field.items) {
        for (const item of value) {
          const problem = checkItem(field.items.type, field.items.values, item);
          if (problem) return err(field, "items", `Items ${problem}`);
        }
      }
      return null;
    }
    case "json": {
      const problem = field.jsonSchema && jsonSchemaCheck ? jsonSchemaCheck(field, value) : null;
      return problem ? err(field, "jsonSchema", problem) : null;
    }
    default:
      return null;
  }
}
