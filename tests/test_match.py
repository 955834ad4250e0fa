"""Matching rules on small realistic texts: aliases, fuzzy spellings, implied skills, any-of
groups, hedges, degrees with equivalent experience, and years tied to their skill."""

from __future__ import annotations

import datetime as dt

import pytest

from jobmatch.api import score
from jobmatch.extract import extract_posting
from jobmatch.resume import extract_resume

AS_OF = dt.date(2026, 11, 1)


def verdicts(requirements: str, resume: str) -> list[tuple[str, str]]:
    posting = extract_posting("Requirements\n" + "\n".join(f"- {r}" for r in requirements.split("\n")))
    profile = extract_resume(resume, as_of=AS_OF)
    return [(r.verdict, r.reason) for r in score(posting, profile).results]


JOB = "EXPERIENCE\nSenior Engineer, Acme Corp   Jan 2019 – Present\n"


def test_alias_and_canonical_name_match() -> None:
    [(verdict, reason)] = verdicts("Experience with Kubernetes", JOB + "- Ran 40 k8s clusters\n")
    assert verdict == "met" and "k8s" in reason


def test_fuzzy_spelling_of_a_long_name() -> None:
    [(verdict, reason)] = verdicts("Experience with Elasticsearch", JOB + "- Tuned Elasticsearh indexes\n")
    assert verdict == "met" and "spelled" in reason


def test_short_names_are_never_fuzzy_matched() -> None:
    [(verdict, _)] = verdicts("Experience with Rust", JOB + "- Fixed rest APIs and ran Ruby scripts\n")
    assert verdict == "missing"


def test_narrower_skill_implies_broader_one() -> None:
    """Used in a job, a narrower skill shows the broader one; only listed, it shows it in part."""
    [(verdict, reason)] = verdicts("Experience with containers", JOB + "- Deployed services on Kubernetes\n")
    assert verdict == "met" and "shown by Kubernetes (used in a job)" in reason
    [(verdict, reason)] = verdicts("Spark, Flink or Beam", JOB + "- Built batch jobs in PySpark\n")
    assert verdict == "met" and "shown by PySpark (used in a job)" in reason
    [(verdict, reason)] = verdicts("Experience with containers", "SKILLS\nKubernetes, Go\n")
    assert verdict == "partial" and "shown by Kubernetes (only listed)" in reason


def test_any_of_group_is_met_by_one_member() -> None:
    [(verdict, _)] = verdicts("Experience with PostgreSQL or MySQL", JOB + "- Ran MySQL replicas\n")
    assert verdict == "met"


def test_all_of_needs_every_skill() -> None:
    [(verdict, reason)] = verdicts(
        "Experience with Terraform and Ansible", JOB + "- Wrote Terraform modules\n"
    )
    assert verdict == "partial" and "no mention of Ansible" in reason


def test_hedged_mention_is_only_partial() -> None:
    [(verdict, _)] = verdicts("Experience with Docker", "SKILLS\nFamiliar with Docker\n")
    assert verdict == "partial"


def test_negated_mention_does_not_count() -> None:
    [(verdict, _)] = verdicts("Experience with Kafka", JOB + "- No experience with Kafka yet\n")
    assert verdict == "missing"


def test_years_of_a_skill_count_only_jobs_that_use_it() -> None:
    resume = (
        "EXPERIENCE\nData Engineer, Acme   Jan 2016 – Dec 2019\n- Built pipelines in Scala\n"
        "Backend Engineer, Beta   Jan 2022 – Present\n- Services in Python\n"
    )
    [(verdict, reason)] = verdicts("5+ years of Python", resume)
    assert verdict == "partial" and "4.9 years" in reason  # Jan 2022 to Nov 2026
    [(verdict, _)] = verdicts("5+ years of software engineering experience", resume)
    assert verdict == "met"


