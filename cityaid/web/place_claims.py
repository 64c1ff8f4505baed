"""A place page's aggregate claims, one page of them at a time.

Why paged: each claim is compared with the itemised facts its scope can
reach (see ``cityaid.report.claims``), which means reading those facts —
for a busy place, dozens of claims and thousands of facts.  Computing only
the claims shown (``CLAIMS_PAGE`` of them, ``?claims=N`` for the next ones)
keeps a first look at the page fast; the page says how many more there are.
Claims by the same givers share one read of their scope.
"""
from __future__ import annotations

from cityaid.ledger import Ledger
from cityaid.report import claims_report

from . import fmt as F

CLAIMS_PAGE = 10


def claims_section(ledger: Ledger, key: str, facts: list, page: int = 1) -> dict:
    """``claims`` (``claims_report`` per aggregate naming ``key``, this page's only) and where they stand.

    A claim's itemised scope is facts of its ``of`` type given by one of its
    givers; fetching just those per claim keeps a place with many claims from
    scanning the whole ledger per claim.
    """
    aggs = [x for x in facts if x.type == "aggregate"]
    pages = max(1, -(-len(aggs) // CLAIMS_PAGE))
    page = min(max(1, page), pages)
    first = (page - 1) * CLAIMS_PAGE
    shown = aggs[first:first + CLAIMS_PAGE]
    scopes: dict[tuple, list] = {}
    out = []
    for agg in shown:
        givers = F.keys(agg.fact, "from")
        of = agg.of or "donation"
        if (of, *givers) not in scopes:
            scopes[(of, *givers)] = list(ledger.facts(type=of, actor=givers, role="from", include_sub=True)) \
                if givers else []
        out.extend(claims_report([agg, *scopes[(of, *givers)]], key)["claims"])
    return {"claims": out, "claims_total": len(aggs), "claims_page": page, "claims_pages": pages,
            "claims_first": first + 1 if shown else 0, "claims_last": first + len(shown),
            "claims_more": len(aggs) - first - len(shown)}
