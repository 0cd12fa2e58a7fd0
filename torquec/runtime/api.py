"""The JSON-RPC method table of a generated app (names and params as in the brief).

Every method is a thin adapter: check the params' shape, call the service
layer (``torquec.runtime.service``) with the caller's principal, return the
result. The same table serves ``POST /rpc`` and, through
``Dispatcher.call(method, params, CallContext(...))``, other surfaces.

Errors in ``data.errors`` name the failing ``field``: a model field name for
record data (``email``; bulk items add ``index``), otherwise the param path
(``filters.0.op``, ``pageSize``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .auth import SYSTEM, Authenticator, Principal
from .errors import InvalidParams
from .jsonrpc import MethodSpec
from .query import MAX_PAGE_SIZE, OPS
from .service import MAX_BULK, DataService
from . import data_export, links, preview, views

PROTOCOL_VERSION = "2.0"


@dataclass(slots=True)
class CallContext:
    """What a method knows about its caller. ``principal`` is set by authentication."""

    token: str | None = None
    principal: Principal | None = None
    transport: str = "http"
    request: Any = None


def _shape(params: dict, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> None:
    errors = []
    for k in params:
        if k not in allowed:
            errors.append({"field": str(k)[:100], "rule": "unknown", "message": f"unknown parameter; expected {', '.join(allowed) or 'none'}"})
    for k in required:
        if k not in params:
            errors.append({"field": k, "rule": "required", "message": "is required"})
    if errors:
        raise InvalidParams(errors=errors)


def build_methods(svc: DataService, auth: Authenticator, *, openrpc: Callable[[], dict], features: dict,
                  method_names: Callable[[], list[str]]) -> dict[str, MethodSpec]:
    def P(ctx: CallContext) -> Principal:
        return ctx.principal or SYSTEM

    def get_capabilities(params: dict, ctx: CallContext) -> dict:
        _shape(params, ())
        return {
            "protocolVersion": PROTOCOL_VERSION,
            "app": {"name": svc.spec.name, "title": svc.spec.title, "version": svc.spec.meta.get("version")},
            "methods": method_names(),
            "features": features,
        }

    def get_model_metadata(params: dict, ctx: CallContext) -> dict:
        _shape(params, ())
        return views.model_metadata(svc, P(ctx))

    def load_page(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("page",), ("page",))
        return views.load_page(svc, P(ctx), params["page"])

    def get_form_definition(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "mode", "id"), ("entity", "mode"))
        return views.form_definition(svc, P(ctx), params["entity"], params["mode"], params.get("id"))

    def load_entity_data(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "page", "pageSize", "sort", "filters", "search", "include", "after"), ("entity",))
        rest = {k: v for k, v in params.items() if k != "entity"}
        return svc.list(params["entity"], rest, principal=P(ctx))

    def get_entity(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "id", "include"), ("entity", "id"))
        return svc.get(params["entity"], params["id"], include=params.get("include"), principal=P(ctx))

    def create_entity(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "data"), ("entity", "data"))
        return svc.create(params["entity"], params["data"], principal=P(ctx))

    def update_entity(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "id", "data", "expectedVersion"), ("entity", "id", "data"))
        return svc.update(params["entity"], params["id"], params["data"], expected_version=params.get("expectedVersion"), principal=P(ctx))

    def preview_entity(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "data", "id"), ("entity", "data"))
        return preview.preview(svc, P(ctx), params["entity"], params["data"], params.get("id"))

    def delete_entity(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "id", "expectedVersion"), ("entity", "id"))
        return svc.delete(params["entity"], params["id"], expected_version=params.get("expectedVersion"), principal=P(ctx))

    def bulk_create(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "items"), ("entity", "items"))
        return {"items": svc.bulk_create(params["entity"], params["items"], principal=P(ctx))}

    def bulk_update(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "items"), ("entity", "items"))
        return {"items": svc.bulk_update(params["entity"], params["items"], principal=P(ctx))}

    def bulk_delete(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "items"), ("entity", "items"))
        return svc.bulk_delete(params["entity"], params["items"], principal=P(ctx))

    def get_related(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "id", "relationship", "page", "pageSize", "sort", "filters", "search", "include"), ("entity", "id", "relationship"))
        rest = {k: v for k, v in params.items() if k not in ("entity", "id", "relationship")}
        return svc.related(params["entity"], params["id"], params["relationship"], rest, principal=P(ctx))

    def change_links(mode: str) -> Callable[[dict, CallContext], dict]:
        def method(params: dict, ctx: CallContext) -> dict:
            _shape(params, ("entity", "id", "relationship", "ids", "expectedVersion"), ("entity", "id", "relationship", "ids"))
            return links.change(svc, params["entity"], params["id"], params["relationship"], params["ids"], mode=mode,
                                expected_version=params.get("expectedVersion"), principal=P(ctx))
        return method

    def export_entity_data(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "format"), ("entity",))
        return data_export.rpc_export(svc, P(ctx), params["entity"], params.get("format", "ndjson"))

    def import_entity_data(params: dict, ctx: CallContext) -> dict:
        _shape(params, ("entity", "format", "content", "skipInvalid"), ("entity", "format", "content"))
        return data_export.rpc_import(svc, P(ctx), params["entity"], params["format"], params["content"], params.get("skipInvalid", False))

    per_role: dict[str | None, dict] = {}

    def discover(params: dict, ctx: CallContext) -> dict:
        _shape(params, ())
        p = P(ctx)
        doc = per_role.get(p.role)
        if doc is None:  # the document and the roles are fixed for the app's lifetime
            doc = per_role[p.role] = views.openrpc_document(svc, p, openrpc())
        return doc

    db = dict(needs_auth=True, in_thread=True)
    return {
        "getCapabilities": MethodSpec(get_capabilities, description="Methods, protocol version, features"),
        "getModelMetadata": MethodSpec(get_model_metadata, **db),
        "loadPage": MethodSpec(load_page, needs_auth=True),
        "getFormDefinition": MethodSpec(get_form_definition, **db),
        "loadEntityData": MethodSpec(load_entity_data, **db),
        "getEntity": MethodSpec(get_entity, **db),
        "createEntity": MethodSpec(create_entity, **db),
        "updateEntity": MethodSpec(update_entity, **db),
        "previewEntity": MethodSpec(preview_entity, **db),
        "deleteEntity": MethodSpec(delete_entity, **db),
        "bulkCreate": MethodSpec(bulk_create, **db),
        "bulkUpdate": MethodSpec(bulk_update, **db),
        "bulkDelete": MethodSpec(bulk_delete, **db),
        "getRelated": MethodSpec(get_related, **db),
        "addLinks": MethodSpec(change_links("add"), **db),
        "removeLinks": MethodSpec(change_links("remove"), **db),
        "exportEntityData": MethodSpec(export_entity_data, **db),
        "importEntityData": MethodSpec(import_entity_data, **db),
        "rpc.discover": MethodSpec(discover, needs_auth=True),
    }


def default_features(svc: DataService, auth: Authenticator, max_body: int, max_batch: int) -> dict:
    return {
        "auth": auth.enabled,
        "dialect": svc.dialect,
        "filterOps": list(OPS),
        "maxPageSize": MAX_PAGE_SIZE,
        "maxBulkItems": MAX_BULK,
        "maxBatchSize": max_batch,
        "maxBodyBytes": max_body,
        "websocket": "/ws",
        "manyToManyLinks": "data.<relationshipName>: [ids] on createEntity/updateEntity (replaces the links); "
                           "addLinks/removeLinks {entity, id, relationship, ids} change some",
        "optimisticConcurrency": "updateEntity/deleteEntity expectedVersion",
    }
