"""``torquec lsp``: a Language Server for model files, over stdio (pygls).

Two kinds of work, kept apart so answers stay fast on large models:

* requests (completion, hover, definition, references, rename, code actions)
  use a ``ModelDocument`` of the current text, built once per version:
  ``json.loads``, names from the parsed data, positions from the compiler's
  source map (targeted walks right after an edit, the full map once the
  background work has built it);
* diagnostics run the compiler's front end (``torquec.driver.analyze``) in a
  worker thread, debounced after changes, and are published only if the
  document has not changed meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from urllib.parse import unquote, urlparse

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer

from torquec import __version__
from torquec.diagnostics import Diagnostic, _resolve, replacement_span, replacement_text
from torquec.lsp import completion, navigation
from torquec.lsp.document import ModelDocument

log = logging.getLogger("torquec.lsp")

DEBOUNCE_SECONDS = 0.15
FULL_COLLECTION_EVERY = 50  # analyses
_NOTE_POINTER_SUFFIX = " at /"


class TorqueLanguageServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("torquec", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.documents: dict[str, ModelDocument] = {}
        self.published: dict[str, list[lsp.Diagnostic]] = {}
        self.last_good: dict[str, dict] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.analyses = 0

    def document(self, uri: str) -> ModelDocument:
        """The analysed document for the client's current text (cached per version)."""
        td = self.workspace.get_text_document(uri)
        cached = self.documents.get(uri)
        if cached is not None and cached.version == td.version and cached.text == td.source:
            return cached
        with _collector_paused():
            doc = ModelDocument(uri, td.source, td.version)
        self.documents[uri] = doc
        if cached is not None:
            cached.release()
        return doc

    def schedule_diagnostics(self, uri: str, delay: float) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.pending[uri] = asyncio.ensure_future(self._diagnose(uri, delay))

    async def _diagnose(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        doc = self.document(uri)
        diags = await asyncio.to_thread(self._analyse, doc)
        current = self.workspace.get_text_document(uri)
        if current.version != doc.version:
            return  # superseded; the newer change has scheduled its own run
        self.published[uri] = diags
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diags, version=doc.version))
        # What is alive now (the compiler, the documents and their indexes) stays
        # until the next edit and is freed by reference counting (no cycles):
        # keep full collections from walking it, which added 100-200 ms to the
        # first request after an edit of the 200-entity model. Now and then,
        # after publishing (the editor has what it needs), collect for real so
        # cyclic garbage (e.g. cancelled tasks' tracebacks) is not kept forever.
        self.analyses += 1
        if self.analyses % FULL_COLLECTION_EVERY == 0:
            gc.unfreeze()
            gc.collect()
        gc.freeze()

    def _analyse(self, doc: ModelDocument) -> list[lsp.Diagnostic]:
        try:
            return self._analyse_unguarded(doc)
        except Exception:  # noqa: BLE001 - a compiler bug must not leave the editor with stale squiggles
            log.exception("internal error while checking %s", doc.uri)
            return [lsp.Diagnostic(
                range=lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=0, character=1)),
                message="torquec: internal compiler error while checking this file (a bug; the traceback is in the server log)",
                severity=lsp.DiagnosticSeverity.Error, source="torquec")]

    def _analyse_unguarded(self, doc: ModelDocument) -> list[lsp.Diagnostic]:
        from torquec.driver import analyze

        if doc.data is not None:
            # Warm what requests after an edit use: the reference index and the
            # full pointer map (dict lookups instead of targeted walks).
            doc.symbols.refs
            doc.sourcemap
        result = analyze(uri_to_path(doc.uri), text=doc.text, previous=self.last_good.get(doc.uri))
        if result.ok and doc.data is not None:
            self.last_good[doc.uri] = doc.data
        if result.source is not None:
            result.source.__dict__.pop("sourcemap", None)  # source ↔ map cycle (see ModelDocument.release)
        return [to_lsp_diagnostic(d, doc) for d in result.diagnostics]


