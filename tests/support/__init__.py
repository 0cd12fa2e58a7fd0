"""Shared test helpers (importable as ``support`` from tests; see tests/conftest.py)."""
