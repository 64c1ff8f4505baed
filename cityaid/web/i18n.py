"""The page's language: 简体中文 or English, from ``?lang=``, the ``cityaid_lang`` cookie, or Accept-Language.

Why this shape:

* Message catalogues are Babel's ``.po`` files under ``locales/`` (the
  template strings are English msgids; ``zh`` translates them), compiled in
  memory when the app starts (``cityaid.report.i18n``): a fresh clone needs no
  build step and a stale ``.mo`` can never be served.
* One Jinja2 environment per language, each with Jinja's i18n extension and
  its own ``gettext`` installed: compiled templates are cached per language
  and rendering costs what it did before (a per-request ``gettext`` looked up
  through a context variable would also have to reach imported macros).
* Order of choice: ``?lang=zh|en`` (and the response remembers it in the
  cookie, so a link with ``?lang=`` is the switch), then the cookie, then the
  browser's Accept-Language (q-values honoured: a browser that asks for any
  Chinese gets Chinese), then English — the fallback for scripts and
  browsers that ask for neither, since English is the API's language.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.templating import Jinja2Templates

from cityaid.report import names
from cityaid.office.errors import E_
from cityaid.report.i18n import catalogue_path, translations  # noqa: F401 - the web's catalogues are these

LANGS = names.LANGS  # ("zh", "en"): the first is the default
DEFAULT = LANGS[0]  # Chinese first: the switch's order, and a plain ``Accept-Language: *``
FALLBACK = "en"  # no Accept-Language, or one naming neither language
COOKIE = "cityaid_lang"
HTML_LANG = {"zh": "zh-Hans", "en": "en"}


def parse_accept_language(header: str | None) -> str | None:
    """The first of ``LANGS`` the header asks for, by q-value (``zh-CN,zh;q=0.9,en;q=0.8`` -> ``zh``)."""
    if not header:
        return None
    asked: list[tuple[float, int, str]] = []
    for i, part in enumerate(header.split(",")):
        bits = part.strip().split(";")
        tag = bits[0].strip().lower()
        q = 1.0
        for b in bits[1:]:
            b = b.strip()
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if tag and q > 0:
            asked.append((-q, i, tag))
    for _q, _i, tag in sorted(asked):
        primary = tag.split("-", 1)[0]
        if primary in LANGS:
            return primary
        if tag == "*":
            return DEFAULT
    return None


def choose(request: Request) -> tuple[str, bool]:
    """(language, whether it came from ``?lang=`` and should be remembered); ValueError on a bad ``?lang=``."""
    asked = request.query_params.get("lang")
    if asked is not None:
        asked = asked.strip().lower()
        if asked not in LANGS:
            raise ValueError(E_("lang: one of %(v1)s (got %(asked)s)", v1=', '.join(LANGS), asked=repr(asked)))
        return asked, True
    cookie = request.cookies.get(COOKIE)
    if cookie in LANGS:
        return cookie, False
    return parse_accept_language(request.headers.get("accept-language")) or FALLBACK, False


def lang_of(request: Request) -> str:
    return getattr(request.state, "lang", None) or FALLBACK


class LocalisedTemplates:
    """``Jinja2Templates`` per language, chosen by the request (``request.state.lang``)."""

    def __init__(self, directory: Path, configure) -> None:  # noqa: ANN001 - configure(env, lang)
        self.by_lang: dict[str, Jinja2Templates] = {}
        for lang in LANGS:
            env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(directory)), autoescape=True,
                                     extensions=["jinja2.ext.i18n"])
            t = Jinja2Templates(env=env)
            t.env.install_gettext_translations(translations(lang), newstyle=True)
            configure(t.env, lang)
            self.by_lang[lang] = t

    @property
    def env(self):  # noqa: ANN201 - the default language's environment (filters, globals for callers)
        return self.by_lang[DEFAULT].env

    def TemplateResponse(self, request: Request, name: str, context: dict[str, Any] | None = None,  # noqa: N802
                         **kw: Any):
        return self.by_lang[lang_of(request)].TemplateResponse(request, name, context or {}, **kw)
