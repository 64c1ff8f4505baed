"""The message catalogues (Babel ``.po`` files, ``cityaid/web/locales``) for pages and the CLI's tables alike.

English is the ``msgid`` itself; ``zh`` translates it.  A catalogue is
compiled in memory on first use (``babel.messages.mofile``): a fresh clone
needs no build step, and a stale ``.mo`` can never be served.  Update them
with ``pybabel`` (see ``cityaid/web/babel.cfg``); a test fails while any
marked string lacks its Chinese.
"""
from __future__ import annotations

import io
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LANGS = ("zh", "en")  # Chinese first
DOMAIN = "messages"


def locales_dir() -> Path:
    return Path(str(resources.files("cityaid") / "web" / "locales"))


def catalogue_path(lang: str) -> Path:
    return locales_dir() / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=None)
def translations(lang: str) -> NullTranslations:
    """``lang``'s catalogue compiled in memory; English (the msgids themselves) needs none."""
    po = catalogue_path(lang)
    if lang == "en" or not po.exists():
        return NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    buf.seek(0)
    return Translations(fp=buf, domain=DOMAIN)


def locale_lang(environ: dict | None = None) -> str:
    """``zh`` or ``en`` from the POSIX locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, ``LANGUAGE``), else ``en``."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        v = (env.get(var) or "").strip()
        if v and v not in ("C", "POSIX"):
            return "zh" if v.lower().startswith("zh") else "en"
    return "en"
