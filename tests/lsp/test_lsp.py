"""`torquec lsp` end to end: a real LSP client (pytest-lsp) starts the server as
a subprocess and speaks the protocol with it over stdio."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from torquec.driver import analyze

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = (ROOT / "sample" / "customer-order.json").read_text(encoding="utf-8")
CASES = ROOT / "tests" / "diagnostics" / "cases"

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "torquec", "lsp"],
        server_env={**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")},
    ),
)
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(lsp.InitializeParams(capabilities=lsp.ClientCapabilities(), root_uri=ROOT.as_uri()))
    yield
    await lsp_client.shutdown_session()


_counter = iter(range(1000))


async def open_doc(client: LanguageClient, text: str, wait: bool = True) -> str:
    uri = f"file:///tmp/torquec-lsp-test-{next(_counter)}.json"
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        text_document=lsp.TextDocumentItem(uri=uri, language_id="json", version=1, text=text)))
    if wait:
        await wait_for_diagnostics(client, uri)
    return uri


async def wait_for_diagnostics(client: LanguageClient, uri: str) -> list[lsp.Diagnostic]:
    while True:
        params = await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri:
            return params.diagnostics


def pos(text: str, needle: str, delta: int = 0, nth: int = 0) -> lsp.Position:
    """Position of the ``nth`` occurrence of ``needle`` plus ``delta`` characters."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    offset = at + delta
    line = text.count("\n", 0, offset)
    return lsp.Position(line=line, character=offset - (text.rfind("\n", 0, offset) + 1))


def apply_edits(text: str, edits: list[lsp.TextEdit]) -> str:
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)

    def off(p: lsp.Position) -> int:
        return starts[p.line] + p.character

    for e in sorted(edits, key=lambda e: off(e.range.start), reverse=True):
        text = text[: off(e.range.start)] + e.new_text + text[off(e.range.end):]
    return text


async def completion_labels(client, uri, position) -> list[str]:
    result = await client.text_document_completion_async(lsp.CompletionParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=position))
    items = result.items if isinstance(result, lsp.CompletionList) else result
    return [i.label for i in items]


# --------------------------------------------------------------------------- diagnostics


async def test_diagnostics_on_open_have_codes_positions_hints_and_fixes(client):
    text = (CASES / "keep_going_schema_and_names.json").read_text(encoding="utf-8")
    uri = await open_doc(client, text, wait=False)
    diags = await wait_for_diagnostics(client, uri)
    assert [d.code for d in diags] == ["E104", "E402", "E702"]
    e402 = diags[1]
    assert e402.range.start == pos(text, '"Autor"')
    assert "help: did you mean `Author`?" in e402.message
    assert e402.source == "torquec" and e402.severity == lsp.DiagnosticSeverity.Error

    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), range=e402.range,
        context=lsp.CodeActionContext(diagnostics=[e402])))
    assert [a.title for a in actions] == ['Replace with "Author"']
    fixed = apply_edits(text, actions[0].edit.changes[uri])
    assert '"to": "Author"' in fixed
    assert "E402" not in [d.code for d in analyze("m.json", text=fixed).diagnostics]


async def test_diagnostics_while_typing_without_saving(client):
    uri = await open_doc(client, SAMPLE)
    assert list(client.diagnostics[uri]) == []
    start = pos(SAMPLE, '"target": "Customer"', len('"target": "'))
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[lsp.TextDocumentContentChangePartial(
            range=lsp.Range(start=start, end=lsp.Position(line=start.line, character=start.character + 8)),
            text="Custmer")]))
    diags = await wait_for_diagnostics(client, uri)
    assert diags[0].code == "E301" and diags[0].range.start.line == start.line


async def test_related_positions_of_notes(client):
    text = (CASES / "names_duplicate_entity.json").read_text(encoding="utf-8")
    uri = await open_doc(client, text, wait=False)
    diags = await wait_for_diagnostics(client, uri)
    with_notes = [d for d in diags if d.related_information]
    assert with_notes, [d.message for d in diags]
    assert with_notes[0].related_information[0].location.uri == uri


# --------------------------------------------------------------------------- completion


