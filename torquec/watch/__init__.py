"""Watch mode: incremental rebuilds, migrations and hot reload while the model is edited."""
