"""Widgets and models shared by the risk, progress and dashboard views (heat map, charts)."""
