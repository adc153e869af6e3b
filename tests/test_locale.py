"""The interface translations in src/newsdesk/locale: complete, compiled, and in step with the
code (a string added or changed in a template or module without `make messages` fails here).
"""

import ast
import gettext
import os
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from newsdesk.core.views import server_error

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "src" / "newsdesk"
LOCALE_DIR = PACKAGE_DIR / "locale"
# The language the msgids are written in: it needs no catalog.
SOURCE_LANGUAGE = "en"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdr]|%[sd]")


def parse_po(path: Path) -> list[dict]:
    """The entries of a .po file: msgctxt, msgid, msgid_plural, msgstr (a list: one per plural
    form), flags, and whether the entry is obsolete (``#~``). Enough of the format for
    what makemessages and msgcat write."""
    entries, entry, field = [], None, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if entry is not None:
                entries.append(entry)
            entry, field = None, None
            continue
        if entry is None:
            entry = {"msgctxt": None, "msgid_plural": None, "msgstr": {}, "flags": set()}
            entry["obsolete"] = False
        if line.startswith("#~"):
            entry["obsolete"] = True
            continue
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith("#"):
            continue
        keyword = re.match(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(\".*\")$", line)
        if keyword:
            name, index, text = keyword.groups()
            field = ("msgstr", int(index or 0)) if name.startswith("msgstr") else (name, None)
            value = ast.literal_eval(text)
        else:
            value = ast.literal_eval(line)  # a continuation line: "…"
        if field[0] == "msgstr":
            entry["msgstr"][field[1]] = entry["msgstr"].get(field[1], "") + value
        else:
            entry[field[0]] = (entry.get(field[0]) or "") + value
    for entry in entries:
        entry["msgstr"] = [entry["msgstr"][index] for index in sorted(entry["msgstr"])]
    return entries


def messages(entries: list[dict]) -> list[dict]:
    """The translatable entries: not the header, not obsolete leftovers."""
    return [e for e in entries if e.get("msgid") and not e["obsolete"]]


def key(entry: dict) -> tuple:
    return (entry["msgctxt"], entry["msgid"], entry["msgid_plural"])


def translated_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


@pytest.fixture(params=translated_languages())
def catalog(request) -> Path:
    return LOCALE_DIR / request.param / "LC_MESSAGES" / "django.po"


def test_every_language_of_the_site_has_a_catalog(catalog):
    assert catalog.is_file(), f"{catalog} is missing: run `make messages` and translate it."
    assert catalog.with_suffix(".mo").is_file(), f"{catalog} is not compiled: `make messages`."


def test_every_message_is_translated_and_none_is_fuzzy(catalog):
    entries = parse_po(catalog)
    header = entries[0]
    assert header["msgid"] == ""
    assert "fuzzy" not in header["flags"]
    assert f"Language: {catalog.parent.parent.name}\\n" in repr(header["msgstr"][0])
    untranslated = [e["msgid"] for e in messages(entries) if not all(e["msgstr"])]
    fuzzy = [e["msgid"] for e in messages(entries) if "fuzzy" in e["flags"]]
    obsolete = [e["msgid"] for e in entries if e["obsolete"]]
    assert untranslated == [], f"Untranslated in {catalog}"
    assert fuzzy == [], f"Fuzzy (to check, then unmark) in {catalog}"
    assert obsolete == [], f"Obsolete entries left in {catalog}: run `make messages`."


def test_translations_keep_the_placeholders(catalog):
    for entry in messages(parse_po(catalog)):
        sources = [entry["msgid"], entry["msgid_plural"] or entry["msgid"]]
        for index, text in enumerate(entry["msgstr"]):
            source = sources[min(index, 1)]
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"{entry['msgid']!r} -> {text!r}"
            )


def test_the_compiled_catalog_matches_the_po_file(catalog):
    """The committed .mo is what Django reads: it must hold exactly the .po's translations
    (a .po edited without `make messages` fails here)."""
    with catalog.with_suffix(".mo").open("rb") as handle:
        compiled = dict(gettext.GNUTranslations(handle)._catalog)
    expected = {}
    for entry in messages(parse_po(catalog)):
        msgid = (
            entry["msgid"]
            if entry["msgctxt"] is None
            else f"{entry['msgctxt']}\x04{entry['msgid']}"
        )
        if entry["msgid_plural"] is None:
            expected[msgid] = entry["msgstr"][0]
        else:
            expected.update({(msgid, n): text for n, text in enumerate(entry["msgstr"])})
    compiled.pop("", None)  # the header
    assert compiled == expected


@pytest.fixture
def gettext_tools():
    missing = [tool for tool in ("xgettext", "msguniq") if shutil.which(tool) is None]
    if missing:
        advice = (
            f"GNU gettext ({', '.join(missing)}) is not installed, so the check that the "
            "catalogs are in step with the code cannot run: apt-get install gettext"
        )
        if os.environ.get("NEWSDESK_REQUIRE_ALL") == "1":
            pytest.fail(advice)
        pytest.skip(advice)


def test_the_catalogs_are_in_step_with_the_code(gettext_tools, catalog, settings, tmp_path):
    """Extract the strings afresh from a copy of the code, as `make messages` does, and
    compare them with the committed catalog."""
    copy = tmp_path / "newsdesk"
    shutil.copytree(
        PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("locale", "static", "__pycache__")
    )
    (copy / "locale").mkdir()
    settings.LOCALE_PATHS = []
    language = catalog.parent.parent.name
    cwd = Path.cwd()
    os.chdir(copy)
    try:
        call_command("makemessages", locale=[language], verbosity=0)
    finally:
        os.chdir(cwd)
    fresh = {
        key(e) for e in messages(parse_po(copy / "locale" / language / "LC_MESSAGES" / "django.po"))
    }
    committed = {key(e) for e in messages(parse_po(catalog))}
    assert (sorted(fresh - committed), sorted(committed - fresh)) == ([], []), (
        "(new in the code, gone from the code): run `make messages` and translate what is new"
    )


# What readers see


def test_the_500_page_speaks_the_readers_language():
    with translation.override("it"):
        html = server_error(RequestFactory().get("/it/news/")).content.decode()
    assert '<html lang="it">' in html
    assert "<h1>Qualcosa non ha funzionato da parte nostra</h1>" in html
    assert '<a href="/it/news/">Vai alle ultime notizie</a>' in html
    english = server_error(RequestFactory().get("/news/")).content.decode()
    assert '<html lang="en">' in english
    assert '<a href="/news/">Go to the latest news</a>' in english


def test_the_503_and_429_pages_speak_the_readers_language():
    with translation.override("it"):
        unavailable = render_to_string("503.html", {"admin": False})
        too_many = render_to_string("429.html", {"retry_after": 1})
    assert "<h1>Torniamo tra un momento</h1>" in unavailable
    assert "Al momento non è possibile caricare le notizie. Riprova fra un minuto." in unavailable
    assert "Attendi 1 secondo e riprova." in too_many
    assert "Please wait 30 seconds and try again." in render_to_string(
        "429.html", {"retry_after": 30}
    )


def test_the_languages_names_follow_the_interface_language():
    """The admin shows settings.LANGUAGES' names ("Translate into …"): translated lazily."""
    with translation.override("it"):
        names = {code: str(name) for code, name in settings.LANGUAGES}
    assert names == {"en": "Inglese", "it": "Italiano"}