async def test_completion_knows_the_model(client):
    uri = await open_doc(client, SAMPLE)
    entities = ["Customer", "Order"]
    # relationship `to`, reference `target`, grid `entity`
    assert await completion_labels(client, uri, pos(SAMPLE, '"to": "Order"', 8)) == entities
    assert await completion_labels(client, uri, pos(SAMPLE, '"target": "Customer"', 12)) == entities
    assert await completion_labels(client, uri, pos(SAMPLE, '"entity": "Customer"', 12, nth=1)) == entities
    # grid columns: the grid entity's fields (and system fields)
    labels = await completion_labels(client, uri, pos(SAMPLE, '"columns": ["name"', 13))
    assert {"name", "email", "customerType", "creditLimit", "createdAt"} <= set(labels) and "orderNumber" not in labels
    # sort key of the entity
    labels = await completion_labels(client, uri, pos(SAMPLE, '"defaultSort": { "field": "name"', 28))
    assert "customerType" in labels and "orderNumber" not in labels
    # flow edges: node ids of that flow
    labels = await completion_labels(client, uri, pos(SAMPLE, '"from": "start"', 10))
    assert "loadCustomer" in labels and "setShippedAt" not in labels
    # node types
    labels = await completion_labels(client, uri, pos(SAMPLE, '"type": "entityRead"', 10))
    assert {"start", "end", "javascript", "entityRead", "entityWrite", "httpRequest"} <= set(labels)
    # field types and widget kinds
    assert "decimal" in await completion_labels(client, uri, pos(SAMPLE, '"type": "string"', 10))
    assert "select" in await completion_labels(client, uri, pos(SAMPLE, '"widget": "select"', 12))


async def test_completion_of_keys_and_sample_values(client):
    uri = await open_doc(client, SAMPLE)
    # node config keys: inside an entityRead node, after `{`
    node_at = SAMPLE.index('"type": "entityRead"')
    brace = SAMPLE.rindex("{", 0, node_at)
    labels = await completion_labels(client, uri, _position(SAMPLE, brace + 1))
    assert {"filters", "limit", "description"} <= set(labels)
    assert "type" not in labels and "recordId" not in labels  # already there
    assert "code" not in labels  # a javascript node's key
    # sample data: an enum field's values
    sample_at = SAMPLE.index('"sampleData"')
    at = SAMPLE.index('"customerType": "', sample_at) + len('"customerType": "') + 1
    labels = await completion_labels(client, uri, _position(SAMPLE, at))
    assert labels == ["Individual", "Business", "Premium", "Enterprise"]


def _position(text: str, offset: int) -> lsp.Position:
    return lsp.Position(line=text.count("\n", 0, offset), character=offset - (text.rfind("\n", 0, offset) + 1))


async def test_completion_while_the_json_is_incomplete(client):
    # An unterminated string in a relationship end: the text does not parse.
    broken = SAMPLE.replace('"to": "Order"', '"to": "Or', 1)
    uri = await open_doc(client, broken)
    labels = await completion_labels(client, uri, pos(broken, '"to": "Or', 9))
    assert labels == ["Customer", "Order"]
    # a sample-data record key being typed: the entity's fields not yet in the record
    rec = SAMPLE.index('"name": "', SAMPLE.index('"Customer": [', SAMPLE.index('"sampleData"')))
    text2 = SAMPLE[:rec] + '"cre' + SAMPLE[rec:]
    uri2 = await open_doc(client, text2)
    labels = await completion_labels(client, uri2, _position(text2, rec + 4))
    assert labels == ["company", "notes"]  # the fields this record does not set yet


# --------------------------------------------------------------------------- navigation


async def test_hover_shows_the_target_definition_and_the_schema_description(client):
    uri = await open_doc(client, SAMPLE)
    result = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=pos(SAMPLE, '"target": "Customer"', 13)))
    value = result.contents.value
    assert "**entity `Customer`**" in value and "`creditLimit`: `decimal`" in value
    assert "points to" in value  # the schema's description of `target`
    result = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=pos(SAMPLE, '"pageSize"', 3)))
    assert result is not None and result.contents.value


