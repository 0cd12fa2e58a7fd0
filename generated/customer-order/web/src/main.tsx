// Entry point (generic): mount the generated app in the generic shell.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { app } from "./generated/app";
import { TorqueApp } from "./torque";

const root = document.getElementById("root");
if (!root) throw new Error("#root element missing from index.html");
if (window.__torqueDev) {
  // Served by `torquec watch` (its dev.js ran first): render from the model it serves and
  // follow every rebuild in place (src/torque/livemodel.tsx, a chunk production never loads).
  void import("./torque/livemodel").then((m) => m.mountLive(root, app));
} else {
  createRoot(root).render(
    <StrictMode>
      <TorqueApp app={app} />
    </StrictMode>,
  );
}
