"""Reference code kept only to compare outputs with what an earlier version wrote."""
