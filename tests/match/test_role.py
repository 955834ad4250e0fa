"""The role checker: the posting's title names a field of work, and the candidate's jobs are in it
(met), were in it long ago or are in a close field (partly), or are not (missing). It counts as
one minimum requirement; a title no field knows, or a résumé with no dated job, counts for nobody."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from jobmatch.api import score
from jobmatch.config import load_config
from jobmatch.extract import extract_posting
from jobmatch.match.role import role_fields
from jobmatch.resume import extract_resume

AS_OF = dt.date(2026, 11, 1)

PAYABLES_POSTING = """Staff Accountant (Accounts Payable)
Harbour Freight Logistics · Leeds · Full time

Requirements
- Strong Excel skills, including pivot tables
- Experience reconciling supplier statements
"""

ACCOUNTANT = """Priyanka Osei
EXPERIENCE
Accounts Payable Accountant, Calder Valley Foods   Mar 2021 – Present
- Reconciled supplier statements for 600 vendors each month in Sage 200
- Built Excel pivot tables for the weekly payment run
Accounts Assistant, Kirkgate Motors   Jun 2018 – Feb 2021
- Posted purchase invoices and ran the BACS payment file
"""

FORMER_ACCOUNTANT = """Tomasz Nowak
EXPERIENCE
Secondary School Teacher of Business Studies, St Aidan's Academy   Sep 2015 – Present
- Taught GCSE and A-level business studies; built Excel pivot tables for attainment data
Staff Accountant, Pennine Textiles   Jan 2010 – Aug 2015
- Reconciled supplier statements and prepared month-end accruals
"""

FINANCIAL_ANALYST = """Grace Mwangi
EXPERIENCE
Financial Analyst, Lakeside Insurance   Feb 2019 – Present
- Built Excel forecasting models with pivot tables for the CFO
- Reconciled supplier statements with the payables team at quarter end
"""

CHEF = """Luca Bianchi
EXPERIENCE
Sous Chef, Trattoria Verde   Apr 2017 – Present
- Ran a brigade of 8 and costed menus in Excel with pivot tables
- Reconciled supplier statements for produce and dry goods
"""


def role_of(posting_text: str, resume_text: str):
    result = score(extract_posting(posting_text), extract_resume(resume_text, as_of=AS_OF))
    return result.role, result


@pytest.mark.parametrize(
    ("resume", "verdict", "said"),
    [
        (ACCOUNTANT, "met", "works in Accounting: Accounts Payable Accountant"),
        (FORMER_ACCOUNTANT, "partial", "worked in Accounting more than 5 years ago: Staff Accountant"),
        (FINANCIAL_ANALYST, "partial", "a close field (Finance"),
        (CHEF, "missing", "no job in Accounting; the latest: Sous Chef"),
    ],
)
def test_the_candidates_jobs_against_the_postings_role(resume: str, verdict: str, said: str) -> None:
    role, _ = role_of(PAYABLES_POSTING, resume)
    assert role is not None
    assert role.fields == ("Accounting",)
    assert (role.verdict, said in role.reason) == (verdict, True), role.reason
    if verdict != "missing":
        assert role.evidence, "the job line that shows the role is quoted"


def test_doing_the_job_ranks_above_meeting_the_same_lines_from_another_field() -> None:
    """Both meet both lines (Excel, supplier statements); only one is an accountant."""
    _, accountant = role_of(PAYABLES_POSTING, ACCOUNTANT)
    _, chef = role_of(PAYABLES_POSTING, CHEF)
    assert [r.verdict for r in chef.results] == [r.verdict for r in accountant.results] == ["met", "met"]
    assert accountant.score == 100
    assert chef.score < accountant.score * 0.85


def test_a_qualifier_in_the_title_narrows_the_role() -> None:
    """ "- Emergency Department" makes the role acute care nursing: an ER nurse's job is in it, a
    nursing assistant's only close to it."""
    wanted = role_fields("Registered Nurse - Emergency Department (Nights)")
    assert wanted is not None and wanted.own == {"acute-care-nursing"}
    posting = "Registered Nurse - Emergency Department (Nights)\n\nRequirements\n- Current BLS\n"
    er_nurse = (
        "EXPERIENCE\nEmergency Room Nurse, St Luke's Hospital   Jan 2020 – Present\n"
        "- Triage of 40 patients a shift\n"
    )
    aide = (
        "EXPERIENCE\nCertified Nursing Assistant, Maple Grove Care Home   Jan 2020 – Present\n"
        "- Helped residents with ADLs\n"
    )
    assert role_of(posting, er_nurse)[0].verdict == "met"
    assert role_of(posting, aide)[0].verdict == "partial"


