// Torque Studio's build: the output is committed inside the torquec package
// (torquec/studio_dist), so users need no Node.js; tests/studio/test_assets.py
// rebuilds it and fails when the committed copy is stale.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  base: "/__torque/studio/",
  plugins: [react()],
  cacheDir: ".vite",
  build: {
    outDir: "../torquec/studio_dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
  },
});
