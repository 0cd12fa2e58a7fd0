// The whole file as text: for anything the forms do not cover. Saving sends the
// text with the version it was edited on (a conflict is refused like any edit).
import { Button, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";

interface Props {
  text: string;
  line: number | null;
  save: (text: string) => void;
}

export function JsonView({ text, line, save }: Props) {
  const [draft, setDraft] = useState(text);
  const area = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => setDraft(text), [text]);
  useEffect(() => {
    const el = area.current;
    if (!el || line === null) return;
    const lines = text.split("\n");
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    const lineHeight = el.scrollHeight / Math.max(1, lines.length);
    el.scrollTop = Math.max(0, (line - 5) * lineHeight);
  }, [line, text]);
  return (
    <Stack gap="xs">
      <Group>
        <Title order={3}>JSON</Title>
        {draft !== text && <Text size="xs" c="orange">unsaved changes</Text>}
        <Button size="xs" ml="auto" disabled={draft === text} onClick={() => save(draft)}>Save JSON</Button>
        <Button size="xs" variant="default" disabled={draft === text} onClick={() => setDraft(text)}>Revert</Button>
      </Group>
      <Textarea ref={area} aria-label="model JSON" value={draft} autosize minRows={20} maxRows={40} spellCheck={false}
        styles={{ input: { fontFamily: "ui-monospace, Menlo, Consolas, monospace", fontSize: 12 } }}
        onChange={(e) => setDraft(e.currentTarget.value)} />
    </Stack>
  );
}
