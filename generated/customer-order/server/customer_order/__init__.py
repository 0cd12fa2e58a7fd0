"""Generated server package of `customer-order` (torquec)."""

from .app import create_app

__all__ = ["create_app"]
