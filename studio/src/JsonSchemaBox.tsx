// A json field's `jsonSchema`, edited as one line of JSON text (an object; empty removes it).
// The compiler's diagnostics (E531-E533, E813) show on the field row like any other.
import { useState } from "react";
import type { Json, JsonObject, Op } from "./api";
import { isObject } from "./api";
import { CommitInput } from "./inputs";
import { memberOps } from "./ops";

interface Props {
  name: string;
  field: JsonObject;
  pointer: string;
  edit: (ops: Op[], label: string) => void;
}

export function JsonSchemaBox({ name, field, pointer, edit }: Props) {
  const [error, setError] = useState<string | undefined>(undefined);
  const commit = (raw: string) => {
    let value: Json | undefined;
    if (raw.trim()) {
      try {
        value = JSON.parse(raw) as Json;
      } catch {
        value = undefined;
      }
      if (!isObject(value)) {
        setError('A JSON object, e.g. {"type": "object"}');
        return;
      }
    }
    setError(undefined);
    edit(memberOps(pointer, field, "jsonSchema", value), `jsonSchema of ${name}`);
  };
  return (
    <CommitInput label="jsonSchema" value={"jsonSchema" in field ? JSON.stringify(field["jsonSchema"]) : ""}
      placeholder='{"type": "object"}' width={300} error={error} onCommit={commit} />
  );
}
