"""Where a programme is stored: a ``.encadena`` SQLite file, or a PostgreSQL programme server.

The core's store code speaks one SQL (SQLite's, with ``?`` parameters); ``core.store.pg`` runs it
on PostgreSQL and ``core.store.dialect`` holds every difference between the two, in one place.
"""
from core.store.backend import StoreConnection, backend_of, connect_store, is_server_url

__all__ = ["StoreConnection", "backend_of", "connect_store", "is_server_url"]