@pytest.mark.parametrize(
    "requirement, resume, expected",
    [
        ("BS in Computer Science", "EDUCATION\nB.Sc. Computer Science, State University, 2015", "met"),
        # a lower degree than the one asked does not meet it, even in part
        ("Master's degree in Computer Science", "EDUCATION\nB.S. Computer Science, 2015", "missing"),
        ("BS in Computer Science or equivalent experience", JOB + "- Shipped things\n", "met"),
        ("PhD in Physics", "EDUCATION\nBA in History, 2010", "missing"),
        ("BS in Physics", "EDUCATION\nBA in History, 2010", "partial"),  # the level, not the field
        ("Bachelor's degree in Engineering", "SKILLS\nPython", "missing"),
    ],
)
def test_degree_levels_and_equivalent_experience(requirement: str, resume: str, expected: str) -> None:
    [(verdict, _)] = verdicts(requirement, resume)
    assert verdict == expected


def test_a_condition_a_resume_cannot_show_is_left_out() -> None:
    [(verdict, reason)] = verdicts("Willingness to travel to Lisbon twice a year", JOB)
    assert verdict == "unassessed" and "a résumé does not show this (travel)" in reason


def test_a_hedge_weakens_only_its_own_clause() -> None:
    resume = JOB + "- Deployed services to Microsoft Azure; familiar with Docker\n"
    [(azure, _), (docker, _)] = verdicts("Experience with Azure\nExperience with Docker", resume)
    assert (azure, docker) == ("met", "partial")


DEGREE_OR_YEARS = (
    "BS in Computer Science with 5+ years of experience, or MS with 3+ years of experience, or PhD"
)


def education(degree: str, start: str) -> str:
    return (
        f"EXPERIENCE\nSoftware Engineer, Acme Corp   {start} – Present\n- Built data services\n"
        f"EDUCATION\n{degree}, State University, 2015\n"
    )


@pytest.mark.parametrize(
    ("degree", "start", "expected", "checked_as"),
    [
        ("M.S. in Computer Science", "Jan 2023", "met", "master + 3 years"),  # 3.8 years suffice with an MS
        ("B.S. in Computer Science", "Jan 2023", "partial", "bachelor + 5 years"),  # a BS needs 5
        ("B.S. in Computer Science", "Jan 2021", "met", "bachelor + 5 years"),
        ("Ph.D. in Computer Science", "Sep 2025", "met", "phd"),  # a PhD needs no years
    ],
)
def test_degree_dependent_years(degree: str, start: str, expected: str, checked_as: str) -> None:
    [(verdict, reason)] = verdicts(DEGREE_OR_YEARS, education(degree, start))
    assert verdict == expected, reason
    assert f"checked as {checked_as}" in reason


def test_degree_or_degree_with_shared_years_is_not_split() -> None:
    """ "BS or MS in CS and 3+ years": 3 years with either degree."""
    [(verdict, reason)] = verdicts(
        "BS or MS in Computer Science and 3+ years of experience",
        education("M.S. in Computer Science", "Jan 2025"),
    )
    assert verdict == "partial" and "needs 3+ years" in reason and "offers" not in reason


@pytest.mark.parametrize(
    "heading",
    ["EXPERIENCE / BERUFSERFAHRUNG", "Experience (selected)", "Experience – most recent first", "WERDEGANG"],
)
def test_jobs_count_under_any_experience_heading(heading: str) -> None:
    """A heading jobmatch does not know must not make every job vanish (0 years)."""
    resume = (
        f"Lena Fischer\n\n{heading}\n\nData Engineer | Zalando SE | 03.2019 – heute\n"
        "- Spark and Airflow pipelines on AWS.\n\nEDUCATION\nM.Sc. Informatik, TU München, 2017 – 2019\n"
    )
    [(verdict, reason)] = verdicts("5+ years of data engineering experience", resume)
    assert verdict == "met", reason
    assert "7.8 years" in reason


def test_a_job_title_names_its_field() -> None:
    """ "Data Engineer" is evidence of data engineering, and its years count."""
    resume = "EXPERIENCE\nSenior Data Engineer, Brightwave   Jan 2020 – Present\n- Built pipelines\n"
    [(verdict, reason)] = verdicts("4+ years of experience in data engineering", resume)
    assert verdict == "met" and "in jobs of Data Engineering; résumé shows 6.9 years" in reason


def test_years_offered_instead_of_a_degree_are_not_required_with_the_degree() -> None:
    line = "Bachelor's or Master's degree in Computer Science, or 6+ years of equivalent experience"
    [(verdict, reason)] = verdicts(line, education("B.S. in Computer Science", "Jan 2024"))
    assert verdict == "met" and "needs 6" not in reason
    [(verdict, reason)] = verdicts(line, JOB + "- Python services on Kubernetes\n")
    assert verdict == "met" and "count as equivalent" in reason  # 7.8 years, no degree


