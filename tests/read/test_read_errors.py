from pathlib import Path

import pickle

from cityaid.read import ReadError


def test_str_is_one_line_path_then_problem():
    err = ReadError(Path("reports/x.html"), "binary file,\nnot a text report")
    assert str(err) == "reports/x.html: binary file, not a text report"
    assert err.path == "reports/x.html"
    assert err.problem == "binary file, not a text report"
    assert "\n" not in str(err)


def test_survives_pickling_for_worker_processes():
    err = pickle.loads(pickle.dumps(ReadError("a.txt", "empty file")))
    assert str(err) == "a.txt: empty file"