def test_a_generic_title_of_the_broader_field_is_in_the_role() -> None:
    """A "Software Engineer" is taken for a backend role; a "Frontend Engineer" is only close."""
    posting = "Backend Engineer, Billing\n\nRequirements\n- Experience with PostgreSQL\n"
    generic = (
        "EXPERIENCE\nSoftware Engineer, Fjord Billing AS   Mar 2020 – Present\n"
        "- Ran PostgreSQL for invoicing\n"
    )
    frontend = (
        "EXPERIENCE\nFrontend Engineer, Pixelgrove   Mar 2020 – Present\n"
        "- Built React views over PostgreSQL data\n"
    )
    assert role_of(posting, generic)[0].verdict == "met"
    assert role_of(posting, frontend)[0].verdict == "partial"


@pytest.mark.parametrize(
    ("posting", "resume"),
    [
        # a title no field of work knows
        ("Beekeeper\n\nRequirements\n- Excel\n", ACCOUNTANT),
        # a résumé with no dated job: nothing to tell the role by
        (PAYABLES_POSTING, "Skills\nExcel, pivot tables, Sage 200, reconciling supplier statements\n"),
    ],
)
def test_no_role_verdict_counts_for_nobody(posting: str, resume: str) -> None:
    role, result = role_of(posting, resume)
    assert role is None
    off = load_config()
    from dataclasses import replace

    unweighted = score(result.posting, result.resume, replace(off, role_share=0.0, role_missing_factor=1.0))
    assert result.score == unweighted.score


@pytest.mark.parametrize(
    ("first_lines", "title"),
    [
        ("Subject: Staff Accountant - Leeds - £32k + pension\n", "Staff Accountant - Leeds - £32k + pension"),
        ("Job Title: Payroll Accountant\nLocation: Cork\n", "Payroll Accountant"),
        ("Halvorsen & Vik AS\nOslo · Bergen\nSenior Mechanical Engineer\n", "Senior Mechanical Engineer"),
    ],
)
def test_the_postings_title_is_found_past_labels_and_the_companys_name(first_lines: str, title: str) -> None:
    posting = extract_posting(f"{first_lines}\nRequirements\n- Excel\n")
    assert posting.title == title
    assert role_fields(posting.title) is not None


def _jobmatch(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jobmatch", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"},
        timeout=300,
    )


def test_every_report_says_the_role(tmp_path: Path) -> None:
    (tmp_path / "posting.md").write_text(PAYABLES_POSTING, encoding="utf-8")
    (tmp_path / "chef.txt").write_text(CHEF, encoding="utf-8")
    common = ("score", "chef.txt", "--posting", "posting.md", "--as-of", "2026-11-01")
    report = json.loads(_jobmatch(*common, "--format", "json", cwd=tmp_path).stdout)
    assert report["role"]["verdict"] == "missing"
    assert report["role"]["fields"] == ["Accounting"]
    assert report["role"]["title"] == "Staff Accountant (Accounts Payable)"
    text = _jobmatch(*common, cwd=tmp_path).stdout
    assert "Role:" in text and "Accounting: missing (no job in Accounting" in " ".join(text.split())
    markdown = _jobmatch(*common, "--format", "markdown", cwd=tmp_path).stdout
    assert "- **Role:** Accounting: missing" in markdown
    page = _jobmatch(*common, "--format", "html", cwd=tmp_path).stdout
    assert "<p id='role' class='missing'>Role: Accounting: missing" in page


