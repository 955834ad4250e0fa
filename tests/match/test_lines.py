"""Helpers the checkers share: where a résumé spells an acronym out in words. The search runs a
quick scan of the whole résumé first, so these cases check that the scan lets through every
spelling the word-by-word rule accepts, and nothing it rejects."""

from __future__ import annotations

import pytest
from match_helpers import AS_OF, results

from jobmatch.api import extract_posting
from jobmatch.config import load_config
from jobmatch.match.lines import find_acronym
from jobmatch.match.profile import Profile
from jobmatch.resume import extract_resume
from jobmatch.taxonomy import load_taxonomy

RESUME = """EXPERIENCE
Quality Lead, Brightwater Dairy Co-operative   2019 – Present
- Wrote the hazard analysis and critical control point plans for two plants
- Scored patients on the NIH Stroke Scale at admission
- Taught Cardio-Pulmonary Resuscitation to new hires
- Ran the annual review of the Good Manufacturing Practice audit
- Built the Root Cause
Analysis log in SharePoint
- Joined as a Food Safety
"""


def _line_of(profile: Profile, indices: tuple[int, ...]) -> list[str]:
    return [profile.lines[i].text for i in indices]


@pytest.fixture(scope="module")
def profile() -> Profile:
    resume = extract_resume(RESUME, as_of=AS_OF)
    posting = extract_posting("Requirements\n- Food safety experience\n")
    return Profile(resume, load_taxonomy(), load_config(None), posting)


@pytest.mark.parametrize(
    ("acronym", "line"),
    [
        ("haccp", "hazard analysis and critical control point"),  # lower case, past a joiner
        ("nihss", "NIH Stroke Scale"),  # a word in capitals gives all its letters
        ("cpr", "Cardio-Pulmonary Resuscitation"),  # a hyphen parts words
        ("gmp", "Good Manufacturing Practice"),
    ],
)
def test_a_spelled_out_acronym_is_found_on_its_line(profile: Profile, acronym: str, line: str) -> None:
    [found] = _line_of(profile, find_acronym(profile, acronym))
    assert line in found


@pytest.mark.parametrize(
    "acronym",
    [
        "rca",  # "Root Cause" and "Analysis" are on two lines
        "fs",  # too short to be looked for
        "fsm",  # "Food Safety" ends its line: nothing spells the rest
        "hacp",  # the initials run on past it ("hacc...")
        "xyz",
    ],
)
def test_no_line_spells_what_its_words_do_not(profile: Profile, acronym: str) -> None:
    assert find_acronym(profile, acronym) == ()


def test_a_posting_acronym_is_met_by_its_spelling_in_a_job_line() -> None:
    """Through the matcher: a literal acronym the taxonomy does not know."""
    [result] = results(
        "Hands-on experience with RCFA",
        "EXPERIENCE\nReliability Engineer, Tarn Mills   2018 – Present\n"
        "- Led root cause failure analysis for 30 line stoppages a year\n",
    )
    assert result.verdict == "met", result.reason


def test_a_course_a_list_line_says_is_booked_is_not_done() -> None:
    """ "Red dot course booked for March 2027" in a skills table: not done yet (a job's line
    about work "scheduled" is another matter)."""
    from match_helpers import verdict

    resume = "SKILLS\nImage interpretation | Red dot course booked for March 2027\n"
    found, reason = verdict("Red dot training", resume)
    assert found == "missing", reason
    assert "not done yet" in reason
