"""A hot swap shuts the old app down; work that is not the old app's must go on.

The dev routes (/__torque/status, /__torque/model, /__torque/app.json) and anything else on
the loop's default executor used to share it with the app: its lifespan installed its own
pool as the default and cancelled what was queued there when the app stopped (500s with
CancelledError, or "cannot schedule new futures after shutdown", during a swap)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import threading
import time

import httpx

from .harness import WatchThread, load, save_like_an_editor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class DevClient(threading.Thread):
    """Calls the dev routes in a loop; every answer but a 200 is a failure."""

    def __init__(self, watch: WatchThread, model_text: str, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.watch, self.model_text, self.stop_flag = watch, model_text, stop
        self.failures: list[str] = []
        self.ok = 0

    def run(self) -> None:
        headers = self.watch.dev_headers
        with httpx.Client(base_url=self.watch.url, timeout=30, headers=headers) as client:
            while not self.stop_flag.is_set():
                for method, path in (("POST", "/__torque/model"), ("GET", "/__torque/status"),
                                     ("GET", "/__torque/app.json"), ("GET", "/health")):
                    try:
                        if method == "POST":
                            r = client.post(path, content=self.model_text, headers={"content-type": "application/json"})
                        else:
                            r = client.get(path)
                    except httpx.HTTPError as exc:
                        self.failures.append(f"{path}: {exc!r}")
                        continue
                    if r.status_code != 200:
                        self.failures.append(f"{path}: {r.status_code} {r.text[:200]}")
                    else:
                        self.ok += 1


async def keep_default_executor_busy(stop: threading.Event, failures: list[str], done: list[int]) -> None:
    """Keeps work queued on the loop's default executor, as run_in_executor(None, ...) users do."""
    loop = asyncio.get_running_loop()

    async def one() -> None:
        try:
            await loop.run_in_executor(None, time.sleep, 0.01)
            done.append(1)
        except BaseException as exc:  # CancelledError included: that is the bug
            failures.append(f"default executor: {exc!r}")

    while not stop.is_set():
        await asyncio.gather(*(one() for _ in range(32)))


def test_dev_routes_never_fail_during_repeated_swaps(tmp_path):
    model_path = str(tmp_path / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    watch = WatchThread(model_path, str(tmp_path / "app")).start()
    stop = threading.Event()
    model = load(model_path)
    clients = [DevClient(watch, json.dumps(model), stop) for _ in range(8)]
    busy_failures: list[str] = []
    busy_done: list[int] = []
    busy = asyncio.run_coroutine_threadsafe(keep_default_executor_busy(stop, busy_failures, busy_done), watch.loop)
    try:
        for c in clients:
            c.start()
        for i in range(6):
            before = watch.session.generation
            model["title"] = f"Todo (swap {i})"
            save_like_an_editor(model_path, json.dumps(model, indent=2))
            deadline = time.monotonic() + 30
            while watch.session.generation == before and time.monotonic() < deadline:
                time.sleep(0.02)
            assert watch.session.generation > before, watch.log.getvalue()[-2000:]
            time.sleep(0.2)  # let requests queue on the new app before the next swap
    finally:
        stop.set()
        for c in clients:
            c.join(timeout=30)
        busy.result(timeout=30)
        watch.stop()
    failures = [f for c in clients for f in c.failures]
    assert sum(c.ok for c in clients) > 50
    assert not failures, failures[:5]
    assert len(busy_done) > 100 and not busy_failures, busy_failures[:5]