def test_equivalent_experience_must_be_in_the_posting_s_field() -> None:
    """Twelve years of nursing do not stand in for a computer science degree."""
    requirements = "BS in Computer Science or equivalent practical experience\nExperience with Python"
    nurse = (
        "EXPERIENCE\nRegistered Nurse, City Hospital   Jan 2014 – Present\n- Patient care in the ICU\n"
        "EDUCATION\nBSN, Nursing, State University, 2013\n"
    )
    (verdict, reason), _ = verdicts(requirements, nurse)
    assert verdict == "partial", reason
    assert "count as equivalent" not in reason


def test_a_spoken_language_is_a_requirement_of_its_own() -> None:
    """ "Kafka, and knowledge of German": German missing is not "met" because Kafka is there;
    and a CEFR level or "(native)" marks a language list in a résumé."""
    [(verdict, reason)] = verdicts(
        "Experience with Kafka and knowledge of German", JOB + "- Ran Kafka clusters\n"
    )
    assert verdict == "partial" and "German is not named in the résumé" in reason
    resume = JOB + "- Ran Kafka clusters\nLANGUAGES\nPortuguese (native), English (C1), German (B1)\n"
    [(verdict, _)] = verdicts("Experience with Kafka and knowledge of German", resume)
    assert verdict == "met"


def test_headings_student_jobs_and_foreign_fields() -> None:
    """ "CLINICAL EXPERIENCE" is an experience heading, a Werkstudent job is not professional
    years, and "M.Sc. Informatik" is a computer science degree."""
    resume = (
        "CLINICAL EXPERIENCE\nRegistered Nurse, City Hospital   Jan 2020 – Present\n- ICU patient care\n"
        "Werkstudent Data Engineering, Siemens   Jan 2015 – Dec 2019\n- SQL reports\n"
        "EDUCATION\nM.Sc. Informatik, TU München, 2019\n"
    )
    (years, years_reason), (degree, degree_reason) = verdicts(
        "8+ years of professional experience\nMaster's degree in Computer Science", resume
    )
    assert years == "partial" and "6.9 years" in years_reason  # the Werkstudent years are not counted
    assert degree == "met", degree_reason


NURSE_POSTING = """Graduate of an accredited school of nursing
Current, unrestricted RN license in the State of Ohio
BLS and ACLS certification from the American Heart Association
Minimum 2 years of acute care experience as an RN
Epic EHR experience"""

NURSE = """ANGELA BROOKS, RN, BSN
LICENSURE & CERTIFICATIONS
Registered Nurse, State of Ohio, License RN.456789 (exp. 10/2027)
BLS (American Heart Association), exp. 2026
ACLS (American Heart Association), exp. 2026
CLINICAL EXPERIENCE
Staff Nurse, Medical-Surgical Unit, Miami Valley Hospital   Jun 2019 – Present
- 5:1 patient assignments on a 30-bed med-surg unit; Epic charting
EDUCATION
Bachelor of Science in Nursing (BSN), Wright State University, 2019
"""

DEVELOPER = """EXPERIENCE
Senior Backend Developer, Acme Corp   Jan 2015 – Present
- Built Java services on Kubernetes
"""


def test_a_nurse_meets_a_nursing_posting_and_a_developer_does_not() -> None:
    """Not only software: licences, certifications and clinical years are checked too."""
    nurse = [verdict for verdict, _ in verdicts(NURSE_POSTING, NURSE)]
    developer = [verdict for verdict, _ in verdicts(NURSE_POSTING, DEVELOPER)]
    assert nurse == ["met"] * 5
    assert "met" not in developer


def test_a_different_tool_of_the_same_kind_is_partly_met_and_said_so() -> None:
    resume = JOB + "- Modelled sheet-metal enclosures in CATIA V5 for the production line\n"
    [(verdict, reason)] = verdicts("Experience with PTC Creo", resume)
    assert verdict == "partial"
    assert "CATIA" in reason and "a different tool of the same kind" in reason
    [(verdict, _)] = verdicts("Experience with PTC Creo", JOB + "- Wrote Python services\n")
    assert verdict == "missing"
