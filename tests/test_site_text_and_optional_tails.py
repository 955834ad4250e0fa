"""A careers page's own text is no requirement: its cookie banner, and a sentence about the company
that goes on to announce the opening ("..., and we are looking for four planners to join us"). A
line under a minimum heading keeps its bucket when only a trailing clause is optional ("...;
GitOps with Argo CD (preferred)", "a maintenance system – ideally AMOS"), and is judged on what it
requires — via the CLI, on an HTML page."""

from __future__ import annotations

PAGE = """<!doctype html>
<html><head><title>Maintenance Planner | Kestrel Rail Careers</title></head>
<body>
<div class="banner-wrap" id="privacy-banner">
  <p>This site uses cookies to improve your experience. You can change your choice at any time under
  <a href="/privacy">Cookie settings</a>.</p>
  <button>Accept all cookies</button>
</div>
<main>
<h1>Maintenance Planner – Rolling Stock</h1>
<h2>Who we are</h2>
<p>Kestrel Rail maintains 240 commuter trains from two depots. We are expanding the planning office
ahead of a new seven-year fleet contract, and we are looking for four planners to join us.</p>
<h2>What you'll need</h2>
<ul>
<li>Working knowledge of a computerised maintenance management system – ideally Maximo (SAP PM or
Infor EAM also considered)</li>
<li>Planning heavy maintenance in MS Project or Primavera P6; Power BI dashboards (preferred)</li>
<li>Experience scheduling preventive maintenance for a fleet of vehicles or trains</li>
</ul>
<h2>Nice to have</h2>
<ul><li>An IRSE licence</li></ul>
</main>
</body></html>
"""

RESUME = """Dariusz Nowak
Derby · dariusz.nowak@example.com

Experience
Maintenance Planner, Midland Trains Ltd, Derby — 02/2020 – present
- Plan heavy maintenance exams and overhauls for 96 electric multiple units in Primavera P6
- Schedule preventive maintenance in SAP PM and report compliance each week
"""


def _extracted(extract_text) -> dict:
    return extract_text(PAGE, "planner.html")


def test_a_cookie_banner_and_an_announcement_are_not_requirements(extract_text) -> None:
    report = _extracted(extract_text)
    texts = [r["text"] for bucket in ("minimum", "preferred") for r in report[bucket]]
    assert not any("cookie" in t.lower() for t in texts), texts
    assert not any("four planners" in t for t in texts), texts
    assert len(report["minimum"]) == 3, [r["text"] for r in report["minimum"]]


def test_an_optional_trailing_clause_keeps_the_line_minimum(extract_text) -> None:
    report = _extracted(extract_text)
    minimum = [r["text"] for r in report["minimum"]]
    assert any(t.startswith("Working knowledge of a computerised maintenance") for t in minimum), minimum
    assert any(t.startswith("Planning heavy maintenance") for t in minimum), minimum
    assert [r["text"] for r in report["preferred"]] == ["An IRSE licence"]


def test_the_line_is_judged_on_what_it_requires(score_lines, tmp_path) -> None:
    posting = (
        "Maintenance Planner\n\nWhat you'll need\n"
        "- Planning heavy maintenance in MS Project or Primavera P6; Power BI dashboards (preferred)\n"
    )
    row = score_lines(posting, RESUME)[
        "Planning heavy maintenance in MS Project or Primavera P6; Power BI dashboards (preferred)"
    ]
    assert row["bucket"] == "minimum", row
    assert row["verdict"] == "met", row
    assert "Power BI" not in row["reason"], row
