"""A course asked by its name and its initials ("IOSH Managing Safely Course (MSC)", "OPITO
Further Offshore Emergency Training (FOET)"): the completed course is held, the issuing body is
part of the name rather than an alternative to it, and a short acronym is only found written in
capitals (an "ART" is not the "art" of "state-of-the-art")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jobmatch.extract import extract_posting

POSTING = """Offshore Mechanical Technician

Requirements
- OPITO Further Offshore Emergency Training (FOET)
- Experience maintaining rotating equipment
"""


def _cv(certificate: str, duty: str) -> str:
    return (
        "Callum Reid\ncallum@example.com\n\nCERTIFICATES\n"
        f"{certificate}\n\nEXPERIENCE\nMechanical Technician, North Sea Services   2019 – Present\n- {duty}\n"
    )


def test_the_issuing_body_is_part_of_the_course_name(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    course = extract_posting(path).minimum[0]
    assert "credential" in course.kinds
    assert [[t.text for t in g.terms] for g in course.groups] == [["FOET"]]


def test_the_completed_course_is_held(score_lines: Callable[..., dict[str, dict]]) -> None:
    rows = score_lines(POSTING, _cv("OPITO FOET, completed March 2025", "Overhauled centrifugal pumps"))
    assert rows["OPITO Further Offshore Emergency Training (FOET)"]["verdict"] == "met"


def test_the_course_written_out_is_held(score_lines: Callable[..., dict[str, dict]]) -> None:
    rows = score_lines(
        POSTING, _cv("Further Offshore Emergency Training, OPITO, 2025", "Overhauled centrifugal pumps")
    )
    row = rows["OPITO Further Offshore Emergency Training (FOET)"]
    assert row["verdict"] == "met", row["reason"]


def test_another_course_of_the_body_is_not_it(score_lines: Callable[..., dict[str, dict]]) -> None:
    rows = score_lines(POSTING, _cv("OPITO BOSIET with CA-EBS, 2024", "Overhauled centrifugal pumps"))
    assert rows["OPITO Further Offshore Emergency Training (FOET)"]["verdict"] == "missing"


ART_POSTING = """Wind Turbine Technician

Requirements
- GWO Advanced Rescue Training (ART)
"""


def test_a_short_acronym_is_not_an_everyday_word(score_lines: Callable[..., dict[str, dict]]) -> None:
    cv = _cv("GWO Basic Safety Training, 2024", "Fitted state-of-the-art pitch bearings")
    row = score_lines(ART_POSTING, cv)["GWO Advanced Rescue Training (ART)"]
    assert row["verdict"] == "missing", row["reason"]
