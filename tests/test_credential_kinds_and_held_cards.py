"""A posting's word for the kind of a credential ("Chartered membership of ...", "Type endorsement on
one of: ...") qualifies the named credential instead of being one to find; a card, ticket or
course named in a résumé's education and certificates is held; a spoken language's level written
in the posting's own language is not a term to search for. Through the CLI, on our own examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobmatch.cli import app

runner = CliRunner()


def _report(tmp_path: Path, posting: str, resume: str) -> dict:
    (tmp_path / "posting.txt").write_text(posting, encoding="utf-8")
    (tmp_path / "resume.txt").write_text(resume, encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "score",
            str(tmp_path / "resume.txt"),
            "--posting",
            str(tmp_path / "posting.txt"),
            "--format",
            "json",
            "--as-of",
            "2026-11-30",
        ],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _line(report: dict, start: str) -> dict:
    [found] = [r for r in report["requirements"] if r["text"].startswith(start)]
    return found


POSTING = """Senior Structural Engineer - Leeds

Requirements
- Chartered membership of the IStructE or ICE
- Type endorsement on one or more of: ATR 72, Embraer E190, Bombardier CRJ900
- PrimeHACCP Level 1 (essential)
- Fluidez en español (hablado y escrito)
"""

RESUME = """Niamh Okafor
Leeds | niamh.okafor@example.com

EXPERIENCE
Structural Engineer, Ferrand Partnership, Leeds   Sep 2017 – Present
- Designed steel and concrete frames for schools and offices up to six storeys

EDUCATION AND TRAINING
MEng Civil and Structural Engineering, University of Sheffield, 2017
PrimeHACCP Level 1, Highfield, 2023

LICENCES
EASA Part-66 B1 licence, type ratings: Embraer E190 (PW1900G), 2021

PROFESSIONAL MEMBERSHIPS
Chartered Member, Institution of Structural Engineers (MIStructE), 2022

LANGUAGES
English (native), Spanish (native)
"""


@pytest.mark.parametrize(
    ("line_start", "said", "not_said"),
    [
        # a kind of membership qualifies the named body, found in its members' letters
        ("Chartered membership", "found in a member's letters", "not found as a credential"),
        # a kind named before its examples asks for one of them
        ("Type endorsement", "Embraer E190 held", "none of ATR 72"),
        # a Level 1 course listed with the education is held
        ("PrimeHACCP", "held (education and qualifications)", "only in education"),
        # a level word in the posting's own language is no term to search for
        ("Fluidez", "Spanish (native)", "Fluidez"),
    ],
)
def test_a_line_met_by_what_the_resume_holds(
    tmp_path: Path, line_start: str, said: str, not_said: str
) -> None:
    line = _line(_report(tmp_path, POSTING, RESUME), line_start)
    assert line["verdict"] == "met", line["reason"]
    assert said in line["reason"] and not_said not in line["reason"], line["reason"]


def test_one_or_more_of_before_a_colon_is_one_any_of_group(tmp_path: Path) -> None:
    (tmp_path / "posting.txt").write_text(
        "Licensed Aircraft Engineer\n\nRequirements\n"
        "- Type rating on one or more of: Boeing 767-300, De Havilland Dash 8-400, Airbus A220\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(tmp_path / "posting.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    [line] = json.loads(result.stdout)["minimum"]
    asked = [g for g in line["groups"] if not g["detail"]]
    assert len(asked) == 1, asked
    assert asked[0]["need"] == 1 and len(asked[0]["terms"]) == 3


ACCOUNTANT = """Priya Raman
Toronto | priya.raman@example.com

EXPERIENCE
Senior Accountant, Lakeshore Outfitters Inc., Toronto   Jan 2020 – Present
- Led the IFRS 16 lease transition for 140 store leases and built the right-of-use schedules
- Wrote the IFRS 15 revenue recognition memo for bundled gift-card and loyalty contracts

SKILLS
IFRS, consolidation, Excel, NetSuite
"""


def test_a_thing_only_listed_is_used_through_the_parts_the_line_names(tmp_path: Path) -> None:
    posting = (
        "Financial Reporting Lead\n\nRequirements\n"
        "- Hands-on experience with IFRS, including IFRS 16 and IFRS 15\n"
        "- Hands-on experience with IFRS, including IFRS 16 and IFRS 9\n"
    )
    report = _report(tmp_path, posting, ACCOUNTANT)
    both, one = report["requirements"]
    assert both["verdict"] == "met", both["reason"]
    assert both["reason"].startswith("used through the parts the line names") and not both["gap"]
    # one of the parts it names is not shown: the listed standard stays a sign
    assert one["verdict"] == "partial", one["reason"]
