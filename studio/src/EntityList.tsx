// The navbar's entity list, virtualised: only the rows in view are rendered, so a model with
// hundreds of entities opens and scrolls as fast as a small one (bench/bench_studio.py).
import { Badge, NavLink } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";

interface Props {
  names: string[];
  active: number | null;
  problems: (index: number) => number;
  open: (index: number) => void;
}

const ROW = 36;

export function EntityList({ names, active, problems, open }: Props) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const rows = useVirtualizer({ count: names.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 8 });
  return (
    <div ref={scroller} aria-label="entity list" style={{ maxHeight: "45vh", overflowY: "auto" }}>
      <div style={{ height: rows.getTotalSize(), position: "relative" }}>
        {rows.getVirtualItems().map((row) => {
          const name = names[row.index] ?? "?";
          const n = problems(row.index);
          return (
            <div key={row.key} style={{ position: "absolute", top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${row.start}px)` }}>
              <NavLink label={name} aria-label={`open entity ${name}`} active={active === row.index} onClick={() => open(row.index)}
                rightSection={n ? <Badge size="xs" color="red" aria-label={`${name} has problems`}>{n}</Badge> : null} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
