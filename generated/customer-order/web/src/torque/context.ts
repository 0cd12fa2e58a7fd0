// React contexts shared by the components: the app's metadata, the current
// page (open modals, refresh signal, confirmations) and the current modal.

import { createContext, useContext } from "react";
import type { Action, AnyEntityMeta, AnyRecord, AppConfig } from "./types";

export const AppContext = createContext<AppConfig | null>(null);

export function useApp(): AppConfig {
  const app = useContext(AppContext);
  if (!app) throw new Error("Torque components must be rendered inside <TorqueApp>");
  return app;
}

export function useEntityMeta(name: string): AnyEntityMeta {
  const app = useApp();
  const meta = app.entities[name];
  if (!meta) throw new Error(`Unknown entity ${name}`);
  return meta;
}

/** One open modal: a model Modal (by component id) or an automatic record form. */
export interface OpenModal {
  readonly key: number;
  readonly modal: string;
  /** Record the modal was opened for (row actions). */
  readonly record?: AnyRecord;
  /** Automatic form modals (create/edit without a model Modal). */
  readonly auto?: { readonly entity: string; readonly mode: "create" | "edit" };
}

export interface ConfirmOptions {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel?: string;
  readonly danger?: boolean;
}

export interface PageState {
  readonly name: string;
  readonly modals: readonly OpenModal[];
  openModal(modal: string, extra?: Omit<OpenModal, "key" | "modal">): void;
  closeModal(key?: number): void;
  /** Incremented by the `refresh` action; grids reload when it changes. */
  readonly refreshKey: number;
  refresh(): void;
  confirm(options: ConfirmOptions): Promise<boolean>;
}

export const PageContext = createContext<PageState | null>(null);

export function usePage(): PageState | null {
  return useContext(PageContext);
}

export interface ModalState {
  readonly key: number;
  readonly modal: string;
  readonly record?: AnyRecord;
  close(): void;
}

export const ModalContext = createContext<ModalState | null>(null);

export function useModal(): ModalState | null {
  return useContext(ModalContext);
}

/** Where a component sits: the page grid, a row container, or a stack. */
export type CellMode = "grid" | "row" | "stack";
export const CellModeContext = createContext<CellMode>("grid");

export type RunAction = (action: Action, record?: AnyRecord) => Promise<void>;