async def test_definition_and_references(client):
    uri = await open_doc(client, SAMPLE)
    doc_id = lsp.TextDocumentIdentifier(uri=uri)
    # entity: from a reference target to the definition
    locs = await client.text_document_definition_async(lsp.DefinitionParams(
        text_document=doc_id, position=pos(SAMPLE, '"target": "Customer"', 13)))
    assert [loc.range.start for loc in locs] == [pos(SAMPLE, '"name": "Customer"', 8)]
    # field: references from a grid column include the definition, ui, columns, form fields, sample keys
    refs = await client.text_document_references_async(lsp.ReferenceParams(
        text_document=doc_id, position=pos(SAMPLE, '"columns": ["name"', 14),
        context=lsp.ReferenceContext(include_declaration=True)))
    assert len(refs) >= 8 and refs[0].range.start == pos(SAMPLE, '"name": "name"', 8)
    # flow node: edges
    refs = await client.text_document_references_async(lsp.ReferenceParams(
        text_document=doc_id, position=pos(SAMPLE, '"id": "loadCustomer"', 8),
        context=lsp.ReferenceContext(include_declaration=False)))
    assert len(refs) == 2
    # page: from a navigate action
    locs = await client.text_document_definition_async(lsp.DefinitionParams(
        text_document=doc_id, position=pos(SAMPLE, '"page": "customers"', 10)))
    assert locs[0].range.start == pos(SAMPLE, '"name": "customers"', 8)
    # flow: from a role's flow list
    locs = await client.text_document_definition_async(lsp.DefinitionParams(
        text_document=doc_id, position=pos(SAMPLE, '"validateOrder"', 2, nth=1)))
    assert locs[0].range.start == pos(SAMPLE, '"validateOrder"')


@pytest.mark.parametrize("needle,delta,new_name,gone", [
    ('"name": "customerType"', 9, "segment", '"customerType"'),
    ('"name": "Customer"', 9, "Client", '"target": "Customer"'),
])
async def test_rename_edits_every_reference_and_keeps_ids(client, needle, delta, new_name, gone):
    uri = await open_doc(client, SAMPLE)
    doc_id = lsp.TextDocumentIdentifier(uri=uri)
    rng = await client.text_document_prepare_rename_async(lsp.PrepareRenameParams(
        text_document=doc_id, position=pos(SAMPLE, needle, delta)))
    assert rng is not None
    edit = await client.text_document_rename_async(lsp.RenameParams(
        text_document=doc_id, position=pos(SAMPLE, needle, delta), new_name=new_name))
    renamed = apply_edits(SAMPLE, edit.changes[uri])
    assert gone not in renamed
    result = analyze("renamed.json", text=renamed)
    assert result.ok, [d.message for d in result.diagnostics]
    ids = lambda t: sorted(e["id"] for e in json.loads(t)["entities"])  # noqa: E731
    assert ids(renamed) == ids(SAMPLE)


# Order's name from a template: `{orderNumber}` twice, `{customerId}` once.
TEMPLATED = SAMPLE.replace('"displayField": "orderNumber",',
                           '"displayTemplate": "Order {orderNumber} of {customerId} ({orderNumber})",', 1)


