// Conversions between API values, form-input values and display text.

import type { AnyEntityMeta, FieldMeta } from "./types";
import { cachedLabel, labelSpace } from "./labels";

export type FormValues = Record<string, unknown>;

/** A form value that cannot be converted (e.g. malformed JSON). */
export class ConversionError extends Error {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** ISO instant → local `YYYY-MM-DD HH:mm:ss` (what the date-time picker edits). */
export function isoToLocal(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Local `YYYY-MM-DD HH:mm[:ss]` → ISO instant (UTC). */
export function localToIso(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(local);
  if (!m) return local;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? "0"));
  return d.toISOString();
}

/** The value a new record's form starts with. */
export function initialFormValue(f: FieldMeta): unknown {
  if (f.hasDefault && f.default !== undefined && f.default !== null) return toFormValue(f, f.default);
  return toFormValue(f, null);
}

/** API value → form-input value. */
export function toFormValue(f: FieldMeta, v: unknown): unknown {
  switch (f.type) {
    case "boolean":
      return v === true;
    case "integer":
    case "float":
      return v === null || v === undefined ? "" : typeof v === "number" ? v : Number(v);
    case "decimal":
      // exact: the API's digits, never through a double
      return v === null || v === undefined ? "" : String(v);
    case "enum":
    case "reference":
    case "date":
      return v === null || v === undefined ? null : String(v);
    case "datetime":
      return v === null || v === undefined ? null : isoToLocal(String(v));
    case "localDateTime":
      // a wall-clock time: edited as written (no time zone conversion); the input shows minutes
      return v === null || v === undefined ? "" : String(v).slice(0, 16);
    case "bytes":
      return v === null || v === undefined ? null : String(v);
    case "array":
      return Array.isArray(v) ? v.map((x) => String(x)) : [];
    case "json":
      return v === null || v === undefined ? "" : JSON.stringify(v, null, 2);
    default:
      return v === null || v === undefined ? "" : String(v);
  }
}

/** Form-input value → API value (`null` = empty). Throws ConversionError. */
export function toApiValue(f: FieldMeta, v: unknown): unknown {
  switch (f.type) {
    case "boolean":
      return v === true;
    case "decimal": {
      const s = v === null || v === undefined ? "" : String(v).replace(/[,\s]/g, "");
      if (s === "") return null;
      if (!DECIMAL_TEXT.test(s)) throw new ConversionError("type", "Enter a number, like 12.50");
      return s;
    }
    case "integer":
    case "float": {
      if (v === "" || v === null || v === undefined) return null;
      const n = typeof v === "number" ? v : Number(String(v).replace(/,/g, ""));
      if (!Number.isFinite(n)) throw new ConversionError("type", "Enter a number");
      return n;
    }
    case "reference":
      // a reference by an integer natural key is sent as a number (the select holds text)
      if (f.keyType === "integer") return v === "" || v === null || v === undefined ? null : Number(v);
      return v === "" || v === null || v === undefined ? null : String(v);
    case "enum":
    case "date":
      return v === "" || v === null || v === undefined ? null : String(v);
    case "datetime":
      return v === "" || v === null || v === undefined ? null : localToIso(String(v));
    case "localDateTime": {
      const s = v === null || v === undefined ? "" : String(v).trim().replace(" ", "T");
      if (s === "") return null;
      return /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(s) ? `${s}:00` : s;
    }
    case "bytes":
      return v === "" || v === null || v === undefined ? null : String(v);
    case "array": {
      const items = Array.isArray(v) ? (v as unknown[]).map((x) => String(x).trim()).filter((x) => x !== "") : [];
      const t = f.items?.type ?? "string";
      return items.map((s) => {
        if (t === "integer" || t === "float") {
          const n = Number(s);
          return Number.isFinite(n) ? n : s;
        }
        if (t === "boolean") return s === "true" ? true : s === "false" ? false : s;
        return s;
      });
    }
    case "json": {
      const s = typeof v === "string" ? v.trim() : "";
      if (s === "") return null;
      try {
        return JSON.parse(s) as unknown;
      } catch {
        throw new ConversionError("json", "Enter valid JSON");
      }
    }
    default: {
      const s = typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
      const trimmed = f.type === "text" ? s : s.trim();
      return trimmed === "" ? null : trimmed;
    }
  }
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ------------------------------------------------------------------ display

const dateFmt = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const dateTimeFmt = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

// A local date-time is formatted as a UTC instant with the same digits, in UTC: the reader's
// time zone never shifts it (2021-01-01T00:00 reads "Jan 1, 2021, 12:00 AM" in New York too).
const localDateTimeFmt = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatLocalDateTime(text: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d))?/.exec(text);
  if (!m) return text;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? "0"));
  return Number.isNaN(t) ? text : localDateTimeFmt.format(new Date(t));
}

/** Bytes held by a base64 text. */
export function base64Size(b64: string): number {
  const pad = b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0;
  return Math.max(0, (b64.length / 4) * 3 - pad);
}

