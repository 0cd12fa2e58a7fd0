"""What the front-end of `torquec watch` reads at run time instead of its bundle.

In watch mode the browser fetches this document from ``/__torque/app.json``
after every rebuild (the ``app-updated`` event) and re-renders from it: pages
(their component trees), entity and field metadata (labels, columns, form
fields, enum labels), flows and the navigation. So a label, a column or a page
edit is visible as soon as the model is rebuilt, without waiting for `vite
build` and without reloading the page. The data is exactly what the static
bundle compiles in (``generate.ts_entity_meta``, ``generate.page_nodes``...),
so the live page and the built one cannot differ. Production builds don't use
it: `build`/`serve` keep the static bundle. The front-end reads it through
``templates/web/src/torque/livespec.ts``, as does Torque Studio's page canvas
(the app's own components with the served entities' metadata).
"""

from __future__ import annotations

from torquec.ir.nodes import Model

from . import icons
from .generate import page_icon, page_nodes, ts_entity_meta, ts_flow_meta

#: Bumped when the document's shape changes (the front-end reloads on a format it does not know).
LIVE_FORMAT = 1


def live_spec(model: Model) -> dict:
    entities = {}
    for e in model.entities:
        meta = ts_entity_meta(e)
        # model.ts spreads the system fields in; the front-end adds them itself.
        meta["fields"] = {k: v for k, v in meta["fields"].items() if isinstance(k, str)}
        entities[e.name] = meta
    app: dict = {"name": model.name, "title": model.title or model.name, "version": model.version}
    if model.description:
        app["description"] = model.description
    app["auth"] = bool(model.auth and model.auth.roles)
    pages = []
    for lay in model.layouts:
        page: dict = {"name": lay.name, "route": lay.route, "title": lay.title}
        if lay.description:
            page["description"] = lay.description
        icon = page_icon(model, lay)  # the component's name, e.g. "IconCheckbox"
        if icon != icons.FALLBACK:  # the shell's own default: every bundle has it
            page["icon"] = icon
        page["inNav"] = ":" not in lay.route
        page["nodes"] = page_nodes(lay)
        pages.append(page)
    return {
        "format": LIVE_FORMAT,
        "app": app,
        "entities": entities,
        "flows": {f.name: ts_flow_meta(f) for f in model.flows},
        "pages": pages,
    }
