"""The region checker: "experience in the GCC market" is shown by the places a résumé names (a
job in Riyadh or Doha), not by the region's name; a name that is also something else (GCC the
compiler) is a region only beside a region word."""

from __future__ import annotations

import pytest
from match_helpers import results

GULF = "Previous experience in the GCC retail market"
JOB_IN_RIYADH = (
    "EXPERIENCE\nStore Manager, Nakheel Home Centre, Riyadh, Saudi Arabia   Jan 2019 – Present\n"
    "- Ran a 60-person store\n"
)


def test_a_job_in_a_member_country_meets_the_region() -> None:
    [result] = results(GULF, JOB_IN_RIYADH)
    assert result.verdict == "met", result.reason
    assert [part.kind for part in result.parts] == ["region"]
    assert "Riyadh" in result.reason or "saudi arabia" in result.reason.lower()


def test_a_place_named_outside_the_jobs_is_partly_and_none_is_missing() -> None:
    elsewhere = (
        "EXPERIENCE\nStore Manager, Harbour Home, Leeds   Jan 2019 – Present\n- Ran a 60-person store\n"
        "PERSONAL DETAILS\nWilling to relocate to Doha\n"
    )
    assert results(GULF, elsewhere)[0].verdict == "partial"
    home = "EXPERIENCE\nStore Manager, Harbour Home, Leeds   Jan 2019 – Present\n- Ran a 60-person store\n"
    [missing] = results(GULF, home)
    assert missing.verdict == "missing"
    assert "no place in GCC" in missing.reason


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Experience with GCC and Clang toolchains", "skill"),  # the compiler: no region word near
        ("Sales experience across the GCC countries", "region"),
        ("Enterprise sales experience in DACH", "region"),
    ],
)
def test_an_ambiguous_name_is_a_region_only_with_a_region_word(line: str, kind: str) -> None:
    [result] = results(line, JOB_IN_RIYADH)
    kinds = {term.kind for term in result.requirement.terms if term.text.upper().startswith(("GCC", "DACH"))}
    assert kinds == {kind}
