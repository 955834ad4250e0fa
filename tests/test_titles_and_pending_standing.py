"""A job board's first line names the job ("Licensed Practical Nurse"), even when it reads like a
credential: it is the title, not a requirement. And a standing with a body asked as a detail of a
credential ("Licensed Practical Nurse in good standing with the CLPNA") is not met by a résumé
whose author is still applying to that body."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jobmatch.extract import extract_posting

POSTING = """Licensed Practical Nurse
Maple Grove Lodge - Red Deer, AB
$31–$36 an hour - Full-time

Maple Grove Lodge is a 90-bed continuing-care home in Red Deer.

Qualifications:
* Licensed Practical Nurse in good standing with the College of Licensed Practical Nurses of Alberta (CLPNA)
* 1+ year of experience in continuing care
"""


def test_the_first_line_is_the_title_not_a_requirement(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    posting = extract_posting(path)
    assert posting.title == "Licensed Practical Nurse"
    assert [r.text for r in posting.minimum][0].startswith("Licensed Practical Nurse in good standing")
    assert "Licensed Practical Nurse" not in [r.text for r in posting.requirements]


APPLICANT = """Joy Mendoza
joy@example.com

EDUCATION
Practical Nurse Diploma, NorQuest College, Edmonton - graduated June 2026

REGISTRATION
CLPNA: applicant for Licensed Practical Nurse registration (in progress, exam booked January 2027)

EXPERIENCE
Health Care Aide, Sunrise Village, Edmonton   2022 – Present
- Personal care for 20 residents in continuing care
"""


def test_a_standing_still_applied_for_is_not_met(score_lines: Callable[..., dict[str, dict]]) -> None:
    rows = score_lines(POSTING, APPLICANT)
    [line] = [text for text in rows if text.startswith("Licensed Practical Nurse in good standing")]
    assert rows[line]["verdict"] != "met", rows[line]["reason"]
