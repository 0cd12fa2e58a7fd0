// What records are called, cached: one map of display labels per entity
// (filled by reference.tsx as records load, read by grid cells, selects and
// display templates), and the app's entity metadata, so a display template's
// reference parts can load the names of the records they point to.

import type { AnyEntityMeta } from "./types";

const labels = new Map<string, Map<string, string>>();
let entities: Readonly<Record<string, AnyEntityMeta>> = {};

export function labelsOf(entity: string): Map<string, string> {
  let m = labels.get(entity);
  if (!m) {
    m = new Map();
    labels.set(entity, m);
  }
  return m;
}

/** Where the labels a reference field reads live: by id under the target's name, by natural key
 * under `Target#key` (the same record is cached under both). */
export function labelSpace(target: string, key?: string): string {
  return key ? `${target}#${key}` : target;
}

export function cachedLabel(entity: string, id: string): string | undefined {
  return labels.get(entity)?.get(id);
}

export function forgetLabels(entity: string): void {
  labels.delete(entity);
  for (const name of [...labels.keys()]) if (name.startsWith(`${entity}#`)) labels.delete(name);
}

/** The app's entities (set once by TorqueApp, again when metadata changes). */
export function setEntityMetas(all: Readonly<Record<string, AnyEntityMeta>>): void {
  entities = all;
}

export function entityMeta(name: string): AnyEntityMeta | undefined {
  return entities[name];
}
