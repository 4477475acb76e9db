"""The command line in the user's language, without touching the command modules.

Command modules write their ``help=`` and ``description=`` in English, as usual. After the parser
is built, :func:`translate_parser` replaces each text by its translation from the word catalogue
(``core/catalogue/words/cli_help.json``), found by a code derived from the English text
(:func:`help_code`); argparse's own words ("usage:", "options", "the following arguments are
required") go through the same catalogue by hooking the ``gettext`` functions argparse calls
(:func:`argparse_words`). :func:`normalise_argv` lets the global ``--language`` come after the
command too. ``tests/test_cli_help_language.py`` fails on any help text left without a translation.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import re

from core import catalogue

HELP_PREFIX = "cli_help."
ARGPARSE_PREFIX = "cli_argparse."
GLOBAL_OPTION = "--language"


def help_code(english: str) -> str:
    """The catalogue code of an English help text (whitespace-insensitive)."""
    norm = " ".join(english.split())
    return HELP_PREFIX + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:10]


def argparse_code(msgid: str) -> str:
    return ARGPARSE_PREFIX + hashlib.sha1(msgid.encode("utf-8")).hexdigest()[:10]


LONE_PERCENT = re.compile(r"%%|%(?!\()")


def translated(english: str | None, language: str, formatted: bool = True) -> str | None:
    """The translation of a help text (the English itself when there is none or for ``en``),
    with any lone ``%`` doubled when argparse will ``%``-format it (an option's help always:
    "co-financing % (default 75)" would stop ``--help``; a description or epilogue only when it
    names ``%(prog)s``, else a doubled sign would be printed as it is)."""
    if not english or english == argparse.SUPPRESS:
        return english
    text = english if language == "en" else catalogue.label(help_code(english), language, english)
    if not formatted:
        return text
    return LONE_PERCENT.sub("%%", text)        # "%%" stays, a lone "%" doubles


def parsers(parser: argparse.ArgumentParser):
    """``parser`` and every sub-parser below it, each once (aliases share a parser)."""
    seen, todo = set(), [parser]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo += list(action.choices.values())


def help_texts(parser: argparse.ArgumentParser):
    """Every (owner, attribute, English text) of the tree: descriptions, options' and
    sub-commands' help, epilogues."""
    for current in parsers(parser):
        for attr in ("description", "epilog"):
            if getattr(current, attr):
                yield current, attr, getattr(current, attr)
        for action in current._actions:
            if action.help and action.help != argparse.SUPPRESS:
                yield action, "help", action.help
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        yield choice, "help", choice.help


def translate_parser(parser: argparse.ArgumentParser, language: str) -> argparse.ArgumentParser:
    """Replace every help text of the tree by its ``language`` translation (in place; in English
    only lone ``%`` signs are escaped)."""
    for owner, attr, english in list(help_texts(parser)):
        formatted = attr == "help" or "%(prog)" in english
        setattr(owner, attr, translated(english, language, formatted))
    return parser


@contextlib.contextmanager
def argparse_words(language: str):
    """argparse's own messages in ``language`` while the block runs (it calls ``_`` and
    ``ngettext`` from :mod:`gettext` at use time, so hooking them is enough)."""
    if language == "en":
        yield
        return
    saved = argparse._, argparse.ngettext

    def gettext(msgid: str) -> str:
        return catalogue.label(argparse_code(msgid), language, msgid)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)
    argparse._, argparse.ngettext = gettext, ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def requested_language(argv: list[str]) -> str:
    """The language of this run: ``--language X`` anywhere on the line, else ``ENCADENA_LANG``,
    else the system locale, else English."""
    for k, arg in enumerate(argv):
        if arg == GLOBAL_OPTION and k + 1 < len(argv):
            code = argv[k + 1][:2].lower()
        elif arg.startswith(GLOBAL_OPTION + "="):
            code = arg.split("=", 1)[1][:2].lower()
        else:
            continue
        if code in catalogue.LANGUAGES:
            return code
    from core.messages import current_language
    return current_language()


def normalise_argv(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """Accept ``--language X`` after the command: a copy goes before the command (the global
    option); it stays in place only where the sub-command has a ``--language`` of its own
    (``toolkit show --language es``: the labels' language, and the headings')."""
    rest, value, k = [], None, 0
    while k < len(argv):
        arg = argv[k]
        if arg == GLOBAL_OPTION and k + 1 < len(argv):
            value, pair = argv[k + 1], [arg, argv[k + 1]]
            k += 2
        elif arg.startswith(GLOBAL_OPTION + "="):
            value, pair = arg.split("=", 1)[1], [arg]
            k += 1
        else:
            rest.append(arg)
            k += 1
            continue
        if _deepest(parser, rest) is not parser and _has_own_language(_deepest(parser, rest)):
            rest += pair
    if value is None or value[:2].lower() not in catalogue.LANGUAGES:
        return list(argv)
    return [GLOBAL_OPTION, value] + rest


def _deepest(parser: argparse.ArgumentParser, words: list[str]) -> argparse.ArgumentParser:
    current = parser
    for word in words:
        if word.startswith("-"):
            continue
        subs = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if subs and word in subs[0].choices:
            current = subs[0].choices[word]
    return current


def _has_own_language(parser: argparse.ArgumentParser) -> bool:
    return any(GLOBAL_OPTION in a.option_strings for a in parser._actions)