export function formatSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** A data URL to download a bytes value (the browser saves it; nothing is sent anywhere). */
export function bytesHref(b64: string): string {
  return `data:application/octet-stream;base64,${b64}`;
}

const decimalFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(f: FieldMeta, v: unknown): string {
  if (f.type === "decimal") {
    // Intl formats a numeric string exactly (no double in between): every digit is shown
    const scale = f.scale ?? 2;
    let fmt = decimalFormats.get(scale);
    if (!fmt) {
      fmt = new Intl.NumberFormat(undefined, { minimumFractionDigits: scale, maximumFractionDigits: scale });
      decimalFormats.set(scale, fmt);
    }
    const text = String(v);
    return DECIMAL_TEXT.test(text) ? fmt.format(text as unknown as number) : text;
  }
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isFinite(n)) return String(v);
  return n.toLocaleString();
}

/** A decimal as the API writes it: digits, an optional point and fraction. */
export const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** Compares two decimal texts exactly (-1, 0, 1), without converting them to doubles. */
export function compareDecimal(a: string, b: string): number {
  const neg = (x: string) => x.startsWith("-");
  const parts = (x: string) => {
    const [i = "", f = ""] = x.replace(/^-/, "").split(".");
    return [i.replace(/^0+(?=\d)/, ""), f.replace(/0+$/, "")] as const;
  };
  const [ai, af] = parts(a);
  const [bi, bf] = parts(b);
  const zero = (i: string, f: string) => /^0*$/.test(i) && f === "";
  const sa = zero(ai, af) ? 0 : neg(a) ? -1 : 1;
  const sb = zero(bi, bf) ? 0 : neg(b) ? -1 : 1;
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  let c = ai.length !== bi.length ? (ai.length < bi.length ? -1 : 1) : ai < bi ? -1 : ai > bi ? 1 : 0;
  if (c === 0) {
    const w = Math.max(af.length, bf.length);
    const x = af.padEnd(w, "0");
    const y = bf.padEnd(w, "0");
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  return sa < 0 ? -c : c;
}

/** Plain-text rendering of a value (grid cells, labels, titles). */
export function displayText(f: FieldMeta | undefined, v: unknown): string {
  if (v === null || v === undefined || v === "") return "";
  if (!f) return typeof v === "object" ? JSON.stringify(v) : String(v);
  switch (f.type) {
    case "boolean":
      return v ? "Yes" : "No";
    case "integer":
    case "float":
    case "decimal":
      return formatNumber(f, v);
    case "date": {
      const d = new Date(`${String(v)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? String(v) : dateFmt.format(d);
    }
    case "datetime": {
      const d = new Date(String(v));
      return Number.isNaN(d.getTime()) ? String(v) : dateTimeFmt.format(d);
    }
    case "localDateTime":
      return formatLocalDateTime(String(v));
    case "bytes":
      return formatSize(base64Size(String(v)));
    case "array":
      return Array.isArray(v) ? v.map((x) => String(x)).join(", ") : String(v);
    case "json":
      return JSON.stringify(v);
    default:
      return String(v);
  }
}

/** What to call a record: its display template, else its display field, else its id.
 * A template's reference parts read the label cache (loadLabels fills it first). */
export function recordTitle(entity: AnyEntityMeta, record: Record<string, unknown>): string {
  const parts = entity.displayTemplate;
  if (parts?.length) return parts.map((p, i) => (i % 2 ? templatePart(entity.fields[p] as FieldMeta | undefined, record[p]) : p)).join("");
  const key = entity.displayField;
  const f = key === "id" ? undefined : (entity.fields[key] as FieldMeta | undefined);
  const text = displayText(f, record[key]);
  return text || String(record["id"] ?? "");
}

function templatePart(f: FieldMeta | undefined, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (f?.type === "reference") return (f.target && cachedLabel(labelSpace(f.target, f.targetField), String(value))) || "…";
  if (f?.type === "enum") return valueLabel(f, String(value));
  return displayText(f, value);
}

/**
 * Words for an enum value shown to people: `CREDIT_CARD`/`credit-card` → `Credit card`,
 * `BankTransfer` → `Bank transfer`, `HTTPError` → `HTTP error`, `high` → `High`; acronyms stay upper case.
 * A model that wants other words says so per value (`ui.valueLabels`, see `valueLabel`).
 */
export function humanize(value: string): string {
  const words = value
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .trim()
    .split(/\s+/);
  // One word keeps its case ("Draft", "USD", "iPhone") but starts with a capital when all lower case ("high").
  if (words.length < 2) return value === value.toLowerCase() ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  const snake = /[_-]/.test(value); // in CREDIT_CARD every word is upper case: not acronyms
  return words
    .map((w, i) => {
      if (!snake && w.length > 1 && w === w.toUpperCase()) return w;
      const lower = w.toLowerCase();
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(" ");
}

/** What people read for an enum value of `field`: the model's label, else the value in words. */
export function valueLabel(field: FieldMeta | undefined, value: string): string {
  return field?.valueLabels?.[value] ?? humanize(value);
}
