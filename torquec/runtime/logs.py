"""Structured logging: one JSON object per line on stderr.

``configure(level)`` installs the JSON formatter on the root logger; the
access log (``torquec.access``) writes one line per HTTP request:
``{"ts", "level", "logger", "msg": "request", "method", "path", "status", "ms", "rpc": [...], "client", "requestId"}``.
"""

from __future__ import annotations

import logging
import sys
import time

import orjson

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR, "critical": logging.CRITICAL}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if fields:
            out.update(fields)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(out, default=str).decode("utf-8")


def configure(level: str | int = "info", stream=None) -> None:
    lvl = LEVELS.get(level, logging.INFO) if isinstance(level, str) else level
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_torque", False):
            root.removeHandler(h)
    h = logging.StreamHandler(stream or sys.stderr)
    h.setFormatter(JsonFormatter())
    h._torque = True  # type: ignore[attr-defined]
    root.addHandler(h)
    root.setLevel(lvl)
    for name in ("uvicorn", "uvicorn.error"):
        lg = logging.getLogger(name)
        lg.handlers = []
        lg.propagate = True
    logging.getLogger("uvicorn.access").disabled = True
