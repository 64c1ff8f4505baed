"""The interface in 简体中文 and English: complete catalogues, and how a request picks its language."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from cityaid.web import i18n

WEB = Path(i18n.__file__).parent
HTML = {"accept": "text/html"}


def _extracted() -> set:
    """Every msgid the sources use, extracted as ``pybabel extract`` does with ``cityaid/web/babel.cfg``."""
    from babel.messages.frontend import parse_mapping_cfg

    with open(WEB / "babel.cfg", encoding="utf-8") as fh:
        method_map, options = parse_mapping_cfg(fh)
    keywords = {**DEFAULT_KEYWORDS, "N_": None, "Np_": (1, 2), "E_": None}
    out = set()
    for _file, _line, msg, _comments, _ctx in extract_from_dir(str(WEB.parent), method_map, options,
                                                              keywords=keywords):
        out.add(msg if isinstance(msg, str) else tuple(msg))
    return out


def _catalogue():
    with i18n.catalogue_path("zh").open("rb") as fh:
        return read_po(fh)


def test_every_template_string_has_a_chinese_translation():
    used = _extracted()
    assert len(used) > 150  # the templates really are marked up
    cat = _catalogue()
    missing, fuzzy = [], []
    for msgid in sorted(used, key=str):
        key = msgid[0] if isinstance(msgid, tuple) else msgid
        m = cat.get(key)
        strings = (m.string if isinstance(m.string, tuple) else (m.string,)) if m is not None else ()
        if m is None or not all(strings):
            missing.append(msgid)
        elif m.fuzzy:
            fuzzy.append(msgid)
    assert not missing, f"no zh translation in {i18n.catalogue_path('zh')} for: {missing}"
    assert not fuzzy, f"fuzzy (unchecked) zh translations: {fuzzy}"


def test_translations_keep_their_placeholders():
    for m in _catalogue():
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        want = set(re.findall(r"%\(\w+\)[sd]", ids[0]))
        for s in (m.string if isinstance(m.string, tuple) else (m.string,)):
            assert set(re.findall(r"%\(\w+\)[sd]", s)) == want, (m.id, s)


def test_no_english_left_outside_the_catalogue():
    """Template text between tags is either marked for translation or not words at all (names, codes)."""
    allowed = {"cityaid", "API", "JSON", "CSV", "XLSX", "GeoJSON", "Lines", "doc_id", "url"}
    strays = []
    for tpl in sorted((WEB / "templates").rglob("*.html")):
        text = tpl.read_text(encoding="utf-8")
        text = re.sub(r"{#.*?#}|{%.*?%}|{{.*?}}", " ", text, flags=re.S)
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
        for chunk in re.findall(r">([^<>]+)<", text):
            if set(re.findall(r"[A-Za-z_]{3,}", chunk)) - allowed:
                strays.append(f"{tpl.name}: {chunk!r}")
    assert not strays, strays


@pytest.mark.parametrize("header,lang", [
    ("zh-CN,zh;q=0.9,en;q=0.8", "zh"), ("en-US,en;q=0.9", "en"), ("en;q=0.5, zh-Hans;q=0.9", "zh"),
    ("fr-FR, en;q=0.3", "en"), ("fr-FR", None), ("", None), ("zh-TW", "zh"), ("*", "zh"), ("en;q=0", None),
])
def test_accept_language(header, lang):
    assert i18n.parse_accept_language(header) == lang


def test_chinese_where_the_browser_asks_for_it(client):
    r = client.get("/", headers={**HTML, "accept-language": "zh-CN,zh;q=0.9"})
    assert r.headers["content-language"] == "zh-Hans" and '<html lang="zh-Hans">' in r.text
    assert "概览" in r.text and "2020 年的互助" in r.text
    assert "Accept-Language" in r.headers["vary"]
    r = client.get("/places", headers={**HTML, "accept-language": "en;q=0.4, zh-TW;q=0.6"})  # any Chinese
    assert "地方" in r.text and r.headers["content-language"] == "zh-Hans"
    r = client.get("/places", headers=HTML)  # a script naming no language: English, the API's language
    assert r.headers["content-language"] == "en"


def test_english_browser_gets_english(client):
    r = client.get("/", headers={**HTML, "accept-language": "en-GB,en;q=0.9"})
    assert r.headers["content-language"] == "en" and "Mutual aid, 2020" in r.text and "概览" not in r.text


def test_lang_parameter_switches_and_is_remembered(web_db):
    from fastapi.testclient import TestClient

    from cityaid.web import create_app

    with TestClient(create_app(web_db)) as c:
        zh = {**HTML, "accept-language": "zh-CN"}
        r = c.get("/place/CN/Zhenjiang?lang=en", headers=zh)
        assert r.status_code == 200 and "Given" in r.text and "Partners" in r.text
        assert f"{i18n.COOKIE}=en" in r.headers["set-cookie"]
        r = c.get("/place/CN/Zhenjiang", headers=zh)  # the cookie wins over the browser now
        assert "Partners" in r.text and r.headers["content-language"] == "en"
        # the switch on every page links to the same page in the other language
        assert 'href="/place/CN/Zhenjiang?lang=zh"' in r.text
        r = c.get("/place/CN/Zhenjiang?lang=zh", headers=zh)
        assert "伙伴" in r.text
        r = c.get("/place/CN/Zhenjiang?lang=fr", headers=zh)
        assert r.status_code == 422 and "lang" in r.text
        assert "Content-Security-Policy" in r.headers


def test_json_twins_do_not_change_with_language(client):
    a = client.get("/place/CN/Zhenjiang.json?lang=zh").json()
    b = client.get("/place/CN/Zhenjiang.json?lang=en").json()
    assert a == b


def test_office_login_in_both_languages(client):
    r = client.get("/office/login?lang=zh", headers=HTML)
    assert "外办登录" in r.text and "密码" in r.text
    r = client.get("/office/login?lang=en", headers=HTML)
    assert "Office log-in" in r.text and "Password" in r.text
    client.cookies.clear()


# ------------------------------------------------------------------ what Python says, in the reader's language
def test_errors_raised_in_python_read_in_the_readers_language(client):
    r = client.get("/place/XX/Nowhereville?lang=zh", headers=HTML)
    said = html.unescape(r.text)
    assert r.status_code == 404 and "没有名为 'XX/Nowhereville' 的地方" in said and "no place named" not in said
    r = client.get("/events?since=2020-13-45", headers={**HTML, "accept-language": "zh-CN"})
    assert r.status_code == 422 and "不是 ISO 日期" in r.text
    r = client.get("/no/such/page", headers=HTML)  # the cookie from ?lang=zh: still Chinese
    assert r.status_code == 404 and "没有页面" in r.text
    r = client.get("/facts?page=abc&lang=zh", headers=HTML)  # FastAPI's own validation: our words for pydantic's
    assert r.status_code == 422 and "page：不是整数" in r.text
    # the JSON twin of an error speaks the asked language too; a script naming none reads English
    r = client.get("/place/XX/Nowhereville.json?lang=zh")
    assert r.status_code == 404 and r.json()["detail"] == "没有名为 'XX/Nowhereville' 的地方"
    r = client.get("/place/XX/Nowhereville.json?lang=en")
    assert r.json()["detail"] == "no place named 'XX/Nowhereville'"
    client.cookies.clear()
    r = client.get("/facts?page=abc")
    assert r.status_code == 422 and r.json()["detail"] == "page: not a whole number (got 'abc')"


def test_pair_totals_carry_their_units(client):
    r = client.get("/pair/CN/Wuxi/JP/Toyokawa?lang=zh", headers=HTML)
    assert "<li>防护服：500 套</li>" in r.text and "<li>口罩：30,000</li>" in r.text
    r = client.get("/pair/CN/Wuxi/JP/Toyokawa?lang=en", headers=HTML)
    assert "<li>protective suits: 500 sets</li>" in r.text
    client.cookies.clear()
    # sets and pieces are never added together: the JSON keeps the unit in the key
    totals = client.get("/pair/CN/Wuxi/JP/Toyokawa.json").json()["report"]["totals"]
    assert totals["a_to_b"]["items"] == {"mask": 30000, "protective_suit (set)": 500}


def test_messages_raised_in_python_are_marked_for_translation():
    """A refusal raised with a bare string (``raise OfficeError(f"...")``) would be English on a Chinese page and
    invisible to the catalogue test above: every raise in the web and office layers passes an ``E_(...)``."""
    import ast

    raisers = {"OfficeError", "Forbidden", "NotFound", "RateLimited", "LoginFailed", "ValueError", "bad",
               "not_found", "HTTPException"}
    bare = []
    for path in sorted([*(WEB).glob("*.py"), *(WEB.parent / "office").glob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            fn = node.exc.func
            name = fn.id if isinstance(fn, ast.Name) else getattr(fn, "attr", "")
            if name not in raisers:
                continue
            args = node.exc.args[1:] if name == "HTTPException" else node.exc.args
            if args and isinstance(args[0], (ast.Constant, ast.JoinedStr, ast.BinOp)):
                bare.append(f"{path.name}:{node.lineno}")
    assert not bare, f"raise with E_(...) (cityaid.office.errors), not a bare string: {bare}"
