// Renames keep ids (migrations rename instead of drop) and carry the name to where the model uses it.
import type { Json, JsonObject, Op } from "./api";
import { asArray, isObject, str, tok } from "./api";

export function entityRenameOps(model: JsonObject, index: number, next: string): Op[] {
  const entities = asArray(model["entities"]);
  const old = isObject(entities[index]) ? str(entities[index]["name"]) : "";
  const ops: Op[] = [{ op: "set", path: `/entities/${index}/name`, value: next }];
  if (!old || old === next) return ops;
  entities.forEach((e, ei) => {
    if (!isObject(e)) return;
    asArray(e["fields"]).forEach((f, fi) => {
      if (isObject(f) && f["target"] === old) ops.push({ op: "set", path: `/entities/${ei}/fields/${fi}/target`, value: next });
    });
  });
  asArray(model["relationships"]).forEach((r, ri) => {
    if (!isObject(r)) return;
    if (r["from"] === old) ops.push({ op: "set", path: `/relationships/${ri}/from`, value: next });
    if (r["to"] === old) ops.push({ op: "set", path: `/relationships/${ri}/to`, value: next });
  });
  const auth = model["auth"];
  if (isObject(auth)) {
    asArray(auth["roles"]).forEach((role, i) => {
      if (isObject(role) && isObject(role["permissions"]) && old in role["permissions"]) {
        const renamed = Object.fromEntries(Object.entries(role["permissions"]).map(([k, v]) => [k === old ? next : k, v]));
        ops.push({ op: "set", path: `/auth/roles/${i}/permissions`, value: renamed });
      }
    });
  }
  walkComponents(model, (component, ptr) => {
    if (component["entity"] === old) ops.push({ op: "set", path: `${ptr}/entity`, value: next });
    for (const [key, action] of actionsOf(component, ptr)) {
      if (action["entity"] === old) ops.push({ op: "set", path: `${key}/entity`, value: next });
    }
  });
  const sample = model["sampleData"];
  if (isObject(sample) && old in sample) {
    const renamed = Object.fromEntries(Object.entries(sample).map(([k, v]) => [k === old ? next : k, v]));
    ops.push({ op: "set", path: "/sampleData", value: renamed });
  }
  return ops;
}

export function fieldRenameOps(model: JsonObject, entityIndex: number, fieldIndex: number, next: string): Op[] {
  const entity = asArray(model["entities"])[entityIndex];
  const base = `/entities/${entityIndex}`;
  const ops: Op[] = [{ op: "set", path: `${base}/fields/${fieldIndex}/name`, value: next }];
  if (!isObject(entity)) return ops;
  const field = asArray(entity["fields"])[fieldIndex];
  const old = isObject(field) ? str(field["name"]) : "";
  const entityName = str(entity["name"]);
  if (!old || old === next) return ops;
  const ui = entity["ui"];
  if (isObject(ui)) {
    if (ui["displayField"] === old) ops.push({ op: "set", path: `${base}/ui/displayField`, value: next });
    asArray(ui["searchFields"]).forEach((s, i) => {
      if (s === old) ops.push({ op: "set", path: `${base}/ui/searchFields/${i}`, value: next });
    });
    if (isObject(ui["defaultSort"]) && ui["defaultSort"]["field"] === old) {
      ops.push({ op: "set", path: `${base}/ui/defaultSort/field`, value: next });
    }
  }
  asArray(model["relationships"]).forEach((r, ri) => {
    if (!isObject(r) || r["foreignKey"] !== old) return;
    const holder = r["kind"] === "oneToMany" ? r["to"] : r["from"];
    if (holder === entityName) ops.push({ op: "set", path: `/relationships/${ri}/foreignKey`, value: next });
  });
  // Pages: a grid's columns and a form's fields of this entity.
  walkComponents(model, (component, ptr) => {
    if (component["entity"] !== entityName) return;
    for (const key of ["columns", "fields"]) {
      asArray(component[key]).forEach((name, i) => {
        if (name === old) ops.push({ op: "set", path: `${ptr}/${key}/${i}`, value: next });
      });
    }
  });
  const sample = model["sampleData"];
  if (isObject(sample)) {
    asArray(sample[entityName]).forEach((row, i) => {
      if (isObject(row) && old in row) {
        const renamed = Object.fromEntries(Object.entries(row).map(([k, v]) => [k === old ? next : k, v]));
        ops.push({ op: "set", path: `/sampleData/${tok(entityName)}/${i}`, value: renamed });
      }
    });
  }
  return ops;
}

/** Every page component (children included) with its JSON pointer. */
function walkComponents(model: JsonObject, visit: (component: JsonObject, pointer: string) => void): void {
  const walk = (list: Json | undefined, base: string) => {
    asArray(list).forEach((c, i) => {
      if (!isObject(c)) return;
      const ptr = `${base}/${i}`;
      visit(c, ptr);
      walk(c["children"], `${ptr}/children`);
    });
  };
  asArray(model["layouts"]).forEach((layout, li) => {
    if (isObject(layout)) walk(layout["components"], `/layouts/${li}/components`);
  });
}

/** A component's actions (a button's, a form's onSuccess, a grid's row actions) with their pointers. */
function actionsOf(component: JsonObject, ptr: string): [string, JsonObject][] {
  const out: [string, JsonObject][] = [];
  for (const key of ["action", "onSuccess"]) {
    const a = component[key];
    if (isObject(a)) out.push([`${ptr}/${key}`, a]);
  }
  asArray(component["rowActions"]).forEach((a, i) => {
    if (isObject(a)) out.push([`${ptr}/rowActions/${i}`, a]);
  });
  return out;
}
