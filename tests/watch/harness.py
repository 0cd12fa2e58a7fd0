"""A `torquec watch` session in a background thread, and an editor that saves like real editors."""

from __future__ import annotations

import asyncio
import io
import json
import os
import socket
import tempfile
import threading
import time

import httpx

from torquec.watch.session import WatchOptions, WatchSession


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def save_like_an_editor(path: str, text: str) -> None:
    """Write a temp file beside the target and rename it over (vim, VS Code, JetBrains)."""
    fd, tmp = tempfile.mkstemp(prefix=".#", suffix=".tmp", dir=os.path.dirname(path))
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


class WatchThread:
    def __init__(self, model_path: str, out_dir: str, database_url: str | None = None, allow_data_loss: bool = False,
                 web: bool = False, seed: bool = False):
        self.port = free_port()
        self.log = io.StringIO()
        self.session = WatchSession(
            WatchOptions(model_path=model_path, out_dir=out_dir, database_url=database_url, port=self.port,
                         allow_data_loss=allow_data_loss, log_level="error", web=web,
                         seed=seed),
            out=self.log,
        )
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"
        #: the session's dev secret, and the headers a tool sends to the dev routes with it
        self.token = self.session.guard.secret
        self.dev_headers = {"authorization": f"Bearer {self.token}"}
        self.dev_url = self.session.dev_url

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self.session.serve())
        except Exception as exc:  # surfaced by wait_ready
            self.log.write(f"watch thread died: {exc!r}\n")

    def start(self, timeout: float = 60) -> "WatchThread":
        self.thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                r = httpx.get(self.url + "/health", timeout=1)
                if r.status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if not self.thread.is_alive():
                break
            time.sleep(0.05)
        raise RuntimeError("watch session did not come up:\n" + self.log.getvalue())

    def stop(self) -> None:
        self.session.request_stop()
        self.thread.join(timeout=30)

    def rpc(self, method: str, params: dict | None = None, client: httpx.Client | None = None):
        body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params or {}}
        r = (client or httpx).post(self.url + "/rpc", json=body, timeout=10)
        return r


def load(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


TODO_ROLES = [
    {"name": "admin", "permissions": {"*": ["read", "create", "update", "delete"]}, "flows": ["*"]},
    {"name": "reader", "permissions": {"Todo": ["read"]}, "flows": []},
]


def todo_with_roles(directory) -> str:
    """sample/todo.json with `auth` (an admin and a Todo reader) written into ``directory``: its path."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(root, "sample", "todo.json"), encoding="utf-8") as fh:
        model = json.load(fh)
    model["auth"] = {"roles": TODO_ROLES}
    model_path = os.path.join(str(directory), "todo.json")
    with open(model_path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(model, indent=2))
    return model_path
