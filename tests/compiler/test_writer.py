"""The output writer: incremental, stale-file removal, atomic commit and recovery, --check."""

from __future__ import annotations

import json
import os

import pytest

from torquec import writer
from torquec.backends.base import Artifact

META = {"torquec": "test", "model": "m", "modelHash": "h"}


def arts(**files: str) -> list[Artifact]:
    return [Artifact.text(path.replace("__", "/"), text) for path, text in files.items()]


def read(out, rel):
    with open(os.path.join(out, rel), encoding="utf-8") as fh:
        return fh.read()


def test_first_write_then_only_changed_files_are_rewritten(tmp_path):
    out = str(tmp_path / "app")
    rep = writer.write(out, arts(a="1", b__c="2"), META)
    assert sorted(rep.written) == ["a", "b/c"]
    before = os.stat(os.path.join(out, "a")).st_mtime_ns
    os.utime(os.path.join(out, "a"), ns=(1, 1))  # a rewrite would change this
    rep = writer.write(out, arts(a="1", b__c="changed"), META)
    assert rep.written == ["b/c"] and rep.unchanged == 1
    assert os.stat(os.path.join(out, "a")).st_mtime_ns == 1 != before
    assert read(out, "b/c") == "changed\n"


def test_stale_files_are_removed_but_foreign_files_are_kept(tmp_path):
    out = str(tmp_path / "app")
    writer.write(out, arts(a="1", old__deep__x="2"), META)
    os.makedirs(os.path.join(out, "data"))
    with open(os.path.join(out, "data", "app.db"), "w") as fh:
        fh.write("precious")
    rep = writer.write(out, arts(a="1"), META)
    assert rep.deleted == ["old/deep/x"]
    assert not os.path.exists(os.path.join(out, "old"))  # empty dirs pruned
    assert read(out, "data/app.db") == "precious"


def test_manifest_lists_every_file_with_its_hash(tmp_path):
    out = str(tmp_path / "app")
    files = arts(a="1", b="2")
    writer.write(out, files, META)
    manifest = json.loads(read(out, writer.MANIFEST))
    assert manifest["files"] == {a.path: a.digest for a in files}
    assert manifest["modelHash"] == "h"


def test_interrupted_before_commit_point_leaves_old_output(tmp_path):
    out = str(tmp_path / "app")
    writer.write(out, arts(a="old"), META)
    # A crash after writing the new file but before the journal: only the temp file exists.
    with open(os.path.join(out, "a" + writer.NEW_SUFFIX), "w") as fh:
        fh.write("new")
    writer.recover(out)
    assert read(out, "a") == "old\n"
    assert not os.path.exists(os.path.join(out, "a" + writer.NEW_SUFFIX))


def test_interrupted_after_commit_point_is_rolled_forward(tmp_path):
    out = str(tmp_path / "app")
    writer.write(out, arts(a="old", b="old", gone="x"), META)
    for name in ("a", "b"):
        with open(os.path.join(out, name + writer.NEW_SUFFIX), "w") as fh:
            fh.write("new")
    # Crash half-way through applying: `a` already renamed, `b` not, `gone` not deleted.
    os.replace(os.path.join(out, "a" + writer.NEW_SUFFIX), os.path.join(out, "a"))
    with open(os.path.join(out, writer.JOURNAL), "w") as fh:
        json.dump({"renames": ["a", "b"], "deletes": ["gone"]}, fh)
    writer.recover(out)
    assert read(out, "a") == "new" and read(out, "b") == "new"
    assert not os.path.exists(os.path.join(out, "gone"))
    assert not os.path.exists(os.path.join(out, writer.JOURNAL))


def test_check_reports_missing_differing_and_stale(tmp_path):
    out = str(tmp_path / "app")
    writer.write(out, arts(a="1", b="2", c="3"), META)
    with open(os.path.join(out, "a"), "w") as fh:
        fh.write("tampered\n")
    os.remove(os.path.join(out, "b"))
    problems = writer.check(out, arts(a="1", b="2"), META)
    assert "differs: a" in problems and "missing: b" in problems and "stale: c" in problems
    assert writer.check(out, arts(a="1", b="2", c="3"), META) != []  # a still tampered
    writer.write(out, arts(a="1", b="2", c="3"), META)
    os.remove(os.path.join(out, "a"))
    writer.write(out, arts(a="1", b="2", c="3"), META)  # a missing file is rewritten despite the manifest
    assert writer.check(out, arts(a="1", b="2", c="3"), META) == []


@pytest.mark.parametrize("bad", ["/abs", "../up", "a/../../b", "back\\slash"])
def test_unsafe_paths_are_refused(tmp_path, bad):
    with pytest.raises(ValueError):
        writer.write(str(tmp_path), [Artifact.text(bad, "x")], META)


def test_duplicate_paths_are_refused(tmp_path):
    with pytest.raises(ValueError):
        writer.write(str(tmp_path), [Artifact.text("a", "1"), Artifact.text("a", "2")], META)
