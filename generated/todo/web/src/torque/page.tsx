// A page: owns its modals (model Modals and automatic record forms), the
// refresh signal and delete confirmations.

import { Button, Group, Modal as MModal, Stack, Text as MText } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  CellModeContext,
  ModalContext,
  PageContext,
  useApp,
  usePage,
  type ConfirmOptions,
  type ModalState,
  type OpenModal,
  type PageState,
} from "./context";
import { TorqueForm } from "./lazy";
import { PageGrid } from "./layout";

export interface PageProps {
  readonly name: string;
  readonly title: string;
  readonly children?: ReactNode;
}

interface PendingConfirm {
  readonly options: ConfirmOptions;
  readonly resolve: (ok: boolean) => void;
}

export function Page({ name, title, children }: PageProps) {
  const app = useApp();
  const [modals, setModals] = useState<OpenModal[]>([]);
  const [refreshKey, setRefreshKey] = useState(0);
  const [pending, setPending] = useState<PendingConfirm | null>(null);
  const nextKey = useRef(1);

  useEffect(() => {
    document.title = title === app.title ? title : `${title} · ${app.title}`;
  }, [title, app.title]);

  // A dialog takes the user's attention: the toasts of what they did before go, rather than
  // sit over its buttons (toasts are above the modal layer, bottom right, where its submit is).
  const openModal = useCallback<PageState["openModal"]>((modal, extra) => {
    notifications.clean();
    const entry: OpenModal = { key: nextKey.current++, modal, ...(extra ?? {}) };
    setModals((ms) => [...ms.filter((m) => m.modal !== modal), entry]);
  }, []);

  const closeModal = useCallback<PageState["closeModal"]>((key) => {
    setModals((ms) => (key === undefined ? ms.slice(0, -1) : ms.filter((m) => m.key !== key)));
  }, []);

  const refresh = useCallback(() => setRefreshKey((k) => k + 1), []);

  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        notifications.clean();
        setPending({ options, resolve });
      }),
    [],
  );

  const state = useMemo<PageState>(
    () => ({ name, modals, openModal, closeModal, refreshKey, refresh, confirm }),
    [name, modals, openModal, closeModal, refreshKey, refresh, confirm],
  );

  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };

  return (
    <PageContext.Provider value={state}>
      <div data-page={name}>
        <PageGrid>{children}</PageGrid>
      </div>
      {modals
        .filter((m) => m.auto)
        .map((m) => (
          <AutoFormModal key={m.key} entry={m} />
        ))}
      <MModal
        opened={pending !== null}
        onClose={() => answer(false)}
        title={pending?.options.title ?? ""}
        centered
        size="sm"
      >
        <Stack>
          <MText size="sm">{pending?.options.message}</MText>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => answer(false)}>
              Cancel
            </Button>
            <Button color={pending?.options.danger ? "red" : undefined} onClick={() => answer(true)} data-autofocus>
              {pending?.options.confirmLabel ?? "OK"}
            </Button>
          </Group>
        </Stack>
      </MModal>
    </PageContext.Provider>
  );
}

function ModalBody({ entry, children }: { readonly entry: OpenModal; readonly children: ReactNode }) {
  const page = usePage();
  const value = useMemo<ModalState>(
    () => ({
      key: entry.key,
      modal: entry.modal,
      ...(entry.record ? { record: entry.record } : {}),
      close: () => page?.closeModal(entry.key),
    }),
    [entry, page],
  );
  return (
    <ModalContext.Provider value={value}>
      <CellModeContext.Provider value="stack">
        <Stack gap="md">{children}</Stack>
      </CellModeContext.Provider>
    </ModalContext.Provider>
  );
}

export interface ModalProps {
  readonly id: string;
  readonly title?: string;
  readonly size?: "sm" | "md" | "lg" | "xl";
  readonly children?: ReactNode;
}

/** A model Modal: closed until an `openModal` action (or a row action) opens it. */
export function Modal({ id, title, size = "lg", children }: ModalProps) {
  const page = usePage();
  const entry = page?.modals.find((m) => m.modal === id);
  return (
    <MModal
      opened={entry !== undefined}
      onClose={() => entry && page?.closeModal(entry.key)}
      title={title}
      size={size}
      centered
      data-modal={id}
    >
      {entry && <ModalBody entry={entry}>{children}</ModalBody>}
    </MModal>
  );
}

function AutoFormModal({ entry }: { readonly entry: OpenModal }) {
  const app = useApp();
  const page = usePage();
  const auto = entry.auto;
  const meta = auto ? app.entities[auto.entity] : undefined;
  if (!auto || !meta) return null;
  const title = auto.mode === "create" ? `New ${meta.label.toLowerCase()}` : `Edit ${meta.label.toLowerCase()}`;
  return (
    <MModal opened onClose={() => page?.closeModal(entry.key)} title={title} size="lg" centered data-modal={entry.modal}>
      <ModalBody entry={entry}>
        <TorqueForm
          entity={meta}
          mode={auto.mode}
          submitLabel={auto.mode === "create" ? `Create ${meta.label.toLowerCase()}` : "Save"}
        />
      </ModalBody>
    </MModal>
  );
}
