// The generic Torque component package (copied verbatim into every generated
// web app; model-specific code lives in src/generated/).

export { TorqueApp } from "./app";
export { useActionRunner, errorMessage, pageUrl } from "./actions";
export { TorqueButton, type TorqueButtonProps } from "./button";
export { DataGrid, type DataGridProps } from "./grid";
export { TorqueForm, preloadForm } from "./lazy";
export type { TorqueFormProps } from "./form";
export { Cell, Container, Text, type ContainerProps, type TextProps } from "./layout";
export { Modal, Page, type ModalProps, type PageProps } from "./page";
export { ReferenceSelect } from "./reference";
export { live, notifyLocalChange, useEntityChanges, useLiveReload, useLiveState, type ChangeEvent } from "./live";
export * from "./rpc";
export type * from "./types";
export { validateValue } from "./validation";
