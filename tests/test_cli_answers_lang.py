"""``--lang zh|en`` for the answers' tables: the catalogues' words, places by name (and key), default from the locale."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cityaid.cli import app
from cityaid.report.i18n import locale_lang

runner = CliRunner()


@pytest.fixture
def db(aid_ledger):
    return aid_ledger.engine.url.database


def _run(args, env=None):
    res = runner.invoke(app, args, env=env)
    assert res.exit_code == 0, res.output
    return res.stdout


def test_pair_in_chinese_and_english(db):
    zh = _run(["pair", "无锡", "丰川", "--db", db, "--lang", "zh"])
    assert "无锡 Wuxi (CN/Wuxi) ⇄ 丰川 Toyokawa (JP/Toyokawa)" in zh
    assert "日期" in zh and "丰川 → 无锡" in zh and "先送出" in zh and "口罩" in zh
    en = _run(["pair", "无锡", "丰川", "--db", db, "--lang", "en"])
    assert "Wuxi 无锡 (CN/Wuxi) ⇄ Toyokawa 丰川 (JP/Toyokawa)" in en
    assert "direction" in en and "gave first" in en and "masks" in en and "a_to_b" not in en


def test_every_answer_takes_lang(db):
    for args in (["ledger", "黑龙江"], ["timeline"], ["claims", "黑龙江"], ["network"], ["facts"]):
        zh = _run(args + ["--db", db, "--lang", "zh"])
        en = _run(args + ["--db", db, "--lang", "en"])
        assert zh != en, args
    assert "给予方" in _run(["network", "--db", db, "--lang", "zh"])
    res = runner.invoke(app, ["network", "--db", db, "--lang", "fr"])
    assert res.exit_code == 2 and "--lang 'fr'" in res.output


def test_default_from_the_locale(db):
    assert locale_lang({"LANG": "zh_CN.UTF-8"}) == "zh" and locale_lang({"LC_ALL": "en_US.UTF-8"}) == "en"
    assert locale_lang({"LC_ALL": "C", "LANG": "zh_TW.UTF-8"}) == "zh" and locale_lang({}) == "en"
    out = _run(["network", "--db", db], env={"LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"})
    assert "给予方" in out
    out = _run(["network", "--db", db], env={"LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_GB.UTF-8"})
    assert "givers" in out
