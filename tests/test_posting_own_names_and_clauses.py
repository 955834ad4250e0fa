"""A posting's own employer is no term to search for; a bracket's commas do not split a line's
clause; a heading that ends its sentence in the items ("It's a plus if you"); a recruiter's client
who "expects" something; a permit is a credential even when asked "before your start date"; a short
safety course is not the certificate above it; degree fields of safety and the environment; selling
and dealing with guests as competencies."""

from __future__ import annotations

import pytest

from jobmatch.api import score
from jobmatch.extract import extract_posting
from jobmatch.own_names import own_name_ranges, own_names
from jobmatch.phrases import parse_degree
from jobmatch.resume import extract_resume

LODGE_POSTING = """From: bookings.manager@example.com
Subject: Ski instructor vacancy for the winter season

Hi all,

Aurora Peaks Lodge is a 40-room boutique ski lodge above Queenstown with its own ski school.
We need one more instructor for the season.

The right person holds an NZSIA Level 2 certificate or higher and has taught at least two full
seasons. Guests at Aurora Peaks expect a polished service, so you should be comfortable dealing
with an international clientele and selling private lessons and equipment packages.

Reply with your CV.
"""

STRONG_INSTRUCTOR = """Mateo Alvarez
Ski instructor

EXPERIENCE
Ski Instructor, Cardrona Snow School, New Zealand (06/2022 - present)
- Teach private and group lessons to international guests from beginner to advanced.
- Sold private lesson packages and rental upgrades; lesson sales up 20% on the previous season.
Ski Instructor, Thredbo Resort, Australia (06/2019 - 09/2021)
- Welcomed guests at the ski school desk and handled VIP guests' bookings.
- Sold equipment packages to families at the rental shop.

CERTIFICATIONS
NZSIA Level 2 Alpine (2021)
"""


def _groups(posting, needle: str) -> list[list[str]]:
    [requirement] = [r for r in (*posting.minimum, *posting.preferred) if needle in r.text]
    return [[t.text for t in g.terms] for g in requirement.groups]


def test_the_employer_is_read_from_how_the_posting_introduces_it() -> None:
    names = own_names(
        [
            "Aurora Peaks Lodge is a 40-room boutique ski lodge.",
            "About Harbourline Freight",
            "Company: Kestrel Mobility",
            "The Ritz-Carlton is the best address in town.",
            "Bluebeam is a must for this role.",
            "Xero is a real advantage.",
            "Our client is a leading bank.",
        ]
    )
    assert names == ("Aurora Peaks Lodge", "Harbourline Freight", "Kestrel Mobility", "Ritz-Carlton")


def test_the_employer_s_first_word_alone_is_its_name_but_not_inside_another_name() -> None:
    text = "Guests at Aurora expect a lot; the National Electrical Code; Aurora Peaks Lodge's standards"
    found = [text[a:b] for a, b in own_name_ranges(text, ["Aurora Peaks Lodge", "National Grid"])]
    assert found == ["Aurora", "Aurora Peaks Lodge's"]


def test_a_line_that_mentions_the_employer_asks_for_what_it_describes(run_json, tmp_path) -> None:
    posting = tmp_path / "ski_instructor_email.txt"
    posting.write_text(LODGE_POSTING, encoding="utf-8")
    resume = tmp_path / "mateo_alvarez.txt"
    resume.write_text(STRONG_INSTRUCTOR, encoding="utf-8")
    report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", "2026-12-02")
    [guests] = [r for r in report["requirements"] if r["text"].startswith("Guests at Aurora")]
    searched = " ".join(guests.get("searched_for") or [])
    assert "Aurora" not in searched and "Aurora" not in guests["reason"]
    assert guests["verdict"] == "met", guests["reason"]
    assert "Selling" in guests["reason"]


