// TorqueButton: a labelled button that runs one action.

import { Button, Tooltip } from "@mantine/core";
import IconArrowRight from "@tabler/icons-react/icons/IconArrowRight";
import IconPencil from "@tabler/icons-react/icons/IconPencil";
import IconPlayerPlay from "@tabler/icons-react/icons/IconPlayerPlay";
import IconPlus from "@tabler/icons-react/icons/IconPlus";
import IconRefresh from "@tabler/icons-react/icons/IconRefresh";
import IconTrash from "@tabler/icons-react/icons/IconTrash";
import IconX from "@tabler/icons-react/icons/IconX";
import type { Icon } from "@tabler/icons-react";
import { useState } from "react";
import { useAccess } from "./access";
import { useActionRunner } from "./actions";
import { useModal } from "./context";
import type { Action, ButtonVariant } from "./types";

export const actionIcons: Record<Action["type"], Icon> = {
  openModal: IconPlus,
  create: IconPlus,
  closeModal: IconX,
  navigate: IconArrowRight,
  edit: IconPencil,
  delete: IconTrash,
  runFlow: IconPlayerPlay,
  refresh: IconRefresh,
};

export interface TorqueButtonProps {
  readonly id?: string;
  readonly label: string;
  readonly variant?: ButtonVariant;
  readonly action?: Action;
  readonly fullWidth?: boolean;
}

export function TorqueButton({ id, label, variant = "filled", action, fullWidth = true }: TorqueButtonProps) {
  const run = useActionRunner();
  const modal = useModal();
  const [busy, setBusy] = useState(false);
  const access = useAccess();
  const needsRecord = action !== undefined && (action.type === "edit" || action.type === "delete") && !modal?.record;
  const ActionIcon = action ? actionIcons[action.type] : undefined;
  // A role that may not do what the button does never sees it (the server refuses it anyway).
  if (action && !access.allows(action)) return null;
  const button = (
    <Button
      data-button={id}
      fullWidth={fullWidth}
      variant={variant === "danger" ? "filled" : variant}
      color={variant === "danger" ? "red" : undefined}
      leftSection={ActionIcon && action?.type !== "navigate" ? <ActionIcon size={16} stroke={1.8} /> : undefined}
      rightSection={action?.type === "navigate" ? <IconArrowRight size={16} stroke={1.8} /> : undefined}
      loading={busy}
      disabled={!action || needsRecord}
      onClick={async () => {
        if (!action) return;
        setBusy(true);
        try {
          await run(action);
        } finally {
          setBusy(false);
        }
      }}
    >
      {label}
    </Button>
  );
  return needsRecord ? <Tooltip label="Select a record first">{button}</Tooltip> : button;
}
