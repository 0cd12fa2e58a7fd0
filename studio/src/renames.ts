// Renames keep ids (migrations rename instead of drop) and carry the name to where the model uses it.
import type { JsonObject, Op } from "./api";
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
