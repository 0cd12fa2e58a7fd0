// Entry point (generic): mount the generated app in the generic shell.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { app } from "./generated/app";
import { TorqueApp } from "./torque";

const root = document.getElementById("root");
if (!root) throw new Error("#root element missing from index.html");
createRoot(root).render(
  <StrictMode>
    <TorqueApp app={app} />
  </StrictMode>,
);