@contextlib.contextmanager
def _collector_paused():
    """A document is a large acyclic tree (parsed JSON): building it must not
    trigger collections that walk everything alive, and once built it is frozen."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.freeze()


def uri_to_path(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def to_lsp_diagnostic(d: Diagnostic, doc: ModelDocument) -> lsp.Diagnostic:
    line, col, length = _resolve(d, doc.source)
    if line is None:
        start = end = 0
    else:
        start = doc.source._line_starts[line - 1] + (col or 1) - 1
        end = min(len(doc.text), start + max(1, length))
    related = []
    for note in d.notes:
        idx = note.rfind(_NOTE_POINTER_SUFFIX)
        span = doc.span_of(note[idx + 4:]) if idx != -1 else None
        if span is not None:
            related.append(lsp.DiagnosticRelatedInformation(
                location=lsp.Location(uri=doc.uri, range=doc.range_of(span[0], span[1])), message=note[:idx]))
    message = d.message + (f"\nhelp: {d.hint}" if d.hint else "")
    message += "".join(f"\nnote: {n}" for n in d.notes if not related)
    data = {"pointer": d.pointer}
    fix = replacement_span(d, doc.source)
    if fix is not None:
        rng = doc.range_of(*fix)
        data["replacement"] = replacement_text(d)
        data["range"] = {"start": {"line": rng.start.line, "character": rng.start.character},
                         "end": {"line": rng.end.line, "character": rng.end.character}}
    return lsp.Diagnostic(
        range=doc.range_of(start, end),
        message=message,
        severity=lsp.DiagnosticSeverity.Error if d.is_error else lsp.DiagnosticSeverity.Warning,
        code=d.code,
        source="torquec",
        related_information=related or None,
        data=data,
    )


server = TorqueLanguageServer()


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: TorqueLanguageServer, params: lsp.DidOpenTextDocumentParams) -> None:
    ls.schedule_diagnostics(params.text_document.uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: TorqueLanguageServer, params: lsp.DidChangeTextDocumentParams) -> None:
    ls.schedule_diagnostics(params.text_document.uri, DEBOUNCE_SECONDS)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: TorqueLanguageServer, params: lsp.DidSaveTextDocumentParams) -> None:
    ls.schedule_diagnostics(params.text_document.uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
async def did_close(ls: TorqueLanguageServer, params: lsp.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    task = ls.pending.pop(uri, None)
    if task is not None:
        task.cancel()
    ls.documents.pop(uri, None)
    ls.published.pop(uri, None)
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def _doc_offset(ls: TorqueLanguageServer, params) -> tuple[ModelDocument, int]:
    doc = ls.document(params.text_document.uri)
    return doc, doc.offset_at(params.position)


@server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=['"', ":"]))
def on_completion(ls: TorqueLanguageServer, params: lsp.CompletionParams) -> lsp.CompletionList:
    doc, offset = _doc_offset(ls, params)
    return lsp.CompletionList(is_incomplete=False, items=completion.complete(doc, offset))


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def on_hover(ls: TorqueLanguageServer, params: lsp.HoverParams) -> lsp.Hover | None:
    doc, offset = _doc_offset(ls, params)
    return navigation.hover(doc, offset)


@server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
def on_definition(ls: TorqueLanguageServer, params: lsp.DefinitionParams) -> list[lsp.Location]:
    doc, offset = _doc_offset(ls, params)
    return navigation.definition(doc, offset)


@server.feature(lsp.TEXT_DOCUMENT_REFERENCES)
def on_references(ls: TorqueLanguageServer, params: lsp.ReferenceParams) -> list[lsp.Location]:
    doc, offset = _doc_offset(ls, params)
    return navigation.references(doc, offset, params.context.include_declaration)


@server.feature(lsp.TEXT_DOCUMENT_PREPARE_RENAME)
def on_prepare_rename(ls: TorqueLanguageServer, params: lsp.PrepareRenameParams) -> lsp.Range | None:
    doc, offset = _doc_offset(ls, params)
    return navigation.prepare_rename(doc, offset)


@server.feature(lsp.TEXT_DOCUMENT_RENAME)
def on_rename(ls: TorqueLanguageServer, params: lsp.RenameParams) -> lsp.WorkspaceEdit | None:
    doc, offset = _doc_offset(ls, params)
    return navigation.rename(doc, offset, params.new_name)


@server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
def on_code_action(ls: TorqueLanguageServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    uri = params.text_document.uri
    doc = ls.document(uri)
    # Our own last published diagnostics in the range: clients do not all send `data` back.
    r = params.range
    mine = [d for d in ls.published.get(uri, []) if _overlaps(d.range, r)]
    return navigation.code_actions(doc, mine)


def _overlaps(a: lsp.Range, b: lsp.Range) -> bool:
    def key(p: lsp.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    server.start_io()
