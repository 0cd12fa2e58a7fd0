"""Generated server package of `todo` (torquec)."""

from .app import create_app

__all__ = ["create_app"]
