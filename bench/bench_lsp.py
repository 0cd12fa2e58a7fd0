"""`torquec lsp` response times, from a real LSP client over stdio.

Starts the server as a subprocess (as an editor does), opens the sample model
and the synthetic 200-entity model, and times each request kind (median of
N runs, milliseconds): completion, hover, definition, references, rename,
code action; "completion after edit" sends a change first, so the server
re-reads the new text before answering; "diagnostics after edit" is the time
from a change to the published diagnostics (includes the 150 ms debounce).

    PYTHONPATH=. python bench/bench_lsp.py [N]

Targets (issue 14): ≤ 50 ms on the sample, ≤ 200 ms on the synthetic model.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from synthetic_model import make_model  # noqa: E402


def position(text: str, needle: str, delta: int) -> lsp.Position:
    offset = text.index(needle) + delta
    return lsp.Position(line=text.count("\n", 0, offset), character=offset - (text.rfind("\n", 0, offset) + 1))


# (request kind, needle, delta into it) per model
PLACES = {
    "sample": {
        "completion": ('"to": "Order"', 8),
        "hover": ('"target": "Customer"', 13),
        "definition": ('"target": "Customer"', 13),
        "references": ('"columns": ["name"', 14),
        "rename": ('"name": "customerType"', 9),
        "codeAction": ('"target": "Customer"', 13),
    },
    "synthetic": {
        "completion": ('"to": "Thing001"', 8),
        "hover": ('"to": "Thing001"', 8),
        "definition": ('"to": "Thing001"', 8),
        "references": ('"name": "field01"', 9),
        "rename": ('"name": "Thing000"', 9),
        "codeAction": ('"to": "Thing001"', 8),
    },
}


class Bench:
    def __init__(self) -> None:
        self.client = LanguageClient("torquec-bench", "1")
        self.diagnostics: dict[str, asyncio.Future] = {}

        @self.client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _published(params: lsp.PublishDiagnosticsParams) -> None:
            fut = self.diagnostics.get(params.uri)
            if fut is not None and not fut.done():
                fut.set_result(params.diagnostics)

    def expect_diagnostics(self, uri: str) -> asyncio.Future:
        fut = asyncio.get_running_loop().create_future()
        self.diagnostics[uri] = fut
        return fut

    async def request(self, kind: str, uri: str, pos: lsp.Position):
        doc = lsp.TextDocumentIdentifier(uri=uri)
        c = self.client
        if kind == "completion":
            return await c.text_document_completion_async(lsp.CompletionParams(text_document=doc, position=pos))
        if kind == "hover":
            return await c.text_document_hover_async(lsp.HoverParams(text_document=doc, position=pos))
        if kind == "definition":
            return await c.text_document_definition_async(lsp.DefinitionParams(text_document=doc, position=pos))
        if kind == "references":
            return await c.text_document_references_async(lsp.ReferenceParams(
                text_document=doc, position=pos, context=lsp.ReferenceContext(include_declaration=True)))
        if kind == "rename":
            return await c.text_document_rename_async(lsp.RenameParams(text_document=doc, position=pos, new_name="renamedName"))
        if kind == "codeAction":
            return await c.text_document_code_action_async(lsp.CodeActionParams(
                text_document=doc, range=lsp.Range(start=pos, end=pos), context=lsp.CodeActionContext(diagnostics=[])))
        raise ValueError(kind)


async def run(n: int) -> None:
    bench = Bench()
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    await bench.client.start_io(sys.executable, *(os.environ["LSP_CMD"].split() if os.environ.get("LSP_CMD") else ["-m", "torquec", "lsp"]), env=env)
    await bench.client.initialize_async(lsp.InitializeParams(capabilities=lsp.ClientCapabilities()))
    bench.client.initialized(lsp.InitializedParams())
    models = {
        "sample": (ROOT / "sample" / "customer-order.json").read_text(encoding="utf-8"),
        "synthetic": json.dumps(make_model(), indent=2) + "\n",
    }
    print(f"torquec lsp, median of {n} (ms)")
    for name, text in models.items():
        uri = (ROOT / f"bench-lsp-{name}.json").as_uri()
        fut = bench.expect_diagnostics(uri)
        t0 = time.perf_counter()
        bench.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id="json", version=1, text=text)))
        await fut
        row = {"open→diagnostics": (time.perf_counter() - t0) * 1000}
        for kind, (needle, delta) in PLACES[name].items():
            pos = position(text, needle, delta)
            times = []
            for _ in range(n):
                t = time.perf_counter()
                await bench.request(kind, uri, pos)
                times.append((time.perf_counter() - t) * 1000)
            row[kind] = statistics.median(times)
        # An edit on line 1 (a space after the first `{`, then removed again; no
        # place asked about is on that line), then at once a request; then the
        # diagnostics of the edited text.
        version = 1
        after_edit, diag_times = [], []
        pos = position(text, *PLACES[name]["completion"])
        for i in range(max(4, n // 4) // 2 * 2):
            version += 1
            fut = bench.expect_diagnostics(uri)
            t = time.perf_counter()
            bench.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[lsp.TextDocumentContentChangePartial(
                    range=lsp.Range(start=lsp.Position(line=0, character=1), end=lsp.Position(line=0, character=1 + i % 2)),
                    text=" " if i % 2 == 0 else "")]))
            await bench.request("completion", uri, pos)
            after_edit.append((time.perf_counter() - t) * 1000)
            await fut
            diag_times.append((time.perf_counter() - t) * 1000)
        row["completion after edit"] = statistics.median(after_edit)
        row["diagnostics after edit"] = statistics.median(diag_times)
        # References need every place: the first one after an edit scans the file.
        refs_after = []
        ref_pos = position(text, *PLACES[name]["references"])
        for i in range(max(4, n // 4) // 2 * 2):
            version += 1
            fut = bench.expect_diagnostics(uri)
            bench.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[lsp.TextDocumentContentChangePartial(
                    range=lsp.Range(start=lsp.Position(line=0, character=1), end=lsp.Position(line=0, character=1 + i % 2)),
                    text=" " if i % 2 == 0 else "")]))
            t = time.perf_counter()
            await bench.request("references", uri, ref_pos)
            refs_after.append((time.perf_counter() - t) * 1000)
            await fut
        row["references after edit"] = statistics.median(refs_after)
        print(f"  {name} ({len(text) // 1024} KiB)")
        for kind, ms in row.items():
            print(f"    {kind:<24} {ms:8.1f}")
        bench.client.text_document_did_close(lsp.DidCloseTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=uri)))
    await bench.client.shutdown_async(None)
    bench.client.exit(None)
    await bench.client.stop()


if __name__ == "__main__":
    asyncio.run(run(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
