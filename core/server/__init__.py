"""The PostgreSQL programme server: creating it, its users and what each may see (row-level security)."""
