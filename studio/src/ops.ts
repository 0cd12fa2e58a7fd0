// Edits of optional members, written as a hand edit would: a key appears when it gets a value
// and disappears (with its object, when that empties it) when the value is cleared.
import type { Json, Op } from "./api";
import { isObject, tok } from "./api";

/** Set `key` of the optional object at `objPtr` (created when absent), or remove it when `value` is undefined. */
export function memberOps(objPtr: string, obj: Json | undefined, key: string, value: Json | undefined): Op[] {
  if (!isObject(obj)) return value === undefined ? [] : [{ op: "set", path: objPtr, value: { [key]: value } }];
  if (value === undefined) {
    if (!(key in obj)) return [];
    return Object.keys(obj).length === 1 ? [{ op: "remove", path: objPtr }] : [{ op: "remove", path: `${objPtr}/${tok(key)}` }];
  }
  return [{ op: "set", path: `${objPtr}/${tok(key)}`, value }];
}

/** A list member: set while it has items, removed when emptied. */
export function listOps(path: string, present: boolean, items: Json[]): Op[] {
  if (items.length) return [{ op: "set", path, value: items }];
  return present ? [{ op: "remove", path }] : [];
}

/** Append to the optional array at `path` (created with the item when absent). */
export function appendOps(path: string, current: Json | undefined, item: Json): Op[] {
  return Array.isArray(current) ? [{ op: "insert", path: `${path}/-`, value: item }] : [{ op: "set", path, value: [item] }];
}

/** The text of a whole-number box as a number, or undefined when empty (the key is then removed). */
export function wholeNumber(raw: string): Json | undefined {
  const text = raw.trim();
  if (text === "") return undefined;
  const n = Number(text);
  return Number.isInteger(n) ? n : text; // not a number: saved as typed, the compiler says what is wrong
}
