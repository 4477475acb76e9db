"""Offline replicas of a server programme: checkout, sync (push and pull) and conflicts."""
