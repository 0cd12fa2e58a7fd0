// Entry point (generic): mount the generated app in the generic shell.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { app } from "./generated/app";
import { TorqueApp } from "./torque";
import { mountLive } from "./torque/livemodel";

const root = document.getElementById("root");
if (!root) throw new Error("#root element missing from index.html");
if (window.__torqueDev) {
  // Served by `torquec watch` (its dev.js ran first): render from the model it serves and follow
  // every rebuild in place (src/torque/livemodel.tsx). Bundled in, not a lazy chunk: sharing the
  // components with a chunk costs the initial bundle more (exports) than the 1 KiB gzip it has.
  void mountLive(root, app);
} else {
  createRoot(root).render(
    <StrictMode>
      <TorqueApp app={app} />
    </StrictMode>,
  );
}
