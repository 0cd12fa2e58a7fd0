"""torquec/runtime/gc_pause.py: the collector is off while any import runs and back on after the last."""

from __future__ import annotations

import gc
import threading

from torquec.runtime.gc_pause import gc_paused


def test_nested_and_overlapping_pauses() -> None:
    assert gc.isenabled()
    first, second = gc_paused(), gc_paused()
    first.__enter__()
    assert not gc.isenabled()
    second.__enter__()
    first.__exit__(None, None, None)  # the first import ends while the second runs: still paused
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_failing_import_turns_it_back_on() -> None:
    try:
        with gc_paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_threads() -> None:
    inside = threading.Barrier(4)
    done = threading.Barrier(4)

    def work() -> None:
        with gc_paused():
            inside.wait()
            done.wait()

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    inside.wait()
    assert not gc.isenabled()
    done.wait()
    for t in threads:
        t.join()
    assert gc.isenabled()
