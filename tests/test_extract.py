"""Posting extraction through the CLI's JSON: the seed posting and ten postings in other styles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import BROKEN_KINDS, POSTINGS, SEED

import jobmatch

EXPECTED = yaml.safe_load((POSTINGS / "expected.yaml").read_text(encoding="utf-8"))


def test_seed_posting_acceptance(run_json) -> None:
    posting = run_json("extract", SEED, "--format", "json")
    assert posting["schema_version"] == "2.0"
    assert len(posting["minimum"]) == 7
    assert len(posting["preferred"]) == 3
    languages = next(r for r in posting["minimum"] if "programming languages" in r["text"])
    assert any({"go", "java", "c", "cpp"} <= set(group) for group in languages["any_of"])
    years = next(r for r in posting["minimum"] if r["years"])
    assert years["years"]["min"] == 2 and years["years"]["max"] is None
    required = {s for r in posting["minimum"] + posting["preferred"] for s in r["skills"]}
    context = {c["skill"] for c in posting["context_skills"]}
    for blurb_skill in ("trino", "presto", "pinot", "hive-metastore", "elasticsearch"):
        assert blurb_skill in context
        assert blurb_skill not in required
    assert "Data Platform" in {area["name"] for area in posting["areas"]}
    assert posting["minimum"][0]["refers_to_areas"] is True


def test_seed_posting_kinds(run_json) -> None:
    posting = run_json("extract", SEED, "--format", "json")
    requirements = posting["minimum"] + posting["preferred"]

    def kinds(needle: str) -> set[str]:
        return set(_find(requirements, needle)["kinds"])

    assert "skill" in kinds("Ability to write high quality code")
    assert "experience" in kinds("2-12+ years")
    assert "domain" in kinds("large scale distributed systems")
    assert "soft" in kinds("Strong collaboration")
    assert "soft" in kinds("Customer obsession")


def _with_implied(skill_ids: list[str]) -> set[str]:
    from jobmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    return set(skill_ids).union(*(taxonomy.implied(s) for s in skill_ids))


def _find(requirements: list[dict], needle: str) -> dict:
    found = [r for r in requirements if needle in r["text"]]
    assert len(found) == 1, f"{needle!r} matched {len(found)} requirements"
    return found[0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_postings(run_json, name: str) -> None:
    expected = EXPECTED[name]
    posting = run_json("extract", POSTINGS / name, "--format", "json")
    assert len(posting["minimum"]) == expected["minimum_count"], [r["text"] for r in posting["minimum"]]
    assert len(posting["preferred"]) == expected["preferred_count"], [r["text"] for r in posting["preferred"]]
    for bucket in ("minimum", "preferred"):
        texts = [r["text"] for r in posting[bucket]]
        for index, item in enumerate(expected.get(bucket, [])):
            requirement = _find(posting[bucket], item["text_contains"])
            assert texts.index(requirement["text"]) == index, "document order"
            named = set(requirement["skills"])
            assert set(item.get("skills", [])) <= named, requirement
            for group in item.get("any_of", []):
                # a member may be named by a narrower skill: "GCP Vertex AI" stands for GCP
                assert any(set(group) <= _with_implied(found) for found in requirement["any_of"]), requirement
            if "years_min" in item:
                assert requirement["years"]["min"] == item["years_min"]
                assert requirement["years"]["max"] == item["years_max"]
            else:
                assert requirement["years"] is None, requirement
            if "degree_level" in item:
                assert requirement["degree"]["level"] == item["degree_level"]
                assert requirement["degree"]["equivalent_experience"] == item["equivalent_experience"]
    required = {s for r in posting["minimum"] + posting["preferred"] for s in r["skills"]}
    for skill in expected.get("context_only", []):
        assert skill not in required
    all_text = " ".join(r["text"] for r in posting["minimum"] + posting["preferred"])
    for phrase in expected.get("not_requirements", []):
        assert phrase not in all_text


def test_library_api_returns_frozen_dataclasses() -> None:
    posting = jobmatch.extract_posting(SEED)
    assert len(posting.minimum) == 7
    with pytest.raises(AttributeError):
        posting.minimum[0].text = "changed"  # type: ignore[misc]
    from_text = jobmatch.extract_posting("Requirements\n- 3+ years of Rust\n- Kubernetes is a plus")
    assert [r.bucket for r in from_text.requirements] == ["minimum", "preferred"]
    assert from_text.preferred[0].cue == "is a plus"


def test_yaml_and_table_formats(run) -> None:
    as_yaml = run("extract", SEED, "--format", "yaml")
    assert as_yaml.exit_code == 0
    assert len(yaml.safe_load(as_yaml.stdout)["minimum"]) == 7
    table = run("extract", SEED)
    assert table.exit_code == 0
    assert "Minimum requirements (7)" in table.stdout
    assert "Preferred requirements (3)" in table.stdout


@pytest.mark.parametrize(
    "content, reason",
    [
        (None, "no such file"),
        (b"", "empty file"),
        (b"\x00\x01\x02binary" * 50, "not text"),
    ],
)
def test_bad_input_is_one_line_error(run, tmp_path: Path, content: bytes | None, reason: str) -> None:
    path = tmp_path / "posting.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("extract", path)
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert str(path) in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr


def test_skills_per_line_gives_one_object_per_input_line(run) -> None:
    lines = ["Go, Java and C/C++", "", "Our R&D team will go to market", "Kubernetes (k8s) on AWS"]
    result = run("skills", "-", "--per-line", input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["line"] for r in records] == [0, 1, 2, 3]
    assert [m["skill"] for m in records[0]["mentions"]] == ["go", "java", "c", "cpp"]
    assert records[1]["mentions"] == [] and records[2]["mentions"] == []
    for record, line in zip(records, lines, strict=True):
        for mention in record["mentions"]:
            assert line[mention["start"] : mention["end"]] == mention["text"]


def test_skills_table_reads_a_document(run) -> None:
    result = run("skills", SEED)
    assert result.exit_code == 0
    assert "Trino" in result.stdout and "skill mention" in result.stdout


@pytest.mark.parametrize("kind", BROKEN_KINDS)
@pytest.mark.parametrize("command", ["extract", "score"])
def test_every_bad_file_is_one_line_on_stderr(run, broken_files, kind: str, command: str) -> None:
    path, reason = broken_files[kind]
    result = run(command, path) if command == "extract" else run(command, path, "--as-of", "2026-11-01")
    assert result.exit_code == 3
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason.lower() in lines[0].lower()


def test_posting_without_requirement_headings_uses_its_requirement_sentences(run, tmp_path: Path) -> None:
    posting = tmp_path / "ap_specialist.txt"
    posting.write_text(
        "Accounts Payable Specialist\n\nHarbor Freight is seeking an AP Specialist. In this role you will "
        "process vendor invoices in SAP.\n\nThe ideal candidate will have an Associate's degree in "
        "Accounting "
        "and at least 3 years of accounts payable experience. Advanced Excel skills are required. "
        "Experience with SAP or Oracle ERP is strongly preferred.\n\nWe offer medical and dental.\n",
        encoding="utf-8",
    )
    data = json.loads(run("extract", posting, "--format", "json").stdout)
    assert [r["text"][:20] for r in data["minimum"]] == ["The ideal candidate ", "Advanced Excel skill"]
    assert data["minimum"][0]["years"]["min"] == 3 and data["minimum"][0]["degree"]["level"] == "associate"
    assert [r["text"][:15] for r in data["preferred"]] == ["Experience with"]


def test_scoring_against_a_posting_with_nothing_to_score_fails(run, tmp_path: Path) -> None:
    posting = tmp_path / "about.txt"
    posting.write_text("About us\nWe make boats. We are nice people.\nBenefits\nLunch\n", encoding="utf-8")
    result = run("score", SEED, "--posting", posting)
    assert result.exit_code == 3 and "no requirements found" in result.stderr
    # a pip user has no data/sections.yaml: say which headings are looked for, which were found
    # and what to do
    assert "sections.yaml" not in result.stderr
    assert "'Requirements'" in result.stderr and "'Nice to have'" in result.stderr
    assert "headings found: 'About us', 'Benefits'" in result.stderr
    assert "put one above the requirements" in result.stderr


CAREERS_PAGE = """<html><head><title>Senior Financial Analyst - Acme Careers</title></head><body>
<div class="crumbs">Careers &gt; Finance &gt; Job Details | Sign In | Job ID: R-20931</div>
<h1>Senior Financial Analyst</h1>
<p>Chicago, IL · Full time</p>
<h2>Requirements</h2>
<ul><li>3+ years of financial modeling in Excel</li><li>Bachelor's degree in Finance</li></ul>
</body></html>
"""


@pytest.mark.parametrize(
    ("name", "content", "title"),
    [
        ("job.html", CAREERS_PAGE, "Senior Financial Analyst"),
        (
            "job.txt",
            "Careers > Finance > Job Details | Sign In | Job ID: R-20931\nSenior Financial Analyst\n"
            "Chicago, IL\n\nRequirements\n- 3+ years of financial modeling in Excel\n",
            "Senior Financial Analyst",
        ),
        (
            "job.txt",
            "Senior Financial Analyst | Acme Careers | Sign In\n\nRequirements\n- 3+ years of Excel\n",
            "Senior Financial Analyst",
        ),
    ],
)
def test_the_title_is_the_job_title_not_the_careers_page_breadcrumb(
    run, tmp_path: Path, name: str, content: str, title: str
) -> None:
    posting = tmp_path / name
    posting.write_text(content, encoding="utf-8")
    data = json.loads(run("extract", posting, "--format", "json").stdout)
    assert data["title"] == title
    report = run("score", SEED, "--posting", posting, "--format", "markdown").stdout
    assert f"**Posting:** {title} (" in report


def test_a_pdf_running_header_is_not_the_title() -> None:
    from jobmatch.extract import extract_posting

    # its first line is the page header "Streamlane Careers · Site Reliability Engineer · page 1"
    assert extract_posting(POSTINGS / "sre.pdf").title == "Site Reliability Engineer, Platform"


@pytest.mark.parametrize(
    "line, bucket, all_of, any_of",
    [
        (
            "Experience with Klaviyo, Braze, or a similar email marketing platform",
            "minimum",
            [],
            [["klaviyo", "braze", "email-marketing"]],
        ),
        ("5+ years in SRE, DevOps or infrastructure roles", "minimum", [], [["sre", "devops"]]),
        ("Solid understanding of relational databases, ideally PostgreSQL", "minimum", ["sql-databases"], []),
        ("Fluent English; German is a plus", "minimum", ["english"], []),
        ("Experience with GraphQL is a plus", "preferred", ["graphql"], []),
        ("Ideally, exposure to Rust", "preferred", ["rust"], []),
        ("Strong in Java or Kotlin (we use Spring Boot)", "minimum", [], [["java", "kotlin"]]),
        ("MS or PhD in Computer Science, Machine Learning, Statistics or related field", "minimum", [], []),
        (
            "A cloud data warehouse such as Snowflake or BigQuery",
            "minimum",
            [],
            [["data-warehousing", "snowflake", "bigquery"]],
        ),
        # an "and" after an "or" closes the any-of list; "either" names the only choices
        ("Python or Go, plus SQL", "minimum", ["sql"], [["python", "go"]]),
        ("Strong SQL and either Python or Scala", "minimum", ["sql"], [["python", "scala"]]),
        ("Terraform or Pulumi and Kubernetes", "minimum", ["kubernetes"], [["terraform", "pulumi"]]),
        ("Python, Go, and SQL", "minimum", ["python", "go", "sql"], []),
        # "including" after a list names what is needed; after one skill, what that skill covers
        (
            "4+ years on AWS or GCP, including Terraform and Kubernetes",
            "minimum",
            ["terraform", "kubernetes"],
            [["aws", "gcp"]],
        ),
        ("Web accessibility (WCAG 2.1) experience", "minimum", [], [["web-accessibility", "wcag"]]),
        # a colon or comma after an example cue does not hide it
        (
            "Big data technologies such as: Hadoop, Hive, Spark",
            "minimum",
            [],
            [["big-data", "hadoop", "hive", "spark"]],
        ),
        (
            "Scripting languages (e.g., Python, Bash)",
            "minimum",
            [],
            [["scripting-languages", "python", "bash"]],
        ),
    ],
)
def test_lists_and_cues_within_a_line(line: str, bucket: str, all_of: list, any_of: list) -> None:
    [requirement] = jobmatch.extract_posting("Requirements\n- " + line).requirements
    assert requirement.bucket == bucket
    assert list(requirement.all_of) == all_of
    assert [list(group) for group in requirement.any_of] == any_of


@pytest.mark.parametrize(
    "line, expected, not_asked",
    [
        # one bullet is one requirement, as a recruiter reads it; a clause the line calls a plus is
        # not part of what it asks for
        (
            "Infrastructure as code with Terraform; Pulumi is a plus",
            [("minimum", "Infrastructure as code with Terraform; Pulumi is a plus")],
            {"pulumi"},
        ),
        # what a line says is not required is not asked for
        (
            "Fluent written and spoken English; Portuguese or Spanish is not required",
            [("minimum", "Fluent written and spoken English; Portuguese or Spanish is not required")],
            {"portuguese", "spanish"},
        ),
        ("A university degree is not required", [], set()),
        (
            "Kubernetes is not required, but a plus",
            [("preferred", "Kubernetes is not required, but a plus")],
            set(),
        ),
        ("SQL; dbt; Airflow", [("minimum", "SQL; dbt; Airflow")], set()),
        # "will be an added advantage": the clause is a plus, not a minimum
        (
            "3+ years in warehouse operations; a NEBOSH certificate will be an added advantage",
            [
                (
                    "minimum",
                    "3+ years in warehouse operations; a NEBOSH certificate will be an added advantage",
                )
            ],
            {"nebosh"},
        ),
    ],
)
def test_clauses_and_waived_items(line: str, expected: list[tuple[str, str]], not_asked: set[str]) -> None:
    posting = jobmatch.extract_posting("Requirements\n- " + line + "\n- 3+ years of Go")
    found = [(r.bucket, r.text) for r in posting.requirements if r.text != "3+ years of Go"]
    assert sorted(found) == sorted(expected)
    asked = {t.id for r in posting.requirements for t in r.terms}
    assert not asked & not_asked


def test_a_json_resume_is_not_taken_for_a_posting(run) -> None:
    result = run("extract", Path(__file__).parents[1] / "data" / "examples" / "fullstack_midlevel.json")
    assert result.exit_code == 3
    assert "JSON Resume" in result.stderr and "not a job posting" in result.stderr


def test_an_advantageous_heading_holds_preferred_items() -> None:
    """ "Advantageous" (as South African, Indian and UK postings write it) heads the plus items;
    the items under it are neither lost nor minimum."""
    posting = jobmatch.extract_posting(
        "Requirements\n- Valid forklift licence\n- 2 years in a distribution centre\n\n"
        "Advantageous:\n- SAP EWM\n- First aid certificate\n"
    )
    found = [(r.bucket, r.text) for r in posting.requirements]
    assert ("preferred", "SAP EWM") in found and ("preferred", "First aid certificate") in found
    assert [b for b, _ in found].count("minimum") == 2


def test_spans_in_finds_what_a_scan_of_every_span_finds() -> None:
    """spans_in bisects a sorted index (a scan per requirement was quadratic on long postings)."""
    from jobmatch.extract import process_blocks, spans_in
    from jobmatch.pipeline import SKILLS
    from jobmatch.sections import split_sections

    text = "Requirements\n" + "".join(f"- {n} years of Python, Go and SQL; AWS or GCP\n" for n in range(40))
    doc, segments = process_blocks(split_sections(text, "posting"))
    for segment in segments:
        end = segment.start + len(segment.text)
        scan = [s for s in doc.spans[SKILLS] if s.start_char >= segment.start and s.end_char <= end]
        assert spans_in(doc, SKILLS, segment.start, end) == scan
    assert spans_in(doc, SKILLS, 0, len(doc.text)) == list(doc.spans[SKILLS])


NURSE_REQUIREMENTS = """Required Qualifications
- Active RN license in the State of Wisconsin
- 2+ years of acute care nursing experience
- BLS and ACLS certification
"""


@pytest.mark.parametrize(
    ("name", "content", "title"),
    [
        (  # the title only in <title>; the body has a "Req · place · hours" line
            "lakeview_req_5521.html",
            "<html><head><title>Registered Nurse - Cardiac ICU | Careers at Lakeview Health</title></head>"
            "<body><p>Req ID: 5521 · Milwaukee, WI · Full time</p><h3>Required Qualifications</h3>"
            "<ul><li>Active RN license in the State of Wisconsin</li></ul></body></html>",
            "Registered Nurse - Cardiac ICU",
        ),
        (  # the company first in <title>, a requisition number last
            "lakeview_req_5522.html",
            "<html><head><title>Lakeview Health Careers - Registered Nurse - Cardiac ICU (REQ-5522)</title>"
            "</head><body><p>Req ID: 5522 · Milwaukee, WI · Full time</p><h3>Required Qualifications</h3>"
            "<ul><li>Active RN license in the State of Wisconsin</li></ul></body></html>",
            "Registered Nurse - Cardiac ICU",
        ),
        (  # a <title> of navigation only: the file's name, not the place
            "cardiac_icu_nurse.html",
            "<html><head><title>Careers &gt; Nursing &gt; Job Details | Sign In</title></head>"
            "<body><p>Req ID: 5523 · Milwaukee, WI · Full time</p><h3>Required Qualifications</h3>"
            "<ul><li>Active RN license in the State of Wisconsin</li></ul></body></html>",
            "Cardiac icu nurse",
        ),
        (  # a breadcrumb written with slashes
            "posting.txt",
            "Home / Careers / Nursing / Registered Nurse\nRegistered Nurse - Cardiac ICU\nMilwaukee, WI\n\n"
            + NURSE_REQUIREMENTS,
            "Registered Nurse - Cardiac ICU",
        ),
        (  # a job board paste: the company, then the title, then place and applicants
            "posting.txt",
            "Lakeview Health\nRegistered Nurse - Cardiac ICU\nMilwaukee, WI · Reposted 3 days ago · "
            "Over 200 applicants\n\n" + NURSE_REQUIREMENTS,
            "Registered Nurse - Cardiac ICU",
        ),
    ],
    ids=["title-tag", "title-tag-company-first", "title-tag-navigation", "slash-breadcrumb", "board-paste"],
)
def test_the_title_is_a_job_title_not_a_place_a_company_or_a_breadcrumb(
    run, tmp_path: Path, name: str, content: str, title: str
) -> None:
    """A careers page with the title only in <title> was titled "Minneapolis, MN" (from "Job ID ·
    Minneapolis, MN · Full time"), a slash breadcrumb was taken whole, and a LinkedIn paste was
    titled with the company's name."""
    posting = tmp_path / name
    posting.write_text(content, encoding="utf-8")
    data = json.loads(run("extract", posting, "--format", "json").stdout)
    assert data["title"] == title
    report = run("score", SEED, "--posting", posting, "--format", "markdown").stdout
    assert f"**Posting:** {title} (" in report


def test_a_pdf_posting_wrapped_at_the_page_width(run_json, tmp_path: Path) -> None:
    """Lines a PDF cut at the text width: a bullet's last words on a line of their own ("Microsoft" /
    "Dynamics 365"), a benefit's last word that is also a heading word ("performance-related" /
    "bonus"), and a "Contact" section of application instructions, which asks nothing of a résumé."""
    from tests.conftest import make_pdf

    posting = make_pdf(
        tmp_path / "warehouse_lead.pdf",
        [
            "Warehouse Team Lead (m/f/d) - Tilburg",
            "Your profile",
            "• At least 3 years of experience leading a warehouse team and working with Microsoft",
            "Dynamics 365",
            "• A valid reach truck certificate",
            "What we offer",
            "• A pension plan with employer contribution and a yearly performance-related",
            "bonus",
            "• Flexible working hours and a company bicycle plan",
            "Contact",
            "Please send your CV, a cover letter and copies of your certificates to our recruiter.",
        ],
    )
    data = run_json("extract", posting, "--format", "json")
    texts = [r["text"] for r in data["minimum"] + data["preferred"]]
    assert any(t.endswith("working with Microsoft Dynamics 365") for t in texts), texts
    assert not any("Flexible working hours" in t or "cover letter" in t for t in texts), texts
    assert data["preferred"] == [], data["preferred"]


@pytest.mark.parametrize(
    ("line", "languages"),
    [
        ("You speak and write Portuguese and Spanish at a professional level", ["portuguese", "spanish"]),
        ("Speak and read Japanese", ["japanese"]),
        ("You write Italian and French with confidence", ["french", "italian"]),
    ],
)
def test_spoken_language_lines_name_languages_not_literal_terms(
    run_json, tmp_path: Path, line: str, languages: list[str]
) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text(f"# Export Coordinator\n\n## Requirements\n- {line}\n", encoding="utf-8")
    requirement = run_json("extract", posting, "--format", "json")["minimum"][0]
    terms = [t for g in requirement["groups"] for t in g["terms"]]
    assert sorted(t["id"] for t in terms) == languages, terms
    assert {t["kind"] for t in terms} == {"language"}, terms


def test_a_word_posting_s_last_list_item_does_not_swallow_the_next_paragraph(
    run_json, tmp_path: Path
) -> None:
    """A Word paragraph is never a line cut at the page width: the closing paragraph after a list
    stays out of the list's last requirement."""
    from tests.conftest import make_docx

    posting = make_docx(
        tmp_path / "forklift_operator.docx",
        [
            ("Title", "Forklift Operator"),
            ("Heading 1", "Preferred Qualifications"),
            ("List Bullet", "Counterbalance and reach truck experience"),
            ("List Bullet", "Familiarity with warehouse management systems such as SAP EWM or Manhattan"),
            (
                "Normal",
                "Lakeview Distribution offers medical, dental and vision coverage from day one and a 401(k)",
            ),
        ],
    )
    data = run_json("extract", posting, "--format", "json")
    last = data["preferred"][-1]["text"]
    assert last == "Familiarity with warehouse management systems such as SAP EWM or Manhattan", last


def test_requirements_under_an_unknown_heading_beside_a_nice_to_have_list(run_json, tmp_path: Path) -> None:
    """Only "Nice to have" is a heading jobmatch knows: the qualifications under "Hoping you
    bring" are still read, by their form, and not the duties above them; a wrap that starts with a
    bracket or a capitalised name ends the line above it."""
    from tests.conftest import make_pdf

    posting = make_pdf(
        tmp_path / "dispatcher.pdf",
        [
            "Freight Dispatcher - Rotterdam",
            "Your week",
            "• Plan daily routes for 25 trucks across the Benelux and answer drivers' calls during the",
            "night shift",
            "Hoping you bring",
            "• At least 2 years of experience as a dispatcher or planner in European road freight transport",
            "(FTL/LTL)",
            "• Hands-on experience with a transport management system such as Transporeon, Alpega",
            "TMS or Descartes",
            "• Fluent in Dutch and English",
            "Nice to have",
            "• Experience planning ADR (dangerous goods) shipments",
        ],
    )
    data = run_json("extract", posting, "--format", "json")
    minimum = [r["text"] for r in data["minimum"]]
    assert minimum == [
        "At least 2 years of experience as a dispatcher or planner in European road freight transport"
        " (FTL/LTL)",
        "Hands-on experience with a transport management system such as Transporeon, Alpega TMS or Descartes",
        "Fluent in Dutch and English",
    ], minimum
    assert [r["text"] for r in data["preferred"]] == ["Experience planning ADR (dangerous goods) shipments"]


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("Tanker or liquid bulk hauling experience (preferred)", True),
        ("Retail management experience is an asset", True),
        ("A passion for customer experience", False),
        ("We offer a great experience for every guest", False),
    ],
)
def test_a_kind_of_work_then_the_word_experience_asks_for_experience(line: str, asks: bool) -> None:
    from jobmatch.phrases import asks_for_experience

    assert asks_for_experience(line) is asks