def test_a_bracket_s_commas_do_not_end_the_clause_a_trailing_cue_makes_optional() -> None:
    posting = extract_posting(
        "Requirements\n"
        "- Experience with a document control system (e.g. Aconex, Teambinder) is a plus.\n"
        "- Strong SQL, dbt is a plus\n"
    )
    [line] = posting.preferred
    assert line.text.startswith("Experience with a document control system")
    assert {"Aconex", "Teambinder"} <= {t.text for g in line.groups for t in g.terms}
    # a comma outside a bracket still starts the optional clause
    assert _groups(posting, "Strong SQL") == [["SQL"]]


def test_a_heading_whose_sentence_the_items_finish_is_a_preferred_heading() -> None:
    posting = extract_posting(
        "Process Technician\n\n"
        "Qualifications\n- 3+ years in a chemical plant\n\n"
        "It's a plus if you\n- Speak Norwegian or another Nordic language\n"
        "- Have worked with a DCS such as DeltaV\n\n"
        "What we offer\n- A pension\n"
    )
    assert [r.text for r in posting.preferred] == [
        "Speak Norwegian or another Nordic language",
        "Have worked with a DCS such as DeltaV",
    ]


def test_a_recruiter_s_client_who_expects_something_is_not_searched_for() -> None:
    posting = extract_posting(
        "Requirements\n- My client expects a working knowledge of Lightspeed POS and stock control.\n"
    )
    terms = [t.text for g in posting.minimum[0].groups for t in g.terms]
    assert "Lightspeed POS" in terms or "Lightspeed" in " ".join(terms)
    assert not any("client" in term.lower() or "expect" in term.lower() for term in terms)


def test_a_permit_asked_before_the_start_date_is_a_credential_and_a_work_permit_a_condition() -> None:
    posting = extract_posting(
        "Requirements\n"
        "- A valid Food Safety Permit from the city health department is required before your start date.\n"
        "- Experience with permit-to-work systems\n"
        "- A valid work permit is required before your start date.\n"
    )
    food, ptw, work = posting.minimum
    assert "credential" in food.kinds and food.condition is None
    assert "credential" not in ptw.kinds
    assert work.condition == "work authorisation"
    resume = extract_resume(
        "EXPERIENCE\nLine Cook, Harbour Grill (2021 - present)\n- Prep and line cooking\n\n"
        "CERTIFICATIONS\nFood Safety Permit - City Health Department (valid to 2027)\n"
    )
    result = score(extract_posting("Requirements\n- " + food.text + "\n"), resume).results[0]
    assert result.verdict == "met", result.reason


def test_a_short_safety_course_is_not_the_certificate_above_it() -> None:
    posting = extract_posting("Requirements\n- NEBOSH National General Certificate\n")
    resume = extract_resume(
        "EXPERIENCE\nSafety Officer, Portside Works (2020 - present)\n- Site inspections\n\n"
        "CERTIFICATIONS\n- IOSH Managing Safely (2022)\n"
    )
    result = score(posting, resume).results[0]
    assert result.verdict == "missing", result.reason


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("BSc in Environmental Science or Geology", "environmental-science"),
        ("Diploma in Occupational Health & Safety", "occupational-safety"),
        ("BSc Geology (Honours)", "earth-sciences"),
    ],
)
def test_degree_fields_of_safety_the_environment_and_the_earth(line: str, field: str) -> None:
    degree = parse_degree(line)
    assert degree is not None and field in degree.fields


def test_a_degree_in_a_listed_field_meets_a_list_with_a_safety_field_in_it() -> None:
    posting = extract_posting(
        "Requirements\n- HND or Bachelor's degree in Occupational Health & Safety, Environmental Science, "
        "Engineering or a related discipline\n"
    )
    resume = extract_resume(
        "EXPERIENCE\nHSE Officer, Coastline Cement (2019 - present)\n- Audits\n\n"
        "EDUCATION\nBSc Environmental Science, University of Lagos (2018)\n"
    )
    result = score(posting, resume).results[0]
    assert result.verdict == "met", result.reason
