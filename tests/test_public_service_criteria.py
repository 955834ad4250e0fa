"""A public service's job specification: numbered criteria "(i)", "(ii)" joined by "And" lines,
"three years full time" experience, sub-headed competencies, "Other requirements specific to the
post" and a charity's "Mandatory Requirements" are all requirements; who may be hired at all is
asked wherever the posting says it — via the CLI."""

from __future__ import annotations

SPEC = """# Senior Occupational Therapist

# Eligibility Criteria

## Qualifications and/or experience
Candidates must have at the latest date of application:
(i) Be registered, or be eligible for registration, on the Occupational Therapists Register.
And
(ii) Have three years full time post qualification clinical experience.
And
(iii) Have the requisite knowledge and ability for the proper discharge of the duties of the office.

Candidates must be of good character.

## Other requirements specific to the post
A minimum of one year's experience working with older adults in a community setting.

## Skills, competencies and/or knowledge

### Planning and Managing Resources
Demonstrate the ability to plan and prioritise a caseload effectively.

### Communication and Interpersonal Skills
Demonstrate effective communication skills with clients, families and the multidisciplinary team.
"""

CHARITY = """Community Programs Coordinator — Geelong

Key Selection Criteria
- Minimum 2 years' experience coordinating volunteer programs
- Strong written communication skills

Mandatory Requirements
- A current Working with Children Check (Employee) in Victoria
- A current full Victorian driver licence

How to apply
Send your CV to jobs@example.com. Only Australian citizens or permanent residents need apply.
"""


def test_numbered_criteria_between_and_lines_are_each_a_requirement(extract_text) -> None:
    report = extract_text(SPEC, "spec.md")
    texts = [row["text"] for row in report["minimum"]]
    assert any(t.startswith("Have three years full time") for t in texts), texts
    assert any(t.startswith("Have the requisite knowledge") for t in texts), texts
    assert not any(t.startswith(("And ", "(ii)")) for t in texts), texts
    years = next(r for r in report["minimum"] if r["text"].startswith("Have three years full time"))
    assert years["years"]["min"] == 3, years


def test_sub_headed_competencies_and_other_requirements_are_kept(extract_text) -> None:
    texts = [row["text"] for row in extract_text(SPEC, "spec.md")["minimum"]]
    for wanted in (
        "A minimum of one year's experience working with older adults in a community setting.",
        "Demonstrate the ability to plan and prioritise a caseload effectively.",
        "Demonstrate effective communication skills with clients, families and the multidisciplinary team.",
    ):
        assert wanted in texts, texts


def test_good_character_is_a_condition(extract_text) -> None:
    rows = {row["text"]: row for row in extract_text(SPEC, "spec.md")["minimum"]}
    assert rows["Candidates must be of good character."]["condition"] == "background check"


def test_a_charitys_mandatory_requirements_and_who_may_apply(extract_text) -> None:
    rows = {row["text"]: row for row in extract_text(CHARITY)["minimum"]}
    check = rows["A current Working with Children Check (Employee) in Victoria"]
    assert check["condition"] == "background check", check
    assert "A current full Victorian driver licence" in rows, list(rows)
    who = rows["Only Australian citizens or permanent residents need apply."]
    assert who["condition"] == "work authorisation", who
