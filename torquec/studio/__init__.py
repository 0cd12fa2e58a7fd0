"""Torque Studio: the visual model editor served by `torquec watch` at ``/__torque/studio/``."""
