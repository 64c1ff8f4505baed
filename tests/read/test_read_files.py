import hashlib
import json

import pytest

from cityaid.model import Document
from cityaid.read import ReadError, discover, iter_documents, read_document

REPORT = "3月10日,镇江市向友好城市益山市寄送口罩2万只。\n益山市长致信表示感谢。\n"
PAGE = """<!DOCTYPE html><html><head><title>札幌市向哈尔滨赠送防护服</title>
<meta property="article:published_time" content="2020-02-14"></head><body>
<div class="nav"><a>首页</a> | <a>新闻</a> | <a>国际</a></div>
<article><h1>札幌市向哈尔滨赠送防护服</h1>
<p>2月13日,日本札幌市政府向友好城市哈尔滨市赠送防护服3000套,帮助当地医院应对疫情。</p>
<p>哈尔滨市外办负责人表示,这批物资将尽快送往一线。</p></article>
<footer>版权所有 未经授权不得转载</footer></body></html>"""


def _docs(items):
    return [d for d in items if isinstance(d, Document)]


def _errors(items):
    return [e for e in items if isinstance(e, ReadError)]


def test_discover_recurses_filters_suffixes_and_sorts(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.TXT").write_text(REPORT)
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "c.jsonl").write_text("{}\n")
    (tmp_path / "notes.md").write_text("not a report")
    (tmp_path / ".hidden.txt").write_text(REPORT)
    found = discover([tmp_path])
    assert [p.name for p in found] == ["a.html", "z.TXT", "c.jsonl"] or \
        [str(p) for p in found] == sorted(str(p) for p in found)
    assert {p.name for p in found} == {"a.html", "z.TXT", "c.jsonl"}
    assert [str(p) for p in found] == sorted(str(p) for p in found)


def test_discover_takes_a_named_file_and_dedupes(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text(REPORT)
    assert discover([f, tmp_path]) == [f]


def test_discover_errors(tmp_path):
    with pytest.raises(ReadError, match="no such file or directory"):
        discover([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.md").write_text("x")
    with pytest.raises(ReadError) as exc:
        discover([tmp_path / "empty"])
    assert str(exc.value) == f"{tmp_path / 'empty'}: no reports (.txt .html .htm .jsonl) found"


def test_plain_text_document(tmp_path):
    f = tmp_path / "r1.txt"
    raw = REPORT.encode("gb18030")
    f.write_bytes(raw)
    doc = read_document(f)
    assert doc.doc_id == "r1.txt"
    assert doc.text == REPORT
    assert doc.format == "txt"
    assert doc.encoding == "gb18030"
    assert doc.content_hash == hashlib.sha256(raw).hexdigest()
    assert doc.path == str(f)


def test_html_document_and_html_inside_txt(tmp_path):
    for name in ("p.html", "p.txt"):
        f = tmp_path / name
        f.write_text(PAGE, encoding="utf-8")
        doc = read_document(f)
        assert doc.format == "html"
        assert doc.title == "札幌市向哈尔滨赠送防护服"
        assert doc.published == "2020-02-14"
        assert doc.text.startswith("札幌市向哈尔滨赠送防护服\n")
        assert "防护服3000套" in doc.text
        assert "版权所有" not in doc.text and "首页" not in doc.text


def test_html_declared_gbk_charset(tmp_path):
    page = PAGE.replace("<head>", '<head><meta charset="gbk">')
    f = tmp_path / "g.htm"
    f.write_bytes(page.encode("gbk"))
    doc = read_document(f)
    assert doc.encoding == "gb18030"
    assert "哈尔滨市外办" in doc.text


def test_jsonl_streams_and_reports_bad_lines(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "r-1", "text": REPORT, "url": "http://example.org/1", "published": "2020-03-10 08:00",
                    "source": "镇江日报", "title": "寄送口罩"}, ensure_ascii=False),
        "{not json",
        json.dumps({"text": 5}),
        "",
        json.dumps({"html": PAGE}, ensure_ascii=False),
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": "益山市向镇江捐赠防护服240套。"}, ensure_ascii=False),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([f]))
    docs, errors = _docs(items), _errors(items)
    assert [d.doc_id for d in docs] == ["r-1", "batch.jsonl:5", "7"]
    first = docs[0]
    assert first.text == REPORT and first.url == "http://example.org/1"
    assert first.published == "2020-03-10" and first.source == "镇江日报" and first.title == "寄送口罩"
    assert first.content_hash == hashlib.sha256(lines[0].encode("utf-8")).hexdigest()
    assert docs[1].format == "html" and docs[1].title == "札幌市向哈尔滨赠送防护服"
    assert [e.path for e in errors] == [f"{f}:2", f"{f}:3", f"{f}:6", f"{f}:7"]
    assert "not JSON" in errors[0].problem
    assert "'text' must be a string" in errors[1].problem
    assert all("\n" not in str(e) for e in errors)


def test_iter_documents_goes_on_after_bad_files(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "c_garbage.html").write_text("<html><body><div></div></body></html>")
    (tmp_path / "d_good.txt").write_text(REPORT)
    items = list(iter_documents([tmp_path, tmp_path / "missing"]))
    assert [type(i).__name__ for i in items] == ["ReadError"] * 3 + ["Document", "ReadError"]
    assert str(items[0]).endswith("a_empty.txt: empty file")
    assert str(items[1]).endswith("b_binary.html: binary file, not a text report")
    assert str(items[2]).endswith("c_garbage.html: no main text found in HTML")
    assert items[3].doc_id == "d_good.txt"
    assert "no such file or directory" in str(items[4])


def test_size_limit_applies(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text(REPORT * 100)
    (err,) = list(iter_documents([f], max_bytes=1000))
    assert isinstance(err, ReadError) and "file too large" in err.problem
