// Torque Studio's build: the output is committed inside the torquec package
// (torquec/studio_dist), so users need no Node.js; tests/studio/test_assets.py
// rebuilds it and fails when the committed copy is stale.
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import webPackage from "../templates/web/package.json";

// The page editor's canvas renders the generated app's own components: `@torque/…` is the
// component package every generated web app gets (templates/web/src/torque), compiled here
// from the same files — one source, no copies.
const TORQUE = new URL("../templates/web/src/torque/", import.meta.url).pathname;
// Its contract.ts is written by the compiler (scripts/torque-contract.mjs asks it for the file).
const CONTRACT = new URL(".torque-web/src/torque/contract.ts", import.meta.url).pathname;

/** `./contract` imported from the component package resolves to the compiler's copy. */
function torqueContract(): Plugin {
  return {
    name: "torque-contract",
    enforce: "pre",
    resolveId(source, importer) {
      return source === "./contract" && importer?.startsWith(TORQUE) ? CONTRACT : null;
    },
  };
}

export default defineConfig({
  base: "/__torque/studio/",
  plugins: [torqueContract(), react()],
  cacheDir: ".vite",
  resolve: {
    alias: { "@torque": TORQUE.replace(/\/$/, "") },
    // The package's files live outside studio/: their imports resolve from studio/node_modules
    // (which has each of the package's dependencies at its version: tests/studio/test_assets.py),
    // one copy of React and Mantine for the studio and the canvas.
    dedupe: Object.keys(webPackage.dependencies),
  },
  build: {
    outDir: "../torquec/studio_dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
  },
});
