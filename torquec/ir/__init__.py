"""The intermediate representation: plain typed data (``nodes``), built by ``lower``."""
