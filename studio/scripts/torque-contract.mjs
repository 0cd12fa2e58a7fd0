// Writes .torque-web/src/torque/contract.ts: the one module of the generated app's component
// package (templates/web/src/torque) that is not in the templates, because the compiler writes
// it into every app from torquec/contract.py (error codes, filter operators, the e-mail rule).
// The page editor's canvas compiles those components, so it asks the compiler for the same
// file instead of keeping a copy. Run by `npm run build` before tsc and vite.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const studio = dirname(dirname(fileURLToPath(import.meta.url)));
const root = dirname(studio);
const target = join(studio, ".torque-web", "src", "torque", "contract.ts");
const python = process.env.PYTHON || "python3";
const env = { ...process.env, PYTHONPATH: [root, process.env.PYTHONPATH].filter(Boolean).join(":") };
const text = execFileSync(python, ["-c", "import sys; from torquec.backends.web.generate import contract_ts; sys.stdout.write(contract_ts())"],
  { cwd: root, env, encoding: "utf-8" });
let old = null;
try { old = readFileSync(target, "utf-8"); } catch { /* first build */ }
if (old !== text) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
