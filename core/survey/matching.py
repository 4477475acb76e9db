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
    item: str
    how: str                   # name, label, kobo_path, odk_path, split_choice
    choice: str | None = None  # split columns: the choice name


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
        self._by_label: dict[str, Item] = {}
        groups: set[str] = set()
        for item in toolkit.items:
            self._by_name.setdefault(normalise(item.name), item)
            for group in item.groups:
                groups.add(normalise(group.name))
                groups.update(normalise_label(t) for t in group.labels.values() if t)
        self._by_loose: dict[str, Item] = {}    # last resort: consultants drop ¿ and ?
        for item in toolkit.items:
            for text in item.labels.values():
                key = normalise_label(text)
                if key and key not in self._by_name:
                    self._by_label.setdefault(key, item)
                    self._by_loose.setdefault(loose(key), item)
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
        """The item a header names (rules 1-3), or a select-multiple split column; else None."""
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
            for rest in self._strip_groups(key, sep, 0):
                found = self._plain(rest)
                if found:
                    return HeaderMatch(found.item, "kobo_path" if sep == "/" else "odk_path")
        return None

    def _plain(self, key: str) -> HeaderMatch | None:
        if key in self._by_name:
            return HeaderMatch(self._by_name[key].name, "name")
        label = normalise_label(key)
        item = self._by_label.get(label) or self._by_loose.get(loose(label))
        return HeaderMatch(item.name, "label") if item else None

    def _strip_groups(self, key: str, sep: str, depth: int):
        """Every remainder of ``key`` after one or more leading group segments and ``sep``."""
        if depth > 8:
            return
        for group in self._groups:
            prefix = group + sep
            if key.startswith(prefix) and len(key) > len(prefix):
                rest = key[len(prefix):].lstrip()
                yield rest
                yield from self._strip_groups(rest, sep, depth + 1)

    def _split(self, key: str) -> HeaderMatch | None:
        for sep in SEPARATORS:
            at = key.rfind(sep)
            while at > 0:
                owner = self._direct(key[:at].rstrip())
                if owner and owner.item in self._choices:
                    choice = self._choices[owner.item].get(normalise_label(key[at + 1:]))
                    if choice is not None:
                        return HeaderMatch(owner.item, "split_choice", choice)
                at = key.rfind(sep, 0, at)
        return None
