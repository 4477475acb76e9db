"""A named registry: the modules that define things add them here, readers look them up by key.

After glue's ``Registry`` (``glue/config.py``): a registry replaces an if/elif chain over kinds
(report kinds, file readers, project mergers), so adding a kind is adding an entry beside the code
that implements it, and an unknown key is one clear error that lists the known ones.
"""
from __future__ import annotations

from typing import Callable, Generic, Iterator, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """Entries of one kind by key, in the order they were added (a key added again replaces the
    earlier entry in place, so re-importing a module is harmless)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._entries: dict[str, T] = {}

    def add(self, key: str, entry: T) -> T:
        """Register ``entry`` under ``key``; returns the entry."""
        self._entries[key] = entry
        return entry

    def __call__(self, *keys: str) -> Callable[[T], T]:
        """Decorator form: ``@READERS("xlsx", "ods")`` registers the decorated object under each key."""
        def register(entry: T) -> T:
            for key in keys:
                self.add(key, entry)
            return entry
        return register

    def remove(self, key: str) -> None:
        """Forget ``key`` (nothing happens when it is not there)."""
        self._entries.pop(key, None)

    def get(self, key: str) -> T:
        """The entry for ``key``; ``LookupError`` naming the known keys when there is none."""
        try:
            return self._entries[key]
        except KeyError:
            known = ", ".join(self._entries) or "none"
            raise LookupError(f"unknown {self.what} {key!r} (known: {known})") from None

    def keys(self) -> list[str]:
        return list(self._entries)

    def items(self) -> list[tuple[str, T]]:
        return list(self._entries.items())

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._entries.values()))

    def __len__(self) -> int:
        return len(self._entries)
