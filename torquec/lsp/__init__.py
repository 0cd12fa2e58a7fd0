"""The Language Server for model files (``torquec lsp``); see server.py."""
