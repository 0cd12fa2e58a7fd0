// Export / Import (CSV) buttons of a DataGrid: exportEntityData and
// importEntityData, the server's own file format (header = field names;
// references and links may give the target's key). Shown to roles that may
// read (export) or create (import) the entity.

import { Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import IconDownload from "@tabler/icons-react/icons/IconDownload";
import IconUpload from "@tabler/icons-react/icons/IconUpload";
import { useRef, useState } from "react";
import { useAccess } from "./access";
import { errorMessage } from "./actions";
import { rpc, RpcError } from "./rpc";
import type { AnyEntityMeta } from "./types";

interface ImportAnswer {
  readonly inserted: number;
  readonly links: number;
}

interface ImportProblem {
  readonly line?: number;
  readonly field?: string;
  readonly message?: string;
}

/** "line 3: email: must be …" lines of an import refused by the server (data.errors carry the line). */
function importProblems(e: unknown): string {
  const errors = e instanceof RpcError ? (e.data as { errors?: readonly ImportProblem[] } | null)?.errors : undefined;
  if (!Array.isArray(errors) || !errors.length) return errorMessage(e);
  const lines = errors.slice(0, 5).map((p) => `${p.line ? `line ${p.line}: ` : ""}${p.field ? `${p.field}: ` : ""}${p.message ?? "invalid"}`);
  if (errors.length > 5) lines.push(`… and ${errors.length - 5} more`);
  return lines.join("\n");
}

export function GridCsvButtons({ entity, reload }: { readonly entity: AnyEntityMeta; readonly reload: () => void }) {
  const access = useAccess();
  const file = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<"export" | "import" | null>(null);
  const canExport = access.can(entity.name, "read");
  const canImport = access.can(entity.name, "create");
  if (!canExport && !canImport) return null;
  const plural = entity.pluralLabel.toLowerCase();

  const exportCsv = async () => {
    setBusy("export");
    try {
      const out = await rpc.call<{ content: string }>("exportEntityData", { entity: entity.name, format: "csv" });
      const url = URL.createObjectURL(new Blob([out.content], { type: "text/csv;charset=utf-8" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = `${entity.name}.csv`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      notifications.show({ color: "red", title: `Could not export ${plural}`, message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };

  const importCsv = async (f: File) => {
    setBusy("import");
    try {
      const content = await f.text();
      const out = await rpc.call<ImportAnswer>("importEntityData", { entity: entity.name, format: "csv", content });
      notifications.show({
        color: "teal",
        title: `Imported ${out.inserted.toLocaleString()} ${out.inserted === 1 ? entity.label.toLowerCase() : plural}`,
        message: f.name,
      });
      reload();
    } catch (e) {
      // all or nothing: nothing was written
      notifications.show({ color: "red", title: `Nothing imported from ${f.name}`, message: importProblems(e), style: { whiteSpace: "pre-line" } });
    } finally {
      setBusy(null);
      if (file.current) file.current.value = "";
    }
  };

  return (
    <Group gap="xs">
      {canExport && (
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} loading={busy === "export"} onClick={exportCsv}
          title={`Download every ${entity.label.toLowerCase()} as a CSV file`} data-csv-export={entity.name}>
          Export CSV
        </Button>
      )}
      {canImport && (
        <>
          <Button size="xs" variant="default" leftSection={<IconUpload size={14} />} loading={busy === "import"}
            onClick={() => file.current?.click()} title={`Add ${plural} from a CSV file (header: field names)`}>
            Import CSV
          </Button>
          <input
            ref={file}
            type="file"
            accept=".csv,text/csv"
            hidden
            data-csv-import={entity.name}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void importCsv(f);
            }}
          />
        </>
      )}
    </Group>
  );
}
