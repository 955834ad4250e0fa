"""Wordings of requirement lines that are not what is asked: the 'post-' that dates years
("post-qualification", "post-trade"), a shouted line's everyday words ("MUST HAVE VALID ..."), "The
Ideal Candidate", a reason clause (", as the team ..."); and heavy-vehicle licence classes as
Australian postings and résumés write them."""

from __future__ import annotations

import pytest

from jobmatch.api import score
from jobmatch.extract import extract_posting
from jobmatch.resume import extract_resume
from jobmatch.terms import licence_classes


def _terms(line: str) -> list[str]:
    posting = extract_posting(f"Requirements\n- {line}\n")
    return [t.text for r in (*posting.minimum, *posting.preferred) for g in r.groups for t in g.terms]


@pytest.mark.parametrize(
    ("line", "kept", "dropped"),
    [
        (
            "At least 4 years' post-qualification experience in community pharmacy",
            "community pharmacy",
            "post-qualification",
        ),
        ("Minimum 5 years post-trade experience on underground loaders", "underground loaders", "post-trade"),
        ("MUST HOLD VALID GWO BST CERTIFICATE", "GWO BST", "HOLD VALID"),
        (
            "The Ideal Candidate will have Dynamics 365 Business Central experience",
            "Dynamics 365 Business Central",
            "Ideal",
        ),
        ("Specialty ratings such as Deep, Wreck or Cavern are welcome", "Deep", "such as"),
        ("Fluent Portuguese is essential: most of our distributors are in Porto", "Portuguese", "Porto"),
        ("Required: 3 years of Kotlin and Ktor", "Ktor", "Required"),
        (
            "Conversational Cantonese would be a plus, as most of our suppliers are in Guangdong",
            "Cantonese",
            "Guangdong",
        ),
    ],
)
def test_words_that_frame_a_line_are_not_searched_for(line: str, kept: str, dropped: str) -> None:
    terms = _terms(line)
    assert any(kept in term for term in terms), terms
    assert not any(dropped in term for term in terms), terms


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("Current Heavy Rigid (HR) driver's licence", {"HR"}),
        ("HR Licence (WA) - current", {"HR"}),
        ("MC licence (NSW)", {"MC"}),
        ("C class car licence", {"C"}),
        ("Driving licence categories B and C", {"B", "C"}),
    ],
)
def test_licence_classes_as_written_before_or_after_the_class_word(text: str, classes: set[str]) -> None:
    assert licence_classes(text) == classes


def test_a_heavy_rigid_licence_is_met_by_an_hr_licence_and_not_by_a_car_licence() -> None:
    posting = extract_posting("Essential\n- Current Heavy Rigid (HR) driver's licence\n")
    job = "EXPERIENCE\nHD Fitter, Redrock Mining (2016 - present)\n- Serviced haul trucks\n\nLICENCES\n"
    held = score(posting, extract_resume(job + "HR Licence (QLD) - current\n")).results[0]
    assert held.verdict == "met", held.reason
    other = score(posting, extract_resume(job + "C class car licence\n")).results[0]
    assert other.verdict == "missing", other.reason
