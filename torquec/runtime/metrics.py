"""Prometheus text metrics: JSON-RPC calls and HTTP requests, counts and latency histograms.

Labels are bounded: ``method`` is a registered method name (unknown methods
never reach the counters), ``path`` one of the server's fixed routes.
"""

from __future__ import annotations

import threading
import time

BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
KNOWN_PATHS = frozenset({"/rpc", "/ws", "/health", "/metrics", "/mcp", "/openrpc.json"})


class Histogram:
    __slots__ = ("counts", "sum", "count")

    def __init__(self) -> None:
        self.counts = [0] * len(BUCKETS)
        self.sum = 0.0
        self.count = 0

    def observe(self, v: float) -> None:
        self.sum += v
        self.count += 1
        for i, b in enumerate(BUCKETS):
            if v <= b:
                self.counts[i] += 1
                break


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.rpc_calls: dict[tuple[str, str], int] = {}
        self.rpc_latency: dict[str, Histogram] = {}
        self.http: dict[tuple[str, str, int], int] = {}
        self.http_latency: dict[str, Histogram] = {}
        self.started = time.time()

    def observe_rpc(self, method: str, seconds: float, ok: bool) -> None:
        with self._lock:
            key = (method, "ok" if ok else "error")
            self.rpc_calls[key] = self.rpc_calls.get(key, 0) + 1
            h = self.rpc_latency.get(method)
            if h is None:
                h = self.rpc_latency[method] = Histogram()
            h.observe(seconds)

    def observe_http(self, method: str, path: str, status: int, seconds: float) -> None:
        label = path if path in KNOWN_PATHS else "other"
        with self._lock:
            key = (method, label, status)
            self.http[key] = self.http.get(key, 0) + 1
            h = self.http_latency.get(label)
            if h is None:
                h = self.http_latency[label] = Histogram()
            h.observe(seconds)

    def render(self, extra: dict[str, float] | None = None) -> str:
        lines: list[str] = []
        with self._lock:
            lines += ["# HELP torque_rpc_requests_total JSON-RPC calls by method and outcome.",
                      "# TYPE torque_rpc_requests_total counter"]
            for (m, outcome), n in sorted(self.rpc_calls.items()):
                lines.append(f'torque_rpc_requests_total{{method="{m}",outcome="{outcome}"}} {n}')
            lines += ["# HELP torque_rpc_request_duration_seconds JSON-RPC call latency by method.",
                      "# TYPE torque_rpc_request_duration_seconds histogram"]
            for m, h in sorted(self.rpc_latency.items()):
                _hist(lines, "torque_rpc_request_duration_seconds", f'method="{m}"', h)
            lines += ["# HELP torque_http_requests_total HTTP requests by method, path and status.",
                      "# TYPE torque_http_requests_total counter"]
            for (meth, path, status), n in sorted(self.http.items()):
                lines.append(f'torque_http_requests_total{{method="{meth}",path="{path}",status="{status}"}} {n}')
            lines += ["# HELP torque_http_request_duration_seconds HTTP request latency by path.",
                      "# TYPE torque_http_request_duration_seconds histogram"]
            for path, h in sorted(self.http_latency.items()):
                _hist(lines, "torque_http_request_duration_seconds", f'path="{path}"', h)
        lines += ["# HELP torque_uptime_seconds Seconds since the server started.", "# TYPE torque_uptime_seconds gauge",
                  f"torque_uptime_seconds {time.time() - self.started:.3f}"]
        for name, value in (extra or {}).items():
            lines += [f"# TYPE {name} gauge", f"{name} {value}"]
        return "\n".join(lines) + "\n"


def _hist(lines: list[str], name: str, label: str, h: Histogram) -> None:
    cum = 0
    for b, c in zip(BUCKETS, h.counts):
        cum += c
        lines.append(f'{name}_bucket{{{label},le="{b:g}"}} {cum}')
    lines.append(f'{name}_bucket{{{label},le="+Inf"}} {h.count}')
    lines.append(f"{name}_sum{{{label}}} {h.sum:.6f}")
    lines.append(f"{name}_count{{{label}}} {h.count}")
