"""Phase 1 — load: read the model file and parse JSON, keeping the source for positions."""

from torquec.load.reader import load_model_file, load_model_text
from torquec.load.source import SourceFile

__all__ = ["load_model_file", "load_model_text", "SourceFile"]
