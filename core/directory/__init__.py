"""Supplier directory and matchmaking: capability profiles, full-text search, buyers' demand
specifications, transparent matching and the pipeline to a first transaction."""