def test_screen_ranks_the_accountant_first_and_says_the_chef_has_no_accounting_job(tmp_path: Path) -> None:
    import csv

    (tmp_path / "posting.md").write_text(PAYABLES_POSTING, encoding="utf-8")
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "chef.txt").write_text(CHEF, encoding="utf-8")
    (folder / "accountant.txt").write_text(ACCOUNTANT, encoding="utf-8")
    result = _jobmatch(
        "screen",
        "cvs",
        "-p",
        "posting.md",
        "--as-of",
        "2026-11-01",
        "--no-cache",
        "-o",
        "out.csv",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert [row["file"] for row in rows] == ["accountant.txt", "chef.txt"]
    assert rows[1]["top_gaps"].split("; ")[-1] == "no job in Accounting"
    assert "no job in" not in rows[0]["top_gaps"]


def test_a_generic_title_falls_short_of_a_specialty_its_duties_do_not_show() -> None:
    """A "Software Engineer" building REST services is close to a data engineering role, not in
    it; one whose duties are data pipelines and the warehouse is in it."""
    posting = "Data Engineer\n\nRequirements\n- Experience with Python\n"
    services = (
        "EXPERIENCE\nSoftware Engineer, Tallow Payments   Mar 2021 – Present\n"
        "- Built REST services in Python for card refunds\n"
    )
    pipelines = (
        "EXPERIENCE\nSoftware Engineer, Tallow Payments   Mar 2021 – Present\n"
        "- Built ETL pipelines in Python that load the data warehouse nightly\n"
        "- Moved batch jobs from cron to Airflow DAGs\n"
    )
    assert role_of(posting, services)[0].verdict == "partial"
    assert role_of(posting, pipelines)[0].verdict == "met"


def test_a_paralegal_is_in_legal_support_not_a_lawyer() -> None:
    """A paralegal's job is close to a lawyer's role, not in it; a solicitor's is close to a
    paralegal role."""
    lawyer_posting = "Employment Lawyer\n\nRequirements\n- Experience with employment tribunals\n"
    paralegal_posting = "Corporate Paralegal\n\nRequirements\n- Experience with entity management\n"
    paralegal = (
        "EXPERIENCE\nLitigation Paralegal, Brandt & Cole LLP   May 2021 – Present\n"
        "- Prepared trial binders and e-filing for 60 matters\n"
    )
    solicitor = (
        "EXPERIENCE\nSolicitor, Marsh Whitlow LLP   Sep 2020 – Present\n"
        "- Advised employers on dismissals and tribunal claims\n"
    )
    assert role_of(lawyer_posting, paralegal)[0].verdict == "partial"
    assert role_of(lawyer_posting, solicitor)[0].verdict == "met"
    assert role_of(paralegal_posting, paralegal)[0].verdict == "met"
    assert role_of(paralegal_posting, solicitor)[0].verdict == "partial"


def test_an_account_manager_sells_but_a_sales_title_does_not_show_account_management() -> None:
    """Account management is a kind of sales job: a key account manager is in a sales role; a
    generic sales title alone is only close to an account-management role."""
    sales_posting = "Regional Sales Executive\n\nRequirements\n- Experience closing new business\n"
    account_posting = "Key Account Manager\n\nRequirements\n- Experience growing key accounts\n"
    account_manager = (
        "EXPERIENCE\nKey Account Manager, Ostfold Packaging AS   Mar 2019 – Present\n"
        "- Grew 20 retail key accounts; renewals and upsell worth NOK 30m a year\n"
    )
    sales_rep = (
        "EXPERIENCE\nSales Representative, Ostfold Packaging AS   Mar 2019 – Present\n"
        "- Prospected and closed 40 new retail customers\n"
    )
    assert role_of(sales_posting, account_manager)[0].verdict == "met"
    assert role_of(sales_posting, sales_rep)[0].verdict == "met"
    assert role_of(account_posting, account_manager)[0].verdict == "met"
    assert role_of(account_posting, sales_rep)[0].verdict == "partial"