def _groups_of(run_json, tmp_path: Path, line: str) -> list[list[tuple[str, str]]]:
    posting = tmp_path / "line.txt"
    posting.write_text(f"Requirements:\n- {line}\n", encoding="utf-8")
    [requirement] = run_json("extract", posting, "--format", "json")["minimum"]
    return [[(t["kind"], t["text"]) for t in g["terms"] if not g["detail"]] for g in requirement["groups"]]


@pytest.mark.parametrize(
    ("line", "asked", "not_asked"),
    [
        # a product after a brand the taxonomy knows is what is asked, searched literally
        (
            "Hands-on experience with Juniper Apstra or Cisco ACI fabrics",
            ("term", "Cisco ACI"),
            ("skill", "Cisco"),
        ),
        # a moving thing, not an app
        (
            "3 years as Mobile Crane Operator (Liebherr LTM)",
            ("term", "Mobile Crane Operator"),
            ("skill", "Mobile"),
        ),
        # the holders, the person and a verb's particle are not things asked
        (
            "Forklift licence holders",
            ("credential", "Forklift licence"),
            ("credential", "Forklift licence holders"),
        ),
    ],
)
def test_what_a_line_asks_by_name(
    run_json, tmp_path: Path, line: str, asked: tuple, not_asked: tuple
) -> None:
    terms = [t for g in _groups_of(run_json, tmp_path, line) for t in g]
    assert not_asked not in terms, terms
    assert any(kind == asked[0] and asked[1] in text for kind, text in terms), terms


