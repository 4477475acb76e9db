"""The command line speaks Spanish and Portuguese: every help text (of every command, including
ones added later) has a translation in core/catalogue/words/cli_help.json, argparse's own words
are translated, and ``--language`` is accepted after the command too."""
from __future__ import annotations

import pytest

from core import catalogue
from core.cli.cli_language import argparse_code, help_code, help_texts, normalise_argv, parsers
from encadena.launcher import build_parser, main

ARGPARSE_WORDS = ("usage: ", "options", "positional arguments", "show this help message and exit",
                  "the following arguments are required: %s", "invalid choice: %(value)r (choose from %(choices)s)",
                  "unrecognized arguments: %s", "%(prog)s: error: %(message)s\n", "expected one argument")


def test_every_help_text_has_a_translation():
    missing = sorted({f"{help_code(text)}: {' '.join(text.split())!r}"
                      for _, _, text in help_texts(build_parser()) if not catalogue.has(help_code(text))})
    assert missing == [], ("add these to core/catalogue/words/cli_help.json (es and pt):\n"
                           + "\n".join(missing))


def test_argparse_words_are_in_the_catalogue():
    assert all(catalogue.has(argparse_code(word)) for word in ARGPARSE_WORDS)


@pytest.mark.parametrize("language", ["es", "pt"])
def test_no_english_left_in_any_help(language, capsys):
    english = {" ".join(text.split()) for _, _, text in help_texts(build_parser())}
    # one-word texts ("region") may stand as codes inside a translation: the test above covers them
    english = {t for t in english if catalogue.label(help_code(t), language) != t and " " in t}
    commands = [[]]
    for parser in parsers(build_parser()):
        words = parser.prog.split()[1:]
        if words:
            commands.append(words)
    for words in commands:
        with pytest.raises(SystemExit) as done:
            main([*words, "--help", "--language", language] if words else ["--language", language, "--help"])
        assert done.value.code == 0
        out = " ".join(capsys.readouterr().out.split())
        assert "usage:" not in out and "options:" not in out, words
        left = [t for t in english if t in out]
        assert left == [], (words, left)


def test_argparse_errors_in_spanish(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--language", "es", "report"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "faltan estos argumentos obligatorios" in err and "error:" in err and "uso:" in err
    with pytest.raises(SystemExit):
        main(["toolkit", "nonsense", "--language", "pt"])
    assert "opção inválida" in capsys.readouterr().err


def test_language_after_the_command(capsys):
    assert main(["toolkit", "list", "--language", "es"]) == 0
    assert "versión" in capsys.readouterr().out
    assert main(["toolkit", "show", "sdp-diagnostic", "--language", "es"]) == 0
    out = capsys.readouterr().out
    assert "Áreas" in out and "Idiomas" in out and "Administración" in out
    parser = build_parser()
    assert normalise_argv(parser, ["toolkit", "list", "--language=pt"]) == ["--language", "pt", "toolkit", "list"]
    assert normalise_argv(parser, ["toolkit", "show", "x", "--language", "es"]) == [
        "--language", "es", "toolkit", "show", "x", "--language", "es"]


def test_a_percent_sign_in_an_epilogue_is_printed_once(capsys):
    """argparse %-formats an option's help but not a plain epilogue: doubling its % showed %%."""
    from core.cli.main import main
    for language in ("en", "es"):
        with pytest.raises(SystemExit):
            main(["--language", language, "plan", "--help"])
        out = capsys.readouterr().out
        assert "%%" not in out and "%" in out