async def test_rename_follows_display_template_placeholders(client):
    """Renaming a field (from its definition or from a `{field}` placeholder) renames the placeholders
    of its entity's `ui.displayTemplate` too, so the model does not fail with E307 afterwards."""
    assert TEMPLATED != SAMPLE and analyze("templated.json", text=TEMPLATED).ok
    uri = await open_doc(client, TEMPLATED)
    doc_id = lsp.TextDocumentIdentifier(uri=uri)
    for position in (pos(TEMPLATED, '"name": "orderNumber"', 9), pos(TEMPLATED, "({orderNumber})", 3)):
        edit = await client.text_document_rename_async(lsp.RenameParams(
            text_document=doc_id, position=position, new_name="reference"))
        renamed = apply_edits(TEMPLATED, edit.changes[uri])
        assert '"displayTemplate": "Order {reference} of {customerId} ({reference})"' in renamed
        assert "orderNumber" not in renamed
        result = analyze("renamed.json", text=renamed)
        assert result.ok, [d.message for d in result.diagnostics]
    # prepare rename on a placeholder: the name inside the braces
    rng = await client.text_document_prepare_rename_async(lsp.PrepareRenameParams(
        text_document=doc_id, position=pos(TEMPLATED, "{customerId}", 2)))
    assert (rng.start, rng.end) == (pos(TEMPLATED, "{customerId}", 1), pos(TEMPLATED, "{customerId}", 11))
    # go to definition from a placeholder; references of the field include both placeholders
    locs = await client.text_document_definition_async(lsp.DefinitionParams(
        text_document=doc_id, position=pos(TEMPLATED, "{customerId}", 3)))
    assert [loc.range.start for loc in locs] == [pos(TEMPLATED, '"name": "customerId"', 8)]
    refs = await client.text_document_references_async(lsp.ReferenceParams(
        text_document=doc_id, position=pos(TEMPLATED, '"name": "orderNumber"', 9),
        context=lsp.ReferenceContext(include_declaration=False)))
    starts = [r.range.start for r in refs]
    assert pos(TEMPLATED, "{orderNumber}", 1) in starts and pos(TEMPLATED, "{orderNumber}", 1, nth=1) in starts
    # a field of another entity with the same name is not touched: Customer's `name` is not in the template
    edit = await client.text_document_rename_async(lsp.RenameParams(
        text_document=doc_id, position=pos(TEMPLATED, '"name": "name"', 9), new_name="fullName"))
    assert "{orderNumber}" in apply_edits(TEMPLATED, edit.changes[uri])


async def test_node_ids_are_not_renamed(client):
    uri = await open_doc(client, SAMPLE)
    rng = await client.text_document_prepare_rename_async(lsp.PrepareRenameParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=pos(SAMPLE, '"id": "loadCustomer"', 8)))
    assert rng is None


async def test_a_renamed_field_is_named_in_the_hints_of_its_old_uses(client):
    # The last version that compiled is the "last good build": after renaming
    # `customerType` to `segment` at its definition only, the columns and
    # sample records that still say `customerType` are told the new name.
    uri = await open_doc(client, SAMPLE)
    at = pos(SAMPLE, '"name": "customerType"', 9)
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[lsp.TextDocumentContentChangePartial(
            range=lsp.Range(start=at, end=lsp.Position(line=at.line, character=at.character + len("customerType"))),
            text="segment")]))
    diags = await wait_for_diagnostics(client, uri)
    stale = [d for d in diags if d.code in ("E702", "E802")]
    assert stale and all("did you mean `segment`? (`customerType` was renamed" in d.message for d in stale)
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), range=stale[0].range,
        context=lsp.CodeActionContext(diagnostics=[stale[0]])))
    assert [a.title for a in actions] == ['Replace with "segment"']


async def test_quick_fix_removes_a_trailing_comma(client):
    text = SAMPLE.replace('"dir": "asc" }', '"dir": "asc", }', 1)
    uri = await open_doc(client, text, wait=False)
    (diag,) = await wait_for_diagnostics(client, uri)
    assert diag.code == "E001"
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), range=diag.range,
        context=lsp.CodeActionContext(diagnostics=[diag])))
    assert [a.title for a in actions] == ["Remove `,`"]
    assert apply_edits(text, actions[0].edit.changes[uri]) == SAMPLE


async def test_completion_of_a_new_list_item(client):
    # `"columns": ["name", |]`: the grid entity's fields, inserted as strings
    text = SAMPLE.replace('"columns": ["name"', '"columns": [ "name"', 1)
    uri = await open_doc(client, text)
    at = pos(text, '"columns": [ "name"', len('"columns": ['))
    result = await client.text_document_completion_async(lsp.CompletionParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=at))
    by_label = {i.label: i for i in result.items}
    columns = json.loads(text)["layouts"][0]["components"][5]["columns"]
    assert columns[0] == "name" and not set(columns) & set(by_label)  # only fields not listed yet
    assert "phone" in by_label and by_label["phone"].text_edit.new_text == '"phone", '
    fixed = apply_edits(text, [by_label["phone"].text_edit])
    assert '"columns": ["phone",  "name"' in fixed and analyze("m.json", text=fixed).ok
