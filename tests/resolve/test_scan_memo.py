"""The gazetteer scan's remembered run matches are the automaton's own."""
from __future__ import annotations

from cityaid.resolve import gazetteer
from cityaid.resolve.actors import _name_runs, _run_matches


def test_run_matches_equal_the_automaton():
    text = "5月6日,我市向日本友城大阪府和韩国大邱市捐赠口罩,德国曼海姆市市长致信我市。我市向日本友城大阪府致谢。"
    automaton = gazetteer().automaton
    runs = [m.group() for m in _name_runs().finditer(text)]
    assert runs
    for run in runs + runs:  # the second time from memory
        assert list(_run_matches(run)) == list(automaton.iter(run))
