"""Phase 6 — write artifacts: deterministic, incremental, atomic.

Incremental: the manifest (``torque-manifest.json``) records the sha256 of
every file written; a file whose bytes did not change is not touched (its
mtime stays, so uvicorn/vite reloaders and `make`-style tools see nothing).

Atomic: a build is a small transaction over the output directory.
  1. every changed file is written next to its target as ``<name>.torquec-new``;
  2. a journal listing the renames and deletions is written (``os.replace``,
     so it appears whole) — this is the commit point;
  3. the renames and deletions are applied, then the new manifest, then the
     journal is removed.
An interrupted build is repaired by the next one: with a journal present the
commit is rolled forward; without one, stray ``.torquec-new`` files are
removed and the old output is intact. Readers therefore never see a mix of
old and new files once the next writer has run, and a crash before the commit
point changes nothing.

Files not listed in the previous manifest (the app's ``data/`` directory, a
``node_modules`` tree) are never deleted.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Iterable

from torquec.backends.base import Artifact

MANIFEST = "torque-manifest.json"
JOURNAL = ".torquec-journal.json"
NEW_SUFFIX = ".torquec-new"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.written or self.deleted)


def read_manifest(out_dir: str) -> dict | None:
    try:
        with open(os.path.join(out_dir, MANIFEST), "rb") as fh:
            data = json.load(fh)
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


# Digest of each artifact's bytes, by object identity. Backends return the very
# same bytes object for an artifact whose inputs did not change (their memo), so
# a watch-mode rebuild hashes only what it regenerated. Holding the bytes keeps
# the identity valid; only the latest build's entries are kept.
_DIGESTS: dict[int, tuple[bytes, str]] = {}


def digests(artifacts: list[Artifact]) -> dict[str, str]:
    out: dict[str, str] = {}
    fresh: dict[int, tuple[bytes, str]] = {}
    for a in artifacts:
        hit = _DIGESTS.get(id(a.content))
        digest = hit[1] if hit is not None and hit[0] is a.content else hashlib.sha256(a.content).hexdigest()
        fresh[id(a.content)] = (a.content, digest)
        out[a.path] = digest
    _DIGESTS.clear()
    _DIGESTS.update(fresh)
    return out


def manifest_artifact(artifacts: list[Artifact], meta: dict, files: dict[str, str] | None = None) -> Artifact:
    if files is None:
        files = digests(artifacts)
    files = dict(sorted(files.items()))
    body = dict(meta)
    body["files"] = files
    return Artifact.text(MANIFEST, json.dumps(body, indent=2, sort_keys=True))


def recover(out_dir: str) -> None:
    """Finish or discard an interrupted build (see module docstring)."""
    journal_path = os.path.join(out_dir, JOURNAL)
    if os.path.exists(journal_path):
        try:
            with open(journal_path, "rb") as fh:
                journal = json.load(fh)
        except (OSError, ValueError):
            journal = None
        if journal is not None:
            _apply(out_dir, journal)
        os.remove(journal_path)
    if not os.path.isdir(out_dir):
        return
    for root, dirs, files in os.walk(out_dir):
        dirs[:] = [d for d in dirs if d not in ("node_modules", "data", ".git")]
        for name in files:
            if name.endswith(NEW_SUFFIX):
                os.remove(os.path.join(root, name))


def write(out_dir: str, artifacts: Iterable[Artifact], meta: dict) -> WriteReport:
    artifacts = sorted(artifacts, key=lambda a: a.path)
    _check_paths(artifacts)
    os.makedirs(out_dir, exist_ok=True)
    recover(out_dir)
    old = read_manifest(out_dir) or {}
    old_files: dict = old.get("files", {}) if isinstance(old.get("files"), dict) else {}
    hashes = digests(artifacts)
    manifest = manifest_artifact(artifacts, meta, hashes)
    report = WriteReport()

    renames: list[str] = []
    for art in artifacts:
        target = os.path.join(out_dir, art.path)
        # Trust the manifest plus a size check (a stat, not a read): rehashing
        # every file would dominate a one-field rebuild. `--check` reads all.
        if old_files.get(art.path) == hashes[art.path] and _size_is(target, len(art.content)):
            report.unchanged += 1
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target + NEW_SUFFIX, "wb") as fh:
            fh.write(art.content)
        _copy_mode(art, target + NEW_SUFFIX)
        renames.append(art.path)
        report.written.append(art.path)
    new_paths = {a.path for a in artifacts}
    deletes = sorted(p for p in old_files if p not in new_paths and p != MANIFEST)
    report.deleted = deletes

    if not renames and not deletes and old_files and _same_on_disk(os.path.join(out_dir, MANIFEST), manifest):
        return report

    journal = {"renames": renames, "deletes": deletes}
    tmp = os.path.join(out_dir, JOURNAL + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(journal, fh)
    os.replace(tmp, os.path.join(out_dir, JOURNAL))  # commit point
    _apply(out_dir, journal)
    mtmp = os.path.join(out_dir, MANIFEST + NEW_SUFFIX)
    with open(mtmp, "wb") as fh:
        fh.write(manifest.content)
    os.replace(mtmp, os.path.join(out_dir, MANIFEST))
    os.remove(os.path.join(out_dir, JOURNAL))
    return report


def check(out_dir: str, artifacts: Iterable[Artifact], meta: dict) -> list[str]:
    """Differences between ``out_dir`` and what a build would write (``--check``)."""
    artifacts = sorted(artifacts, key=lambda a: a.path)
    manifest = manifest_artifact(artifacts, meta)
    problems = []
    for art in [*artifacts, manifest]:
        target = os.path.join(out_dir, art.path)
        if not os.path.exists(target):
            problems.append(f"missing: {art.path}")
        elif not _same_on_disk(target, art):
            problems.append(f"differs: {art.path}")
    old = read_manifest(out_dir) or {}
    new_paths = {a.path for a in artifacts}
    for path in sorted((old.get("files") or {})):
        if path not in new_paths and os.path.exists(os.path.join(out_dir, path)):
            problems.append(f"stale: {path}")
    return problems


def _apply(out_dir: str, journal: dict) -> None:
    for rel in journal.get("renames", []):
        target = os.path.join(out_dir, rel)
        if os.path.exists(target + NEW_SUFFIX):
            os.replace(target + NEW_SUFFIX, target)
    for rel in journal.get("deletes", []):
        target = os.path.join(out_dir, rel)
        try:
            os.remove(target)
        except FileNotFoundError:
            pass
        _prune_empty_dirs(out_dir, os.path.dirname(target))


def _prune_empty_dirs(root: str, path: str) -> None:
    root = os.path.abspath(root)
    path = os.path.abspath(path)
    while path.startswith(root + os.sep):
        try:
            os.rmdir(path)
        except OSError:
            return
        path = os.path.dirname(path)


def _size_is(path: str, size: int) -> bool:
    try:
        return os.path.getsize(path) == size
    except OSError:
        return False


def _same_on_disk(path: str, art: Artifact) -> bool:
    try:
        if os.path.getsize(path) != len(art.content):
            return False
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).digest() == hashlib.sha256(art.content).digest()
    except OSError:
        return False


def _copy_mode(art: Artifact, path: str) -> None:
    if art.path.endswith(".sh"):
        os.chmod(path, 0o755)


def _check_paths(artifacts: list[Artifact]) -> None:
    seen = set()
    for art in artifacts:
        p = art.path
        if p.startswith("/") or ".." in p.split("/") or "\\" in p:
            raise ValueError(f"backend produced an unsafe path: {p!r}")
        if p in seen:
            raise ValueError(f"two backends produced the same path: {p!r}")
        seen.add(p)
