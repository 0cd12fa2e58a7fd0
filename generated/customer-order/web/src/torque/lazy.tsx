// Code that only some pages or interactions need, loaded on first use:
// forms (and their inputs) are fetched when a form first renders, so a
// page showing only grids becomes interactive sooner.

import { Skeleton, Stack } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useAccess } from "./access";
import type { TorqueFormProps } from "./form";

const FormImpl = lazy(() => import("./form").then((m) => ({ default: m.TorqueForm })));

function FormSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true">
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} height={52} radius="sm" />
      ))}
    </Stack>
  );
}

export function TorqueForm<F extends string>(props: TorqueFormProps<F>) {
  // A form the role may not submit is not shown (nor its code loaded).
  const access = useAccess();
  if (!access.can(props.entity.name, props.mode === "create" ? "create" : "update")) return null;
  return (
    <Suspense fallback={<FormSkeleton />}>
      <FormImpl {...(props as unknown as TorqueFormProps<string>)} />
    </Suspense>
  );
}

/** Start loading the form code early (e.g. when a button that opens a form is hovered). */
export function preloadForm(): void {
  void import("./form");
}
