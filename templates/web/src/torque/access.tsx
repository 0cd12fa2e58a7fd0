// What the signed-in role may do, so the UI shows only what it can use:
// pages in the navigation, buttons, row actions and forms. The server stays
// the authority (every call is checked there); this only avoids offering a
// control that would end in "You are not allowed to do this".
//
// An app without roles allows everything and asks nothing. An app with roles
// asks getModelMetadata once (it lists the role's entities with their
// permissions, its pages and flows); until the answer arrives, and while
// signed out, write controls stay hidden.

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { getToken, rpc } from "./rpc";
import type { Action, AppConfig } from "./types";

export type Operation = "read" | "create" | "update" | "delete";

export interface Access {
  /** False while the role's permissions are unknown (loading, signed out). */
  readonly known: boolean;
  can(entity: string, op: Operation): boolean;
  canRun(flow: string): boolean;
  /** A page the role may open (unknown: every page, the server answers for each). */
  showsPage(page: string): boolean;
  /** Whether a control running `action` is of use to the role. */
  allows(action: Action): boolean;
  /** A field the role may read but not write (`readOnlyFields`): forms show it read-only. */
  readOnly(entity: string, field: string): boolean;
}

interface Grants {
  readonly entities: ReadonlyMap<string, ReadonlySet<string>>;
  readonly readOnly: ReadonlyMap<string, ReadonlySet<string>>;
  readonly flows: ReadonlySet<string>;
  readonly pages: ReadonlySet<string>;
}

function access(grants: Grants | "all" | null): Access {
  const can = (entity: string, op: Operation) => grants === "all" || (grants?.entities.get(entity)?.has(op) ?? false);
  const canRun = (flow: string) => grants === "all" || (grants?.flows.has(flow) ?? false);
  const showsPage = (page: string) => grants === null || grants === "all" || grants.pages.has(page);
  const allows = (a: Action): boolean => {
    switch (a.type) {
      case "create":
        return can(a.entity, "create");
      case "edit":
        return can(a.entity, "update");
      case "delete":
        return can(a.entity, "delete");
      case "runFlow":
        return canRun(a.flow);
      case "navigate":
        return showsPage(a.page);
      case "openModal":
        return (a.needs ?? []).every(([entity, op]) => can(entity, op));
      default:
        return true;
    }
  };
  const readOnly = (entity: string, field: string) => grants !== "all" && (grants?.readOnly.get(entity)?.has(field) ?? false);
  return { known: grants !== null, can, canRun, showsPage, allows, readOnly };
}

const everything = access("all");
const AccessContext = createContext<Access>(everything);

export function useAccess(): Access {
  return useContext(AccessContext);
}

interface MetadataAnswer {
  readonly entities: readonly { readonly name: string; readonly permissions: readonly string[]; readonly readOnlyFields?: readonly string[] }[];
  readonly flows: readonly { readonly name: string }[];
  readonly layouts: readonly { readonly name: string }[];
}

function grantsOf(meta: MetadataAnswer): Grants {
  return {
    entities: new Map(meta.entities.map((e) => [e.name, new Set(e.permissions)])),
    readOnly: new Map(meta.entities.map((e) => [e.name, new Set(e.readOnlyFields ?? [])])),
    flows: new Set(meta.flows.map((f) => f.name)),
    pages: new Set(meta.layouts.map((l) => l.name)),
  };
}

export function AccessProvider({ app, children }: { readonly app: AppConfig; readonly children: ReactNode }) {
  const [value, setValue] = useState<Access>(() => (app.auth ? access(null) : everything));
  useEffect(() => {
    if (!app.auth || getToken() === null) return;
    let stale = false;
    rpc
      .call<MetadataAnswer>("getModelMetadata", {})
      .then((meta) => {
        if (!stale) setValue(access(grantsOf(meta)));
      })
      .catch(() => {
        // Refused token: the sign-in dialog opens (onUnauthorized); other errors
        // leave write controls hidden and the pages show their own errors.
      });
    return () => {
      stale = true;
    };
  }, [app.auth]);
  return <AccessContext.Provider value={value}>{children}</AccessContext.Provider>;
}
