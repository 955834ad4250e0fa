"""Postings laid out the way job boards outside the English-speaking world and public services lay
them out: headings given in two scripts ("加分條件 Nice to have"), a requirements table whose label
cell names what the row asks about ("擅長工具 Tools | C · Git"), and a public service's poster with
"Personal suitability" qualities and "Asset qualifications" — via the CLI."""

from __future__ import annotations

from conftest import minimum_terms

BOARD_POSTING = """# 資深後端工程師 Senior Backend Engineer

# 公司簡介 About us
We build payment terminals for night markets and convenience stores across Taiwan.

# 條件要求 Requirements
工作經歷 Work experience | At least 4 years of backend development in Go or Java.
擅長工具 Tools | PostgreSQL · Redis · Kafka
語文條件 Languages | English: good reading and writing

# 加分條件 Nice to have
- Experience with PCI DSS audits.
- Japanese (JLPT N2 or above).

# 福利制度 Benefits
- Year-end bonus (2 months guaranteed).
"""


def _board_docx(path):
    """The posting as a job board's Word export: headings in Heading 1, list items as bullets."""
    import docx

    document = docx.Document()
    for line in BOARD_POSTING.splitlines():
        if line.startswith("# "):
            document.add_heading(line[2:], level=1)
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path


def test_a_heading_beside_its_other_script_name_is_read(run_json, tmp_path) -> None:
    posting = _board_docx(tmp_path / "board.docx")
    report = run_json("extract", posting, "--format", "json")
    preferred = [r["text"] for r in report["preferred"]]
    assert preferred == ["Experience with PCI DSS audits.", "Japanese (JLPT N2 or above)."], preferred
    minimum = [r["text"] for r in report["minimum"]]
    assert not any("bonus" in t.lower() for t in minimum), minimum


def test_a_table_rows_label_is_not_searched(extract_text) -> None:
    terms = minimum_terms(extract_text(BOARD_POSTING, "board.md"))
    assert not any("Tools" in t or "Languages" in t or "工作" in t for t in terms), terms
    assert {"PostgreSQL", "Redis", "Kafka"} <= set(terms), terms


POSTER = """Policy Analyst
Essential qualifications
EXPERIENCE
Experience providing policy advice to senior management.
PERSONAL SUITABILITY
Judgement
Working effectively with others
Asset qualifications
Experience using R or Stata for policy analysis.
"""

RESUME = """Amélie Gagnon
Gatineau, QC

Experience
Policy Analyst, Housing Secretariat, Ottawa — 06/2021 – present
- Wrote briefing notes and policy options for the Director General and the ADM
- Co-led a working group with four other departments and two provinces on flood-risk data
"""


def test_a_public_service_posters_qualities_are_asked(score_lines) -> None:
    rows = score_lines(POSTER, RESUME)
    assert rows["Working effectively with others"]["bucket"] == "minimum"
    assert rows["Working effectively with others"]["verdict"] != "unassessed"
    assert rows["Experience using R or Stata for policy analysis."]["bucket"] == "preferred"
