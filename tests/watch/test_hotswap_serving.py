"""The dev routes that call into the served app (the Studio's page canvas and Run panel) hold
that app for the length of their call: a rebuild swapping in a new app neither shuts the old one
down nor migrates the database under them. CI saw the canvas's read cancelled by a swap (an
HTTP 500 and a CancelledError traceback) before they did."""

from __future__ import annotations

import asyncio
import copy
import json
import threading

import httpx

from torquec.watch.hotswap import HotSwapApp

from .harness import WatchThread, load, save_like_an_editor, todo_with_roles


class _App:
    """An ASGI app whose lifespan shutdown is recorded."""

    def __init__(self) -> None:
        self.shut_down = False

    async def __call__(self, scope, receive, send) -> None:
        assert scope["type"] == "lifespan"
        while True:
            msg = await receive()
            if msg["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            else:
                self.shut_down = True
                await send({"type": "lifespan.shutdown.complete"})
                return


def test_a_swap_waits_for_a_call_holding_the_served_app():
    async def scenario() -> None:
        hot = HotSwapApp()
        one, two = _App(), _App()
        async with hot.serving() as nothing:
            assert nothing is None  # nothing served yet
        await hot.swap(one, state="one")
        async with hot.serving() as state:
            assert state == "one"
            await hot.swap(two, state="two")
            await asyncio.sleep(0.2)
            assert not one.shut_down  # still in use by this block
            async with hot.serving() as newer:
                assert newer == "two"  # new calls go to the new app at once
        for _ in range(100):
            if one.shut_down:
                break
            await asyncio.sleep(0.01)
        assert one.shut_down and not two.shut_down

        # a migration (held) waits for a call in flight, and later calls wait for the migration
        order: list[str] = []

        async def call() -> None:
            async with hot.serving():
                order.append("call starts")
                await asyncio.sleep(0.2)
                order.append("call ends")

        task = asyncio.create_task(call())
        await asyncio.sleep(0.05)
        async with hot.held():
            order.append("migrating")
            late = asyncio.create_task(call())
            await asyncio.sleep(0.1)
            order.append("migrated")
        await asyncio.gather(task, late)
        assert order == ["call starts", "call ends", "migrating", "migrated", "call starts", "call ends"]
        await hot.close()

    asyncio.run(scenario())


def test_canvas_reads_never_fail_while_the_model_is_edited(tmp_path):
    model_path = todo_with_roles(tmp_path)
    watch = WatchThread(model_path, str(tmp_path / "app")).start(timeout=120)
    failures: list[str] = []
    done = threading.Event()
    calls = 0

    def canvas() -> None:
        nonlocal calls
        body = {"jsonrpc": "2.0", "id": 1, "method": "loadEntityData", "params": {"entity": "Todo", "pageSize": 50}}
        with httpx.Client(base_url=watch.url, headers=watch.dev_headers, timeout=30) as client:
            while not done.is_set():
                r = client.post("/__torque/studio/api/rpc?role=admin", json=body)
                calls += 1
                if r.status_code != 200 or "result" not in r.json():
                    failures.append(f"{r.status_code} {r.text[:300]}")

    reader = threading.Thread(target=canvas, daemon=True)
    try:
        reader.start()
        model = load(model_path)
        for i in range(5):
            model = copy.deepcopy(model)
            todo = next(e for e in model["entities"] if e["name"] == "Todo")
            todo["fields"].append({"id": f"fld-canvas-{i}", "name": f"canvas{i}", "type": "string"})
            before = watch.session.generation
            save_like_an_editor(model_path, json.dumps(model, indent=2))
            for _ in range(600):
                if watch.session.generation > before:
                    break
                threading.Event().wait(0.05)
            assert watch.session.generation > before, watch.log.getvalue()[-2000:]
    finally:
        done.set()
        reader.join(timeout=30)
        watch.stop()
    assert calls > 10
    assert failures == [], failures[:3]
