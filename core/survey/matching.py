"""Matching survey column headers to toolkit items (spec section 2, rules 1-3).

A header matches an item by its ``name``, by its label in any language, or by a KoboToolbox
(``grp/sub/x``) or ODK (``grp-x``) path whose last part matches by name or label. Select-multiple
items also match split columns ``item/choice`` (Kobo) and ``item-choice`` (ODK).
All comparisons go through :func:`core.text.normalise` / :func:`core.text.normalise_label`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.text import normalise, normalise_label
from core.toolkit.model import Item, Toolkit

_PUNCTUATION = re.compile(r"[¿¡?!.,;:'\"“”‘’«»()\[\]]+")
SEPARATORS = ("/", "-")    # Kobo group paths and split columns use "/", ODK uses "-"

# Kobo / ODK provenance columns, compared normalised. Any other header starting with "_" is
# Kobo bookkeeping too, and so is anything under "meta/" or "meta-".
METADATA_COLUMNS = frozenset(normalise(h) for h in (
    "_id", "_uuid", "_submission_time", "_index", "_validation_status", "_status",
    "_submitted_by", "__version__", "_tags", "_notes", "_parent_index", "_parent_table_name",
    "_attachments", "_geolocation", "_xform_id_string", "formhub/uuid", "SubmissionDate", "KEY",
    "PARENT_KEY", "instanceID", "instanceName", "start", "end", "today", "deviceid", "subscriberid",
    "simserial", "phonenumber", "username", "audit", "SubmitterID", "SubmitterName",
    "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits",
    "FormVersion", "UpdatedAt",
))
COMPANY_ID_FALLBACKS = ("company_id", "supplier_id", "id_proveedor", "codigo", "nit", "rut", "ruc",
                        "rfc", "cnpj", "_uuid")
COMPANY_NAME_FALLBACKS = ("company_name", "supplier_name", "nombre", "razon_social", "empresa",
                          "proveedor")
COMPANY_ID_ITEM, COMPANY_NAME_ITEM = "company_id", "company_name"


@dataclass(frozen=True)
class HeaderMatch:
    """What a header names. ``items`` holds every item it may name (several when items share a
    label and the header's groups do not tell them apart), in survey order; ``choices`` the split
    choice of each (select_multiple split columns), else ``None``s."""

    items: tuple[str, ...]
    how: str                   # name, label, kobo_path, odk_path, split_choice
    choices: tuple[str | None, ...] = ()

    @property
    def item(self) -> str:
        return self.items[0]

    @property
    def choice(self) -> str | None:
        return self.choices[0] if self.choices else None

    @property
    def shared(self) -> bool:
        """Whether the header may name several items (decided by order, or ambiguous)."""
        return len(self.items) > 1


def excel_letter(index: int) -> str:
    """0 -> ``A``, 25 -> ``Z``, 26 -> ``AA``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def letter_index(letters: str) -> int | None:
    """``A`` -> 0, ``AB`` -> 27; None when ``letters`` is not a column letter."""
    letters = letters.strip().upper()
    if not letters or not letters.isascii() or not letters.isalpha() or len(letters) > 3:
        return None
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def loose(key: str) -> str:
    """A normalised label without punctuation: ``¿Tiene un plan?`` ~ ``tiene un plan``."""
    return " ".join(_PUNCTUATION.sub(" ", key).split())


def is_metadata(header: object) -> bool:
    """Whether a header names a KoboToolbox / ODK provenance column."""
    key = normalise(header)
    return key in METADATA_COLUMNS or key.startswith(("_", "meta/", "meta-"))


class HeaderMatcher:
    """The toolkit's names, labels, group names and choice labels, indexed for header matching."""

    def __init__(self, toolkit: Toolkit):
        self.toolkit = toolkit
        self._by_name: dict[str, Item] = {}
        self._by_label: dict[str, list[Item]] = {}
        groups: set[str] = set()
        for item in toolkit.items:
            self._by_name.setdefault(normalise(item.name), item)
            for group in item.groups:
                groups.add(normalise(group.name))
                groups.update(normalise_label(t) for t in group.labels.values() if t)
        self._by_loose: dict[str, list[Item]] = {}    # last resort: consultants drop ¿ and ?
        for item in toolkit.items:
            keys = {normalise_label(text) for text in item.labels.values()}
            for key in sorted(k for k in keys if k and k not in self._by_name):
                _append(self._by_label, key, item)
                _append(self._by_loose, loose(key), item)
        self._by_loose.pop("", None)
        groups.discard("")
        self._groups = sorted(groups, key=len, reverse=True)
        self._choices: dict[str, dict[str, str]] = {}   # select_multiple item -> key -> choice
        for item in toolkit.items:
            if item.type == "select_multiple" and item.list_name in toolkit.lists:
                keys: dict[str, str] = {}
                choices = toolkit.lists[item.list_name].choices
                for c in choices:
                    keys.setdefault(normalise(c.name), c.name)
                for c in choices:
                    for text in c.labels.values():
                        keys.setdefault(normalise_label(text), c.name)
                keys.pop("", None)
                self._choices[item.name] = keys
        self._cache: dict[str, HeaderMatch | None] = {}

    def match(self, header: object) -> HeaderMatch | None:
        """The item(s) a header names (rules 1-3), or a select-multiple split column; else None."""
        key = normalise(header)
        if not key:
            return None
        if key not in self._cache:
            self._cache[key] = self._direct(key) or self._split(key)
        return self._cache[key]

    def _direct(self, key: str) -> HeaderMatch | None:
        found = self._plain(key)
        if found:
            return found
        for sep in SEPARATORS:
            for rest, path in self._strip_groups(key, sep, ()):
                found = self._plain(rest)
                if found:
                    items = self._in_groups(found.items, path)
                    return HeaderMatch(items, "kobo_path" if sep == "/" else "odk_path",
                                       (None,) * len(items))
        return None

    def _plain(self, key: str) -> HeaderMatch | None:
        if key in self._by_name:
            return HeaderMatch((self._by_name[key].name,), "name", (None,))
        label = normalise_label(key)
        items = self._by_label.get(label) or self._by_loose.get(loose(label))
        return HeaderMatch(tuple(it.name for it in items), "label", (None,) * len(items)) if items else None

    def _in_groups(self, names: tuple[str, ...], path: tuple[str, ...]) -> tuple[str, ...]:
        """The items whose innermost groups are the header's group segments (by name or label);
        all of them when none is."""
        if len(names) < 2:
            return names
        kept = tuple(n for n in names if _under(self.toolkit.item(n), path))
        return kept or names

    def _strip_groups(self, key: str, sep: str, path: tuple[str, ...]):
        """Every (remainder, group segments) of ``key`` after one or more leading groups + ``sep``."""
        if len(path) > 8:
            return
        for group in self._groups:
            prefix = group + sep
            if key.startswith(prefix) and len(key) > len(prefix):
                rest = key[len(prefix):].lstrip()
                yield rest, path + (group,)
                yield from self._strip_groups(rest, sep, path + (group,))

    def _split(self, key: str) -> HeaderMatch | None:
        for sep in SEPARATORS:
            at = key.rfind(sep)
            while at > 0:
                owner = self._direct(key[:at].rstrip())
                if owner:
                    part = normalise_label(key[at + 1:])
                    pairs = [(n, self._choices[n][part]) for n in owner.items
                             if n in self._choices and part in self._choices[n]]
                    if pairs:
                        return HeaderMatch(tuple(n for n, _ in pairs), "split_choice",
                                           tuple(c for _, c in pairs))
                at = key.rfind(sep, 0, at)
        return None


def _append(index: dict[str, list[Item]], key: str, item: Item) -> None:
    found = index.setdefault(key, [])
    if item not in found:
        found.append(item)


def _under(item: Item, path: tuple[str, ...]) -> bool:
    """Whether ``path`` (normalised group names or labels) names the innermost groups of ``item``."""
    if len(path) > len(item.groups):
        return False
    inner = item.groups[len(item.groups) - len(path):]
    return all(key == normalise(g.name) or key in {normalise_label(t) for t in g.labels.values() if t}
               for key, g in zip(path, inner))
