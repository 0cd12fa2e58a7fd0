"""Phase 2 — validate the parsed JSON against the model JSON Schema."""

from torquec.validate.schema import model_schema, validate_model

__all__ = ["model_schema", "validate_model"]
