"""Site search: a per-language index (models, indexing), its engine and the views."""