def test_every_place_in_brackets_after_a_kind_of_work_is_a_detail(run_json, tmp_path: Path) -> None:
    """ "Mine site experience (Olympic Dam, Prominent Hill, Carrapateena)": the sites show the kind
    of work; none of them is asked on its own (each was, past the first)."""
    groups = _groups_of(
        run_json, tmp_path, "Mine site experience (Olympic Dam, Prominent Hill, Carrapateena)"
    )
    assert [t for g in groups for t in g] == [("term", "Mine site")], groups


def test_a_count_of_things_then_the_things_in_brackets_asks_that_many_of_them(
    run_json, tmp_path: Path
) -> None:
    posting = tmp_path / "line.txt"
    posting.write_text("Requirements:\n- At least 2 CIMA papers passed (E1, P1, F1, E2)\n", encoding="utf-8")
    [requirement] = run_json("extract", posting, "--format", "json")["minimum"]
    [papers] = [g for g in requirement["groups"] if len(g["terms"]) > 1]
    assert papers["need"] == 2 and {t["text"] for t in papers["terms"]} == {"E1", "P1", "F1", "E2"}


@pytest.mark.parametrize(
    ("line", "not_asked"),
    [
        ("Five years with a Danish shipping company", ("language", "Danish")),  # the country's company
        ("Experience selling into the Japanese market", ("language", "Japanese")),
        ("Supervise and mentor nursing staff on the ward", ("skill", "nursing")),  # the people worked with
        ("Good command of English for reports and AMOS entries", ("term", "AMOS entries")),  # the use of it
        ("PLC fault-finding (e.g. Siemens S7 / TIA Portal)", ("concept", "fault-finding+Siemens S7")),
    ],
)
def test_what_a_line_does_not_ask(run_json, tmp_path: Path, line: str, not_asked: tuple) -> None:
    groups = _groups_of(run_json, tmp_path, line)
    terms = [t for g in groups for t in g]
    if "+" in not_asked[1]:  # two names that must not be one any-of choice
        first, second = not_asked[1].split("+")
        assert not any({first, second} <= {text for _, text in g} for g in groups), groups
    else:
        assert not any(
            kind == not_asked[0] and text.lower() == not_asked[1].lower() for kind, text in terms
        ), terms
