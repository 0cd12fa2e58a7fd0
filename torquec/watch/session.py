"""`torquec watch`: build, serve, watch the model, rebuild incrementally, hot-reload.

The loop:
  1. a save is seen (we watch the model's *directory*: editors save through a
     temp file and a rename, which a watch on the file itself misses);
  2. saves arriving within a short window are coalesced into one rebuild;
  3. the build runs with the session's memo, so only artifacts whose inputs
     changed are regenerated and rewritten;
  4. failed build → diagnostics printed and pushed to open browsers as an
     overlay; the last good app keeps serving;
  5. good build → the database is migrated (refused, like a failed build, when
     it would lose data and --allow-data-loss was not given), a new app
     instance is started and swapped in (see hotswap.py), and `app-updated` tells
     open pages to re-read /__torque/app.json (the served model as data) and
     re-render in place: no reload, no wait for a bundle (livemodel.tsx).
  6. when the build changed web/, the front-end bundle (vite, 0.6–2 s) is built
     in the background for the next full page load, once the saves pause for
     web_build_delay_ms (open pages do not need it): the next save is rebuilt and
     served without waiting for it, and a newer web build cancels (kills) the
     superseded one. `reload` says the matching bundle is in place; only pages
     whose data could not show the edit (a new icon, `auth`) reload then.

Migration and swap happen while the served app is held (hotswap.py): the old
app never answers from a schema the migration has changed. Stopping (Ctrl-C)
interrupts running flows at once, lets a rebuild in progress end without
swapping in its app, then closes the apps; builds run on the session's own
threads. Each app runs its database work on its own pool (Runtime.in_thread), which
its lifespan shuts down: the loop's default executor is never the app's to close.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from torquec.watch.devguard import DevGuard
from torquec.watch.devserver import BuildEventHub, DevRoutes, inject_dev_script
from torquec.commands.serve import stopping_server
from torquec.runtime.app import stop_flows
from torquec.watch.hotswap import HotSwapApp

log = logging.getLogger("torquec.watch")


@dataclass
class WatchOptions:
    model_path: str
    out_dir: str | None = None
    database_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    allow_data_loss: bool = False
    debounce_ms: int = 30
    seed: bool = False
    log_level: str = "warning"
    web: bool = True
    allow_remote_without_auth: bool = False
    dev_token: str | None = None  # None: TORQUE_DEV_TOKEN, else a new secret per session
    open_studio: bool = False  # `torquec studio`: open the studio in the browser once serving
    web_build_delay_ms: int = 800  # a rebuilt front-end bundle waits for this long a pause in the saves


@dataclass
class RebuildOutcome:
    ok: bool
    seconds: float
    written: int = 0
    swapped: bool = False
    message: str = ""
    timings: dict = field(default_factory=dict)


@dataclass
class WebBuildRecord:
    """One background front-end build: for the log, tests and the benchmark."""
    generation: int
    started: float  # time.perf_counter()
    ended: float | None = None
    status: str = "running"  # running | built | up to date | cancelled | failed


class WatchSession:
    def __init__(self, opts: WatchOptions, out=sys.stderr) -> None:
        self.opts = opts
        self.out = out
        self.memo: dict = {}
        self.hub = BuildEventHub()
        self.guard = DevGuard(bind_host=opts.host, port=opts.port, secret=opts.dev_token)
        self.app = HotSwapApp(extra=DevRoutes(self.hub, opts.model_path, self.guard, app_spec=self.live_app_json,
                                              serving=lambda: self.app.serving()))
        self.out_dir: str | None = opts.out_dir
        self.generation = 0
        self._model_snapshot = None  # the IR of the build being served
        self.history: list[RebuildOutcome] = []
        self._server = None
        self.web_builds: list[WebBuildRecord] = []
        self._web_task: asyncio.Task | None = None
        self._web_cancel: threading.Event | None = None
        self._live_json: tuple[int, bytes] | None = None  # (generation, /__torque/app.json of it)
        # Builds, migrations and vite run here, on threads of their own: a few long builds must
        # not occupy the loop's default executor that the dev routes use.
        self._threads = ThreadPoolExecutor(max_workers=3, thread_name_prefix="torquec-watch")
        self._rebuild_lock = asyncio.Lock()
        self._stopping = False
        self._watcher: asyncio.Task | None = None
        self.app.before_close = self._stop_rebuilding

    def _in_thread(self, fn, /, *args, **kwargs):
        return asyncio.get_running_loop().run_in_executor(self._threads, functools.partial(fn, *args, **kwargs))

    # ------------------------------------------------------------------ printing

    def say(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    # ------------------------------------------------------------------ one rebuild

    async def rebuild(self) -> RebuildOutcome:
        async with self._rebuild_lock:
            if self._stopping:
                return RebuildOutcome(ok=False, seconds=0.0, message="stopping")
            return await self._rebuild()

    async def _rebuild(self) -> RebuildOutcome:
        from torquec.diagnostics import render_text, summary_line, to_json_list
        from torquec.driver import build

        t0 = time.perf_counter()
        self.hub.publish("build-started")
        # Until an app is being served we need the full result (IR, source), so no up-to-date shortcut.
        result = await self._in_thread(build, self.opts.model_path, self.out_dir, memo=self.memo,
                                       force=self.app.current is None)
        if not result.ok:
            text = render_text(result.diagnostics, result.source)
            self.say(text)
            self.say(f"watch: build failed ({summary_line(result.diagnostics)}); still serving the last good build")
            self.hub.publish("build-failed", {"text": text, "diagnostics": to_json_list(result.diagnostics, result.source)})
            outcome = RebuildOutcome(ok=False, seconds=time.perf_counter() - t0, message="build failed")
            self.history.append(outcome)
            return outcome
        self.out_dir = result.out_dir
        written = len(result.report.written) if result.report else 0
        if result.up_to_date and self.app.current is not None:
            # Nothing to swap, but the build is good: every build-started gets its outcome (the
            # status and the overlay of a failed build clear when the file is back to what is served).
            secs = time.perf_counter() - t0
            recovered = bool(self.history) and not self.history[-1].ok
            self.hub.publish("build-succeeded", {"seconds": secs, "written": 0, "upToDate": True})
            name = self._model_snapshot.name if self._model_snapshot is not None else os.path.basename(self.opts.model_path)
            self.say(f"watch: {name} is up to date" + (" again: serving the last good build, which matches the file"
                                                                   if recovered else "") + f" (generation {self.generation})")
            outcome = RebuildOutcome(ok=True, seconds=secs, message="up to date")
            self.history.append(outcome)
            return outcome
        # (An up-to-date build is the one being served, which passed this check; it carries no IR.)
        exposed = self._unauthenticated_exposure(result.model)
        if exposed:
            self.say(exposed)
            self.hub.publish("build-failed", {"text": exposed, "diagnostics": []})
            outcome = RebuildOutcome(ok=False, seconds=time.perf_counter() - t0, message="exposure refused")
            self.history.append(outcome)
            return outcome
        if self._stopping:
            return RebuildOutcome(ok=False, seconds=time.perf_counter() - t0, message="stopping")
        async with self.app.held():  # no request reaches the old app once its tables may change
            try:
                new_app = await self._in_thread(self._prepare_app, result)
            except MigrationRefused as exc:
                self.say(exc.text)
                self.hub.publish("build-failed", {"text": exc.text, "diagnostics": []})
                outcome = RebuildOutcome(ok=False, seconds=time.perf_counter() - t0, message="migration refused")
                self.history.append(outcome)
                return outcome
            rt = new_app.state.torque
            if self._stopping or not await self.app.swap(inject_dev_script(new_app), on_stop=functools.partial(stop_flows, rt), state=rt):
                rt.db.close()  # never started: its lifespan would have closed it
                return RebuildOutcome(ok=False, seconds=time.perf_counter() - t0, message="stopping")
        self.generation += 1
        self._model_snapshot = result.model
        secs = time.perf_counter() - t0
        self.hub.publish("build-succeeded", {"seconds": secs, "written": written})
        # The live front-end re-reads /__torque/app.json and re-renders in place: pages, labels,
        # columns and form fields show up now, without waiting for the bundle below.
        self.hub.publish("app-updated", {"generation": self.generation})
        # The API already serves the new schema; the browser reloads once the
        # front-end that matches it is built (vite: ~1 s, skipped when unchanged).
        # That build runs in the background so the next save is not held up by it.
        web_changed = self.generation == 1 or any(p.startswith("web/") for p in (result.report.written if result.report else []))
        if self.opts.web and web_changed:
            task = self._start_web_build(result.out_dir)
            if self.generation == 1:
                await task  # the first page load needs a bundle
        elif self._web_task is None or self._web_task.done():
            self.hub.publish("reload", {"generation": self.generation})
        # else: the web build still running publishes the reload when its bundle is in place
        self.say(f"watch: rebuilt {result.model.name} in {secs * 1000:.0f} ms ({written} file(s) written); serving generation {self.generation}")
        outcome = RebuildOutcome(ok=True, seconds=secs, written=written, swapped=True, timings=dict(result.timings))
        self.history.append(outcome)
        return outcome

    def live_app_json(self) -> bytes | None:
        """``/__torque/app.json``: the live spec of the build being served (made on first request)."""
        import json

        from torquec.backends.web.livespec import live_spec

        model, generation = self._model_snapshot, self.generation
        if model is None:
            return None
        if self._live_json is None or self._live_json[0] != generation:
            doc = {"generation": generation, **live_spec(model)}
            self._live_json = (generation, json.dumps(doc, ensure_ascii=False, default=str).encode())
        return self._live_json[1]

    def _unauthenticated_exposure(self, model) -> str | None:
        """Why ``model`` may not be served on this session's address (``None``: it may).
        Checked on every build: an edit that removes `auth` must not open the app to the network."""
        from torquec.runtime.hostguard import is_loopback

        if model.auth is not None or self.opts.allow_remote_without_auth or is_loopback(self.opts.host):
            return None
        return (f"watch: not serving this build: the model has no `auth` section and watch listens on {self.opts.host}, "
                "so anyone who can reach it could read and change all data (use --host 127.0.0.1, add `auth`, "
                "or pass --allow-remote-without-auth)")

    def _start_web_build(self, app_dir: str) -> asyncio.Task:
        """Cancel the front-end build in progress (its output is stale) and start one for ``app_dir``."""
        previous = self._web_task
        if self._web_cancel is not None:
            self._web_cancel.set()
        cancel = threading.Event()
        self._web_cancel = cancel
        record = WebBuildRecord(self.generation, time.perf_counter())
        self.web_builds.append(record)
        self._web_task = asyncio.create_task(self._web_build_then_reload(app_dir, previous, cancel, record))
        return self._web_task

    async def _web_build_then_reload(self, app_dir: str, previous: asyncio.Task | None, cancel: threading.Event,
                                     record: WebBuildRecord) -> None:
        if previous is not None:
            # Killed a moment ago: it ends within milliseconds; two vites must not replace dist at once.
            await asyncio.gather(previous, return_exceptions=True)
        if record.generation > 1:
            # Open pages already show the edit (live front-end): start vite once the saves pause,
            # so a burst of edits does not start and kill one vite per save on a busy machine.
            quiet_until = time.perf_counter() + self.opts.web_build_delay_ms / 1000
            while not cancel.is_set() and time.perf_counter() < quiet_until:
                await asyncio.sleep(0.02)
            record.started = time.perf_counter()
        if not cancel.is_set():
            record.status = await self._in_thread(self._build_web, app_dir, cancel)
        else:
            record.status = "cancelled"
        record.ended = time.perf_counter()
        if record.status != "cancelled":
            self.hub.publish("reload", {"generation": self.generation})

    def _build_web(self, app_dir: str, cancel: threading.Event | None = None) -> str:
        if not os.path.isfile(os.path.join(app_dir, "web", "package.json")):
            return "up to date"
        from torquec.backends.web.build import WebBuildCancelled, WebBuildError, build_web

        try:
            r = build_web(app_dir, cancel=cancel)
        except WebBuildCancelled:
            return "cancelled"  # a newer save superseded it; its build is on the way
        except (WebBuildError, OSError) as exc:
            self.say(f"watch: the web front-end was not rebuilt: {exc}")
            return "failed"
        if r.built:
            self.say(f"watch: web front-end rebuilt in {r.seconds:.1f}s")
            return "built"
        return "up to date"

    async def stop_web_build(self) -> None:
        """Cancel a front-end build in progress and wait for its process to be gone."""
        if self._web_cancel is not None:
            self._web_cancel.set()
        if self._web_task is not None:
            await asyncio.gather(self._web_task, return_exceptions=True)

    def _prepare_app(self, result):
        """Migrate the database to the new model, then create the new app (in a thread)."""
        from torquec.watch.apploader import load_app, migrate_database

        changes: list[str] = []
        refused = migrate_database(result.out_dir, result.model, result.source.text, self.opts.database_url,
                                   self.opts.allow_data_loss, applied=changes)
        if refused:
            raise MigrationRefused(refused)
        if changes:
            self.say("watch: migrated the database: " + "; ".join(changes))
        return load_app(result.out_dir, result.model, self.opts.database_url, seed=self.opts.seed and self.generation == 0,
                        listen_host=self.opts.host)

    # ------------------------------------------------------------------ the loop

    async def watch_forever(self, ready: asyncio.Event | None = None) -> None:
        from watchfiles import awatch

        model_abs = os.path.abspath(self.opts.model_path)
        directory = os.path.dirname(model_abs)
        target = os.path.basename(model_abs)

        def only_the_model(_change, path: str) -> bool:
            return os.path.basename(path) == target

        if ready is not None:
            ready.set()
        async for _changes in awatch(directory, watch_filter=only_the_model, debounce=self.opts.debounce_ms, step=10,
                                     rust_timeout=1000, yield_on_timeout=False):
            if not os.path.exists(model_abs):
                continue  # mid-rename: the next event brings the new file
            try:
                await self.rebuild()
            except Exception as exc:  # a bug in one rebuild must not end the watch loop
                log.exception("rebuild failed")
                self.say(f"watch: internal error during the rebuild ({type(exc).__name__}: {exc}); "
                         "still serving the last good build, watching for the next save")
                self.hub.publish("build-failed", {"text": f"internal error: {type(exc).__name__}: {exc}", "diagnostics": []})

    async def serve(self) -> None:
        import uvicorn

        self._loop = asyncio.get_running_loop()
        first = await self.rebuild()
        # Everything alive now (compiler, first app, memo) lives for the session:
        # move it out of the collector's way, or full collections add ~45 ms to random rebuilds.
        import gc

        gc.freeze()
        if not first.ok and self.app.current is None:
            self.say("watch: waiting for a model that builds …")
        config = uvicorn.Config(self.app, host=self.opts.host, port=self.opts.port, log_level=self.opts.log_level,
                                lifespan="on", ws="auto", timeout_graceful_shutdown=5)
        server = stopping_server(config, self._on_exit)
        self._server = server
        self.say(f"watch: serving {self.dev_url}  (open this URL: its token unlocks the live reload and the dev "
                 "routes under /__torque/); Ctrl-C to stop")
        self.say(f"watch: Torque Studio (the visual model editor) at {self.studio_url}")
        if self.opts.open_studio:
            import webbrowser

            webbrowser.open(self.studio_url)
        self._watcher = asyncio.create_task(self.watch_forever())
        try:
            await server.serve()
        finally:
            await self.app.close()  # (already closed when uvicorn ran the lifespan shutdown)
            self._threads.shutdown(wait=False, cancel_futures=True)

    def _on_exit(self) -> None:
        """The server is asked to stop (any thread): no new rebuild, and the running flows end now
        rather than at their time limit."""
        self._stopping = True
        self.app.interrupt_flows()
        loop = getattr(self, "_loop", None)
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self.hub.close)

    async def _stop_rebuilding(self) -> None:
        """Before the apps close: stop watching, let a rebuild in progress end (it swaps nothing
        in), and stop the front-end build."""
        self._stopping = True
        async with self._rebuild_lock:
            pass
        if self._watcher is not None:
            self._watcher.cancel()
            await asyncio.gather(self._watcher, return_exceptions=True)
        await self.stop_web_build()

    @property
    def dev_url(self) -> str:
        """The app's URL with the session's dev secret (what watch prints)."""
        return self.guard.url(self._base_url + "/")

    @property
    def studio_url(self) -> str:
        """Torque Studio's URL with the session's dev secret."""
        return self.guard.url(self._base_url + "/__torque/studio/")

    @property
    def _base_url(self) -> str:
        host = self.opts.host
        shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
        return f"http://{shown}:{self.opts.port}"

    def request_stop(self) -> None:
        """Ask the server to shut down (thread-safe: uvicorn polls the flag), as Ctrl-C does."""
        self._on_exit()
        if self._server is not None:
            self._server.should_exit = True


class MigrationRefused(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text
