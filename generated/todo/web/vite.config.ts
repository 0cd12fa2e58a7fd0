// Vite configuration of a torquec-generated web app (generic, copied verbatim).
//
// `npm run dev` proxies the API to the generated server; set TORQUE_API to
// point elsewhere than http://127.0.0.1:8000.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// (Read through globalThis so the app's tsconfig needs no Node types.)
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const api = env["TORQUE_API"] ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react()],
  // Per-app dependency cache: node_modules may be a shared, read-mostly cache.
  cacheDir: ".vite",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: {
      "/rpc": api,
      "/ws": { target: api.replace(/^http/, "ws"), ws: true },
    },
  },
});
