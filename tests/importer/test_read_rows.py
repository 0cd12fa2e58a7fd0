"""dataio.read_rows on NDJSON: line numbers, blank lines and bad lines, on the one-pass path and the line-by-line one."""

from __future__ import annotations

import pytest

from torquec.runtime.dataio import DataFileError, read_rows


def rows(text: str) -> list:
    return list(read_rows("f.ndjson", "ndjson", text=text))


def test_plain_lines() -> None:
    assert rows('{"a": 1}\n {"a": 2} \r\n{"a": 3}') == [(1, {"a": 1}), (2, {"a": 2}), (3, {"a": 3})]
    assert rows("") == []


def test_blank_lines_are_skipped_and_lines_keep_their_numbers() -> None:
    assert rows('{"a": 1}\n\n   \n{"a": 2}\n') == [(1, {"a": 1}), (4, {"a": 2})]


@pytest.mark.parametrize("text, message", [
    ('{"a": 1}\n{"a": \n{"a": 3}\n', "f.ndjson:2: not JSON"),
    ('{"a": 1}\n\n[1, 2]\n', "f.ndjson:3: each line must be a JSON object"),
    ('{"a": 1}\n{"a": 2}{"a": 3}\n', "f.ndjson:2: not JSON"),
])
def test_bad_lines_are_named(text: str, message: str) -> None:
    with pytest.raises(DataFileError) as err:
        rows(text)
    assert str(err.value).startswith(message)
