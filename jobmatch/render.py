"""Renderers: results to terminal tables, JSON, YAML, Markdown, CSV and HTML.

No spaCy here. JSON output is stable: keys in a fixed order, ``schema_version`` first.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from jobmatch.loaders import REPORT_MARKER, SHORTLIST_CSV_START
from jobmatch.models import Evidence, Posting, Requirement, Resume, SkillMention, TermGroup, to_dict
from jobmatch.safe_text import csv_cell, display_name, escape, markdown_cell, printable

if TYPE_CHECKING:
    from jobmatch.batch import ScreenRow
    from jobmatch.match import PartVerdict, RequirementResult
    from jobmatch.score import MatchResult
    from jobmatch.spanmodel import ModelSpan

EXTRACT_SCHEMA_VERSION = "2.0"  # 2.0: groups of terms (skills, literal terms, languages ...), conditions


def posting_dict(posting: Posting) -> dict[str, Any]:
    data = to_dict(posting)
    data.pop("sections", None)
    for bucket in ("minimum", "preferred"):
        for entry, requirement in zip(data[bucket], getattr(posting, bucket), strict=True):
            # the groups flattened, as readers of schema 1.x knew them
            entry["skills"] = list(requirement.skills)
            entry["all_of"] = list(requirement.all_of)
            entry["any_of"] = [list(g) for g in requirement.any_of]
            entry["concepts"] = list(requirement.concepts)
    return {"schema_version": EXTRACT_SCHEMA_VERSION, **data}


def posting_json(posting: Posting) -> str:
    return json.dumps(posting_dict(posting), indent=2, ensure_ascii=False)


def posting_yaml(posting: Posting) -> str:
    import yaml

    return yaml.safe_dump(posting_dict(posting), sort_keys=False, allow_unicode=True, width=100)


def _group_text(group: TermGroup, names: dict[str, str]) -> str:
    members = [
        names.get(t.id, t.text) if t.kind in ("skill", "concept", "language") else t.text for t in group.terms
    ]
    if len(members) == 1 and not group.examples:
        text = members[0]
    elif group.need > 1:
        text = f"{group.need} of " + " / ".join(members)
    else:
        text = ("e.g. " if group.examples else "any of ") + " / ".join(members)
    return text


def _requirement_details(requirement: Requirement, names: dict[str, str]) -> str:
    parts: list[str] = []
    if requirement.condition and requirement.condition_shown:
        return f"needs experience of it ({requirement.condition}), shown by a job line"
    if requirement.condition:
        return f"not shown by a résumé ({requirement.condition}); not scored"
    main = [g for g in requirement.groups if not g.detail]
    details = [g for g in requirement.groups if g.detail]
    if main:
        parts.append("needs " + ", ".join(_group_text(g, names) for g in main))
    if details:
        parts.append("details: " + ", ".join(_group_text(g, names) for g in details))
    alternatives = requirement.degree.alternatives if requirement.degree else ()
    for years in (requirement.years, *requirement.sub_years):
        if years and not alternatives:
            upper = f"-{years.max:g}" if years.max is not None else "+"
            parts.append(f"{years.min:g}{upper} years")
    if requirement.degree:
        degree = requirement.degree
        text = degree.level or "a degree"
        if alternatives:
            text = " or ".join(f"{level} + {need:g} years" if need else level for level, need in alternatives)
        if degree.fields:
            text += " in " + "/".join(degree.fields)
        if degree.equivalent_experience:
            text += " (or equivalent experience)"
        parts.append(text)
    if requirement.refers_to_areas:
        parts.append("one of the posting's areas")
    if requirement.cue:
        parts.append(f"preferred because of “{requirement.cue}”")
    return "; ".join(parts) or "—"


def print_posting(posting: Posting, console: Console, names: dict[str, str]) -> None:
    console.print(
        f"[bold]{escape(posting.title)}[/bold]  [dim]({escape(posting.source)})[/dim]", soft_wrap=True
    )
    for label, requirements in (("Minimum", posting.minimum), ("Preferred", posting.preferred)):
        table = Table(
            title=f"{label} requirements ({len(requirements)})",
            title_justify="left",
            show_lines=False,
            expand=True,
        )
        table.add_column("#", style="dim", no_wrap=True)
        table.add_column("Requirement", ratio=3)
        table.add_column("Kinds", no_wrap=True)
        table.add_column("Extracted", ratio=2)
        for requirement in requirements:
            table.add_row(
                requirement.id,
                escape(requirement.text),
                ", ".join(requirement.kinds),
                escape(_requirement_details(requirement, names)),
            )
        print_whole(table, console)
    if posting.context_skills:
        skills = sorted({names.get(c.skill, c.skill) for c in posting.context_skills})
        console.print(
            f"[dim]Context only (named outside the requirements):[/dim] {escape(', '.join(skills))}",
            soft_wrap=True,
        )
    if posting.areas:
        console.print("[dim]Areas:[/dim] " + escape(", ".join(a.name for a in posting.areas)), soft_wrap=True)


def mention_dict(mention: SkillMention) -> dict[str, Any]:
    return {"start": mention.start, "end": mention.end, "text": mention.text, "skill": mention.skill}


def print_mentions(rows: list[tuple[int, SkillMention]], console: Console, names: dict[str, str]) -> None:
    table = Table(title=f"{len(rows)} skill mention(s)", title_justify="left")
    table.add_column("Line", justify="right", style="dim")
    table.add_column("Offsets", style="dim")
    table.add_column("Text")
    table.add_column("Skill id")
    table.add_column("Skill")
    for line, mention in rows:
        table.add_row(
            str(line),
            f"{mention.start}-{mention.end}",
            escape(mention.text),
            mention.skill,
            escape(names.get(mention.skill, mention.skill)),
        )
    print_whole(table, console)


def model_span_dict(span: ModelSpan) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text, "label": span.label}


def print_model_spans(rows: list[tuple[int, ModelSpan]], console: Console) -> None:
    table = Table(title=f"{len(rows)} span(s) from the skill-span model", title_justify="left")
    table.add_column("Line", justify="right", style="dim")
    table.add_column("Offsets", style="dim")
    table.add_column("Text")
    table.add_column("Label")
    for line, span in rows:
        table.add_row(str(line), f"{span.start}-{span.end}", escape(span.text), span.label)
    print_whole(table, console)


# --- score results ---------------------------------------------------------------------------

MARKS = {"met": "✓", "partial": "◐", "missing": "✗", "unassessed": "?"}
COLOURS = {"met": "green", "partial": "yellow", "missing": "red", "unassessed": "dim"}
VERDICT_LABELS = {"met": "met", "partial": "partly met", "missing": "missing", "unassessed": "not assessed"}


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    return {"text": evidence.text, "section": evidence.section, "line": evidence.line}


NO_NAME = "no name found"


def facts_dict(resume: Resume) -> dict[str, Any]:
    """What was read from the résumé, each fact with its line and how it was read (the "facts"
    object of ``score --format json``)."""
    experience = resume.experience
    return {
        "experience": {
            "years": experience.years,
            "method": experience.method,
            "evidence": {"text": experience.evidence, "line": experience.line}
            if experience.line is not None
            else None,
            "dated_years": experience.dated_years,
            "stated_years": experience.stated_years,
            "jobs": experience.jobs,
        },
        "stated_years": [
            {
                "years": s.years,
                "phrase": s.phrase,
                "text": s.text,
                "line": s.line,
                "labelled_total": s.labelled_total,
                "fields": list(s.fields),
            }
            for s in resume.stated_years
        ],
        "positions": [
            {
                "title": p.title,
                "start": p.start,
                "end": p.end,
                "months": p.months,
                "kind": p.kind,
                "fields": list(p.fields),
                "method": p.method,
                "line": p.line,
            }
            for p in resume.positions
        ],
        "degrees": [
            {
                "level": e.level,
                "degree": e.degree,
                "fields": list(e.fields),
                "status": e.status,
                "year": e.year,
                "text": e.text,
                "line": e.line,
                "section": e.section,
            }
            for e in resume.education
        ],
        "skill_years": [
            {
                "term": s.term,
                "skill": s.skill,
                "years": s.years,
                "less_than": s.less_than,
                "text": s.text,
                "line": s.line,
                "method": s.method,
            }
            for s in resume.skill_years
        ],
        "languages": [
            {
                "language": lang.language,
                "name": lang.name,
                "level": lang.level,
                "text": lang.text,
                "line": lang.line,
                "method": lang.method,
            }
            for lang in resume.languages
        ],
        "credentials": [
            {
                "name": c.name,
                "state": c.state,
                "date": c.date,
                "expires": c.expires,
                "cue": c.cue,
                "text": c.text,
                "line": c.line,
            }
            for c in resume.credentials
        ],
        "written_in": {
            "language": resume.written_in.language,
            "name": resume.written_in.name,
            "confidence": resume.written_in.confidence,
        },
        "name": resume.contact.name,
        "warnings": list(resume.warnings),
    }


def years_text(resume: Resume) -> str:
    """ "4.5 professional years" or "professional years unknown", as the header says it."""
    years = resume.experience.years
    return "professional years unknown" if years is None else f"{years:g} professional years"


def facts_summary(resume: Resume, limit: int = 4) -> list[tuple[str, str]]:
    """(label, text) lines saying what was read and how, for the terminal and Markdown reports."""
    experience = resume.experience
    lines: list[tuple[str, str]] = []
    if experience.years is None:
        lines.append(("Experience", "unknown: no dated job and no stated figure"))
    else:
        where = f" — “{_cut(experience.evidence, 70)}” (line {experience.line})" if experience.line else ""
        lines.append(("Experience", f"{experience.years:g} years ({experience.method}){where}"))
    if resume.education:
        degrees = [
            f"{e.level or 'no level'} ({e.degree or _cut(e.text, 30)}"
            + ("" if e.status == "completed" else ", " + e.status.replace("_", " "))
            + ")"
            for e in resume.education[:limit]
        ]
        lines.append(("Degrees", "; ".join(degrees)))
    if resume.languages:
        lines.append(
            (
                "Languages",
                ", ".join(
                    f"{lang.name}{' ' + lang.level if lang.level else ''}"
                    for lang in resume.languages[: limit + 2]
                ),
            )
        )
    if resume.credentials:
        held = [c for c in resume.credentials if c.state == "held"]
        others = [c for c in resume.credentials if c.state != "held"]
        parts = [f"{len(held)} held"] if held else []
        parts += [
            f"{_cut(c.name, 40)} {c.state.replace('_', ' ')}{' ' + c.date if c.date else ''}"
            for c in others[:limit]
        ]
        lines.append(("Credentials", "; ".join(parts)))
    if resume.skill_years:
        lines.append(
            (
                "Skill years",
                ", ".join(
                    f"{s.term} {'<' if s.less_than else ''}{s.years:g}"
                    for s in resume.skill_years[: limit + 2]
                ),
            )
        )
    lines.append(("Name", resume.contact.name or NO_NAME))
    return lines


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def part_dict(part: PartVerdict) -> dict[str, Any]:
    """One checker's finding for a part of a requirement (a skill, a group, the years ...)."""
    return {
        "kind": part.kind,
        "verdict": part.verdict,
        "reason": part.reason,
        "evidence": [evidence_dict(e) for e in part.evidence],
        "matched": list(part.matched),
        "missing": list(part.missing),
        "gap": part.gap,
    }


def result_dict(result: MatchResult) -> dict[str, Any]:
    """The ``score --format json`` document (see ``jobmatch schema``). Keys are stable."""
    from jobmatch import __version__
    from jobmatch.score import SCHEMA_VERSION
    from jobmatch.taxonomy import load_taxonomy

    resume = result.resume
    return {
        "schema_version": SCHEMA_VERSION,
        "jobmatch_version": __version__,
        "taxonomy_version": load_taxonomy().version,
        "score": result.score,
        "meets_minimum": result.meets_minimum,
        "summary": result.summary,
        "minimum": to_dict(result.minimum),
        "preferred": to_dict(result.preferred),
        "posting": {"source": result.posting.source, "title": result.posting.title},
        "resume": {
            "source": resume.source,
            "format": resume.format,
            "name": resume.contact.name,
            "as_of": resume.as_of,
            "total_years": resume.total_years,
            "positions": [
                {"title": p.title, "start": p.start, "end": p.end, "months": p.months, "kind": p.kind}
                for p in resume.positions
            ],
            "education": [
                {"level": e.level, "fields": list(e.fields), "text": e.text} for e in resume.education
            ],
            "skills": sorted({s.skill for s in resume.skills}),
        },
        "facts": facts_dict(resume),
        "requirements": [
            {
                "id": r.requirement.id,
                "bucket": r.requirement.bucket,
                "text": r.requirement.text,
                "kinds": list(r.requirement.kinds),
                "verdict": r.verdict,
                "confidence": r.confidence,
                "reason": r.reason,
                "evidence": [evidence_dict(e) for e in r.evidence],
                "matched": list(r.matched),
                "missing": list(r.missing),
                "searched_for": list(r.searched_for),
                "suggestion": r.suggestion,
                "gap": r.gap if r.verdict in ("partial", "missing") else "",
                "parts": [part_dict(p) for p in r.parts],
                "areas": [{"name": a.name, "score": a.score, "matched": list(a.matched)} for a in r.areas],
            }
            for r in result.results
        ],
        "best_areas": [
            {
                "name": a.name,
                "score": a.score,
                "matched": list(a.matched),
                "evidence": [evidence_dict(e) for e in a.evidence],
            }
            for a in result.best_areas
        ],
        "role": role_dict(result),
    }


def role_dict(result: MatchResult) -> dict[str, Any] | None:
    """The posting's role against the candidate's jobs (None: the title names no known field of
    work, or the résumé has no dated job)."""
    role = result.role
    if role is None:
        return None
    return {
        "title": role.role,
        "fields": list(role.fields),
        "verdict": role.verdict,
        "reason": role.reason,
        "evidence": [evidence_dict(e) for e in role.evidence],
    }


def role_text(result: MatchResult) -> str:
    """ "Role (Backend engineering): met: works in ..." or "" without a role verdict."""
    role = result.role
    if role is None:
        return ""
    return f"{' or '.join(role.fields)}: {VERDICT_LABELS[role.verdict]} ({role.reason})"


def result_json(result: MatchResult) -> str:
    return json.dumps(result_dict(result), indent=2, ensure_ascii=False)


def _quote(evidence: tuple[Evidence, ...], limit: int = 160) -> str:
    if not evidence:
        return ""
    first = evidence[0]
    text = first.text if len(first.text) <= limit else first.text[: limit - 1] + "…"
    return f"“{text}” ({first.section}, line {first.line})"


def gate_state(result: MatchResult) -> str:
    if result.minimum.missing:
        return "missed"
    return "unknown" if result.minimum.unassessed else "met"


def gate_text(result: MatchResult) -> str:
    """The minimum requirements as gates, said plainly (never "meets every" when some went unchecked)."""
    state = gate_state(result)
    if state == "missed":
        return "misses a minimum requirement"
    if state == "unknown":
        count = result.minimum.unassessed
        return f"could not check {count} minimum requirement{'s' if count > 1 else ''}: see 'not assessed'"
    if result.minimum.partial:  # the gate is passed, but "meets every" would overstate it
        count = result.minimum.partial
        return f"no minimum requirement is missing; {count} {'is' if count == 1 else 'are'} only partly met"
    return "meets every minimum requirement"


def print_result(result: MatchResult, console: Console) -> None:
    colour = "green" if result.score >= 75 else "yellow" if result.score >= 50 else "red"
    gate = {"met": "[green]{}[/green]", "missed": "[red]{}[/red]", "unknown": "[yellow]{}[/yellow]"}[
        gate_state(result)
    ].format(gate_text(result))
    header = (
        f"[bold {colour}]{result.score}/100[/bold {colour}]  {escape(result.summary)}\n"
        f"{gate}\n[dim]Résumé:[/dim] {escape(result.resume.source)} "
        f"[dim]({years_text(result.resume)} as of {result.resume.as_of})[/dim]\n"
        f"[dim]Posting:[/dim] {escape(result.posting.title)} [dim]({escape(result.posting.source)})[/dim]"
    )
    if result.role is not None:
        colour = COLOURS[result.role.verdict]
        header += f"\n[dim]Role:[/dim] [{colour}]{escape(role_text(result))}[/{colour}]"
    for warning in result.resume.warnings:
        header += f"\n[yellow]warning: {escape(warning)}[/yellow]"
    print_whole(Panel(header, title="jobmatch", title_align="left", expand=True), console)
    console.print("[bold]What was read[/bold]")
    for label, text in facts_summary(result.resume):
        console.print(f"  [dim]{label}:[/dim] {escape(text)}", soft_wrap=True)
    table = Table(show_lines=True, expand=True)
    table.add_column("", no_wrap=True)
    table.add_column("Requirement", ratio=3)
    table.add_column("Verdict and why", ratio=3)
    table.add_column("Evidence from the résumé", ratio=3)
    table.add_column("What to add", ratio=2)
    for item in result.results:
        colour = COLOURS[item.verdict]
        label = f"[{colour}]{VERDICT_LABELS[item.verdict]}[/{colour}]"
        requirement = f"[dim]{item.requirement.id}[/dim] {escape(item.requirement.text)}"
        table.add_row(
            f"[{colour}]{MARKS[item.verdict]}[/{colour}]",
            requirement,
            f"{label}: {escape(item.reason)}",
            escape(_quote(item.evidence)) or "[dim]—[/dim]",
            escape(item.suggestion) or "[dim]—[/dim]",
        )
    print_whole(table, console)
    if result.best_areas:
        console.print("[bold]Best-fit areas[/bold]")
        for area in result.best_areas[:3]:
            console.print(
                f"  • {escape(area.name)} [dim](score {area.score:g})[/dim]: "
                f"{escape(', '.join(area.matched[:6]))}",
                soft_wrap=True,
            )


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell (no HTML, links, pipes or line breaks)."""
    return markdown_cell(text)


def _html(text: str) -> str:
    """Text safe in HTML: escaped, control characters written out."""
    return html.escape(printable(text, one_line=False))


MARKDOWN_MARKER = f"<!-- {REPORT_MARKER} -->"  # invisible when rendered; see loaders
HTML_MARKER = f'<meta name="generator" content="{REPORT_MARKER}">'


def result_markdown(result: MatchResult) -> str:
    lines = [
        f"# jobmatch report: {result.score}/100",
        MARKDOWN_MARKER,
        "",
        f"- **Résumé:** {_md(result.resume.source)} ({years_text(result.resume)} as of "
        f"{result.resume.as_of})",
        f"- **Posting:** {_md(result.posting.title)} ({_md(result.posting.source)})",
        f"- **Summary:** {_md(result.summary)}; " + gate_text(result),
        *([f"- **Role:** {_md(role_text(result))}"] if result.role is not None else []),
        *[f"- **Warning:** {_md(warning)}" for warning in result.resume.warnings],
        "",
        "## What was read",
        "",
        *[f"- **{label}:** {_md(text)}" for label, text in facts_summary(result.resume)],
        "",
        "| | Requirement | Verdict | Why | Evidence | What to add |",
        "|---|---|---|---|---|---|",
    ]
    for item in result.results:
        lines.append(
            f"| {MARKS[item.verdict]} | {_md(item.requirement.text)} | {VERDICT_LABELS[item.verdict]} | "
            f"{_md(item.reason)} | {_md(_quote(item.evidence))} | {_md(item.suggestion)} |"
        )
    if result.best_areas:
        lines += ["", "## Best-fit areas", ""]
        lines += [
            f"- **{_md(a.name)}** (score {a.score:g}): {_md(', '.join(a.matched[:6]))}"
            for a in result.best_areas[:3]
        ]
    return "\n".join(lines) + "\n"


HTML_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#1d1d1f;
max-width:1200px}
h1{font-size:1.6rem;margin-bottom:.2rem}.score{font-size:2.4rem;font-weight:700}
.met{color:#1a7f37}.partial{color:#9a6700}.missing{color:#cf222e}.unassessed{color:#6e7781}
table{border-collapse:collapse;width:100%;margin-top:1rem}th,td{border:1px solid #d0d7de;padding:.45rem;
vertical-align:top;text-align:left;font-size:.9rem}th{background:#f6f8fa}
mark{background:#fff3b0;padding:0 .1rem}
.meta{color:#57606a}.mark{font-size:1.2rem;text-align:center}blockquote{margin:0;color:#24292f}
.warning{color:#9a6700;font-weight:600}
"""


def _highlight(text: str, mentions: tuple[str, ...]) -> str:
    """HTML-escape ``text`` and wrap the matched words in <mark>."""
    escaped = _html(text)
    for mention in sorted({m for m in mentions if m and len(m) > 1}, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w>]){re.escape(html.escape(mention))}(?![\w<])", re.IGNORECASE)
        escaped = pattern.sub(lambda m: f"<mark>{m.group()}</mark>", escaped)
    return escaped


def result_html(result: MatchResult) -> str:
    """One self-contained HTML page; every piece of résumé or posting text is escaped."""
    e = _html
    rows = []
    for item in result.results:
        evidence = (
            "".join(
                f"<blockquote>{_highlight(line.text, item.mentions)}</blockquote>"
                f"<div class='meta'>{e(line.section)}, line {line.line}</div>"
                for line in item.evidence
            )
            or "—"
        )
        rows.append(
            f"<tr class='{item.verdict}'><td class='mark {item.verdict}'>{MARKS[item.verdict]}</td>"
            f"<td><span class='meta'>{e(item.requirement.id)}</span> {e(item.requirement.text)}</td>"
            f"<td><strong class='{item.verdict}'>{VERDICT_LABELS[item.verdict]}</strong><br>"
            f"{e(item.reason)}</td>"
            f"<td>{evidence}</td><td>{e(item.suggestion) or '—'}</td></tr>"
        )
    areas = "".join(
        f"<li><strong>{e(a.name)}</strong> (score {a.score:g}): {e(', '.join(a.matched[:6]))}</li>"
        for a in result.best_areas[:3]
    )
    colour = "met" if result.score >= 75 else "partial" if result.score >= 50 else "missing"
    facts = "".join(
        f"<li><strong>{e(label)}:</strong> {e(text)}</li>" for label, text in facts_summary(result.resume)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{HTML_MARKER}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>jobmatch report: {result.score}/100</title><style>{HTML_STYLE}</style></head>
<body>
<h1>jobmatch report</h1>
<div class="score {colour}" id="score">{result.score}/100</div>
<p id="summary">{e(result.summary)}; {gate_text(result)}</p>
<p class="meta">Résumé: {e(result.resume.source)} ({years_text(result.resume)} as of
{e(result.resume.as_of)})<br>Posting: {e(result.posting.title)} ({e(result.posting.source)})</p>
{f"<p id='role' class='{result.role.verdict}'>Role: {e(role_text(result))}</p>" if result.role else ""}
{"".join(f"<p class='warning' role='alert'>Warning: {e(w)}</p>" for w in result.resume.warnings)}
<h2>What was read</h2><ul id="facts">{facts}</ul>
<table><thead><tr><th></th><th>Requirement</th><th>Verdict and why</th><th>Evidence from the résumé</th>
<th>What to add</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table>
{f"<h2>Best-fit areas</h2><ul>{areas}</ul>" if areas else ""}
<p class="meta">Made offline by jobmatch. Nothing was sent anywhere.</p>
</body></html>
"""


# --- what a gap lacks ------------------------------------------------------------------------

# Read from a result's reason, whose wording match.py owns; when it changes, the gap text
# falls back on what was searched for rather than going wrong.
YEARS_SHORT = re.compile(
    r"needs (?P<need>\d+(?:\.\d+)?(?:\+|-\d+(?:\.\d+)?)?) years(?P<scope>[^;]*); "
    r"résumé shows (?P<have>\d+(?:\.\d+)?) years"
)
FIELD_MISMATCH = re.compile(r"degree in (?P<has>[^,;]+), not (?P<wanted>[^;]+)")
DEGREE_HELD = re.compile(r"\bhas (?P<level>\w+) degree\b")
DEGREE_WANTED = re.compile(r"^(?P<level>secondary|diploma|associate|bachelor|master|phd) degree\b")
DEGREE_LADDER = ("secondary", "diploma", "associate", "bachelor", "master", "phd")
GAP_ITEMS = 4  # names shown per gap; the rest are counted


@functools.cache
def display_names() -> dict[str, str]:
    """Skill and concept ids to the names people read ("cpp" -> "C++")."""
    from jobmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    names = {skill_id: skill.name for skill_id, skill in taxonomy.skills.items()}
    names.update({concept_id: concept.name for concept_id, concept in taxonomy.concepts.items()})
    return names


def gap_text(result: RequirementResult, names: dict[str, str] | None = None) -> str:
    """What a partly met or missing requirement lacks, in a few words: the years short ("1.2 of
    3+ years"), the degree ("no degree found"), the skills and terms not found ("Go/Java/C++"
    for a group any one of which would do). Built from the result's ``missing``,
    ``searched_for`` and ``reason`` and the requirement's parts (the names of its literal terms,
    the years it asks), never from the line's wording."""
    names = display_names() if names is None else names
    requirement = result.requirement
    # a literal term's id ("term:vmotion") is no name: it is shown as the posting wrote it (looked
    # up beside ``names``, not merged into a copy of it: that copied every taxonomy name per gap)
    written = {t.id: t.text for group in requirement.groups for t in group.terms if t.id not in names}
    parts: list[str] = []
    reason = result.reason
    years = YEARS_SHORT.search(reason)
    if years and float(years.group("have")) < float(re.split(r"[+-]", years.group("need"))[0]):
        parts.append(f"{float(years.group('have')):g} of {_years_asked(requirement, years)}")
    parts += _degree_gap(result)
    missing = list(
        dict.fromkeys(names[item] if item in names else written.get(item, item) for item in result.missing)
    )
    groups = [
        label[len("any of ") :].split(", ") for label in result.searched_for if label.startswith("any of ")
    ]
    shown: list[str] = []
    for name in missing:
        if any(name in item.split("/") for item in shown):
            continue
        group = next((g for g in groups if name in g and all(member in missing for member in g)), None)
        shown.append("/".join(group) if group else name)
    if len(shown) > GAP_ITEMS:
        shown = [*shown[:GAP_ITEMS], f"+{len(shown) - GAP_ITEMS} more"]
    parts += shown
    if parts:
        return ", ".join(parts)
    if result.gap:  # what the checkers say is missing, when the names above say nothing
        return _shorten(result.gap, 80)
    labels = [
        label[len("any of ") :].replace(", ", "/")
        if label.startswith("any of ")
        else label.split(" (e.g. ")[0]
        for label in result.searched_for
    ]
    if labels:
        lead = "only partly shown" if result.verdict == "partial" else "not found"
        return f"{lead}: {', '.join(labels[:GAP_ITEMS])}"
    return _shorten(reason, 80)


def _years_asked(requirement: Requirement, found: re.Match[str]) -> str:
    """ "3 years of Linux": the years as the posting asks them (no "3+" where it said "3 years")
    and what they are of, from the reason's "needs 3+ years in jobs of Linux"."""
    need = found.group("need")
    least = float(re.split(r"[+-]", need)[0])
    for asked in (requirement.years, *requirement.sub_years):
        if asked is not None and asked.min == least:
            if asked.max is not None and asked.max != asked.min:
                need = f"{asked.min:g}-{asked.max:g}"
            else:
                need = f"{asked.min:g}+" if "+" in asked.text else f"{asked.min:g}"
            break
    scope = found.group("scope").strip()
    scope = "of " + scope[len("in jobs of ") :] if scope.startswith("in jobs of ") else scope
    return f"{need} years {scope}".strip()


def _degree_gap(result: RequirementResult) -> list[str]:
    reason = result.reason
    if "no degree found" in reason:
        return ["no degree found"]
    mismatch = FIELD_MISMATCH.search(reason)
    if mismatch:
        wanted = mismatch.group("wanted").replace("-", " ")
        return [f"degree in {wanted} (has {mismatch.group('has').replace('-', ' ')})"]
    if "field was not recognised" in reason:
        return ["degree field not recognised"]
    held = DEGREE_HELD.search(reason)
    wanted = next((m for label in result.searched_for if (m := DEGREE_WANTED.match(label))), None)
    if (
        held
        and wanted
        and held.group("level") in DEGREE_LADDER
        and DEGREE_LADDER.index(wanted.group("level")) > DEGREE_LADDER.index(held.group("level"))
    ):
        return [f"{wanted.group('level')} degree (has {held.group('level')})"]
    return []


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- screening shortlists --------------------------------------------------------------------

SCREEN_SCHEMA_VERSION = "1.2"  # 1.1: stats.interrupted; 1.2: duplicates


def _display_path(path: str, root: str | None) -> str:
    """The path below ``root``, with undecodable bytes and control characters written out."""
    if root and path.startswith(root.rstrip("/") + "/"):
        path = path[len(root.rstrip("/")) + 1 :]
    return display_name(path)


def minimum_cell(row: ScreenRow) -> str:
    """ "4/6 (2 partly)": the met count beside what is neither met nor missing, so "4/6" does not
    stand beside ``meets_minimum: true`` unexplained (partly met is not missing)."""
    extras = [f"{row.minimum_partial} partly"] if row.minimum_partial else []
    extras += [f"{row.minimum_unassessed} not assessed"] if row.minimum_unassessed else []
    return f"{row.minimum_met}/{row.minimum_total}" + (f" ({', '.join(extras)})" if extras else "")


def print_whole(renderable: Table | Panel, console: Console) -> None:
    """On a terminal a table (or panel) fits the window; written to a file or a program, each
    row stays whole on one line, nothing cut at 80 columns (file names, "computer-science",
    "Certifications" uncut, for people, grep and sort alike)."""
    if console.is_terminal:
        console.print(renderable)
        return
    from rich.measure import Measurement

    renderable.expand = False  # columns as wide as their content, not shared out by ratio
    natural = Measurement.get(console, console.options.update(max_width=100_000), renderable).maximum
    if natural <= console.width:
        console.print(renderable)
        return
    # print() never goes wider than its console: a console of the same kind, as wide as the table
    wide = type(console)(
        file=console.file, width=natural, color_system=console.color_system, no_color=console.no_color
    )
    wide.print(renderable)


def print_shortlist(
    ranked: list[ScreenRow],
    skipped: list[ScreenRow],
    console: Console,
    *,
    root: str | None,
    redact: bool,
    scored: int,
    skipped_total: int,
    min_score: int | None = None,
    best_score: int | None = None,
) -> None:
    """The ranking (``ranked``: the rows shown of ``scored`` résumés) and the skipped files
    (``skipped``: those shown of ``skipped_total``). Files that are not résumés (a .zip, an
    image) are never counted as résumés; an empty ranking is said in words, not drawn."""
    if not ranked:
        if not scored:
            console.print(
                "No résumé was scored: every file was skipped (the reasons are below).", soft_wrap=True
            )
        elif min_score is not None:
            console.print(
                f"No résumé scored {min_score} or more (--min-score {min_score}): all {scored} scored "
                f"lower, the best {best_score}.",
                soft_wrap=True,
            )
    else:
        _print_ranking(ranked, console, root=root, redact=redact, scored=scored, min_score=min_score)
    for note in shortlist_notes(ranked, root):
        console.print(f"[yellow]note:[/yellow] {escape(note)}", soft_wrap=True)
    if skipped:
        title = f"Skipped {skipped_total} file(s)"
        if len(skipped) < skipped_total:
            title += f", showing {len(skipped)}"
        listing = Table(title=title, title_justify="left", expand=True)
        listing.add_column("File", ratio=1)
        listing.add_column("Reason", ratio=2)
        for row in skipped:
            listing.add_row(escape(_display_path(row.path, root)), escape(row.reason))
        print_whole(listing, console)


def _print_ranking(
    ranked: list[ScreenRow],
    console: Console,
    *,
    root: str | None,
    redact: bool,
    scored: int,
    min_score: int | None,
) -> None:
    title = f"Ranked {len(ranked)} of {scored} scored résumé(s)"
    if min_score is not None:
        title += f" (--min-score {min_score})"
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("File", ratio=2)
    if not redact:
        table.add_column("Candidate", ratio=1)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Minimum met", justify="center", no_wrap=True)
    table.add_column("Top gaps", ratio=3)
    for position, row in enumerate(ranked, start=1):
        colour = "green" if row.meets_minimum else "yellow" if (row.score or 0) >= 50 else "red"
        cells = [str(position), escape(_display_path(row.path, root))]
        if not redact:
            cells.append(escape(row.name or NO_NAME))
        cells += [
            f"[{colour}]{row.score}[/{colour}]",
            minimum_cell(row),
            escape("; ".join(row.top_gaps)) or "[dim]—[/dim]",
        ]
        table.add_row(*cells)
    print_whole(table, console)


def shortlist_notes(ranked: list[ScreenRow], root: str | None) -> list[str]:
    """Duplicates ("same person: cv.pdf, cv.docx") and each résumé's warnings, one line each."""
    notes, seen = [], set()
    for row in ranked:
        if row.duplicates and row.path not in seen:
            group = sorted({row.path, *row.duplicates})
            seen.update(group)
            notes.append("same person (duplicates): " + ", ".join(_display_path(p, root) for p in group))
    notes += [f"{_display_path(row.path, root)}: {warning}" for row in ranked for warning in row.warnings]
    return notes


def shortlist_csv(
    ranked: list[ScreenRow], skipped: list[ScreenRow], posting: Posting, root: str | None
) -> str:
    """One row per file (skipped ones too), one column per requirement with its verdict, headed
    "min-1: <the requirement's text>" so that a spreadsheet says what each column is."""
    import csv
    import io

    requirement_ids = [r.id for r in posting.requirements]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = [
        *SHORTLIST_CSV_START,  # how a rerun tells this file from a résumé (see loaders)
        "minimum_met",
        "minimum_partly_met",
        "minimum_not_assessed",
        "minimum_total",
        "candidate",
        "top_gaps",
        "reason",
        "duplicates",
        "warnings",
        *(f"{r.id}: {r.text}" for r in posting.requirements),  # posting text: neutralised too
    ]
    writer.writerow(map(csv_cell, header))
    columns_before_reason = header.index("reason") - header.index("status") - 1
    for position, row in enumerate(ranked, start=1):
        verdicts = dict(row.verdicts)
        writer.writerow(
            map(
                csv_cell,
                [
                    position,
                    _display_path(row.path, root),
                    row.status,
                    row.score,
                    row.meets_minimum,
                    row.minimum_met,
                    row.minimum_partial,
                    row.minimum_unassessed,
                    row.minimum_total,
                    row.name or "",
                    "; ".join(row.top_gaps),
                    "",
                    "; ".join(_display_path(p, root) for p in row.duplicates),
                    "; ".join(row.warnings),
                    *(verdicts.get(i, "") for i in requirement_ids),
                ],
            )
        )
    for row in skipped:
        writer.writerow(
            map(
                csv_cell,
                [
                    "",
                    _display_path(row.path, root),
                    row.status,
                    *("" for _ in range(columns_before_reason)),
                    row.reason,
                    "",
                    "",
                    *("" for _ in requirement_ids),
                ],
            )
        )
    return buffer.getvalue()


def write_shortlist_json(
    handle: IO[str],
    ranked: list[ScreenRow],
    skipped: list[ScreenRow],
    posting: Posting,
    report_of: Callable[[ScreenRow], str],
    stats: dict[str, Any] | None = None,
) -> None:
    """``results`` holds one ``score --format json`` document per scored résumé, best first.

    Written piece by piece: the reports are copied from the spool, never all held at once."""
    head = {
        "schema_version": SCREEN_SCHEMA_VERSION,
        "posting": {
            "source": posting.source,
            "title": posting.title,
            "requirements": [{"id": r.id, "bucket": r.bucket, "text": r.text} for r in posting.requirements],
        },
    }
    handle.write("{\n" + json.dumps(head, indent=2, ensure_ascii=False)[2:-2] + ',\n  "results": [')
    for index, row in enumerate(ranked):
        handle.write(("," if index else "") + "\n    " + report_of(row))
    handle.write('\n  ],\n  "skipped": ')
    handle.write(
        json.dumps(
            [{"file": display_name(row.path), "reason": row.reason} for row in skipped], ensure_ascii=False
        )
    )
    groups = sorted({tuple(sorted({row.path, *row.duplicates})) for row in ranked if row.duplicates})
    duplicates = [[display_name(path) for path in group] for group in groups]
    handle.write(',\n  "duplicates": ' + json.dumps(duplicates, ensure_ascii=False))
    handle.write(',\n  "stats": ' + json.dumps(stats or {}) + "\n}\n")


def shortlist_markdown(
    ranked: list[ScreenRow], skipped: list[ScreenRow], posting: Posting, root: str | None, redact: bool
) -> str:
    lines = [
        f"# Shortlist: {_md(posting.title)}",
        MARKDOWN_MARKER,
        "",
        f"{len(ranked)} résumé(s) ranked, {len(skipped)} skipped.",
        "",
        "| # | File |" + ("" if redact else " Candidate |") + " Score | Minimum met | Top gaps |",
        "|---|---|" + ("" if redact else "---|") + "---|---|---|",
    ]
    for position, row in enumerate(ranked, start=1):
        candidate = "" if redact else f" {_md(row.name or NO_NAME)} |"
        lines.append(
            f"| {position} | {_md(_display_path(row.path, root))} |{candidate} {row.score} | "
            f"{minimum_cell(row)} | {_md('; '.join(row.top_gaps))} |"
        )
    notes = shortlist_notes(ranked, root)
    if notes:
        lines += ["", "## Notes", "", *[f"- {_md(note)}" for note in notes]]
    if skipped:
        lines += ["", "## Skipped", "", "| File | Reason |", "|---|---|"]
        lines += [f"| {_md(_display_path(r.path, root))} | {_md(r.reason)} |" for r in skipped]
    return "\n".join(lines) + "\n"


SORT_SCRIPT = """
document.querySelectorAll('th[data-sort]').forEach((th, column) => th.addEventListener('click', () => {
  const body = th.closest('table').tBodies[0];
  const numeric = th.dataset.sort === 'number';
  const direction = th.dataset.direction === 'asc' ? -1 : 1;
  th.dataset.direction = direction === 1 ? 'asc' : 'desc';
  const rows = Array.from(body.rows);
  rows.sort((a, b) => {
    const x = a.cells[column].dataset.value ?? a.cells[column].textContent;
    const y = b.cells[column].dataset.value ?? b.cells[column].textContent;
    return direction * (numeric ? Number(x) - Number(y) : x.localeCompare(y));
  });
  rows.forEach(row => body.appendChild(row));
}));
"""


def _quotes_html(evidence: list[dict[str, Any]]) -> str:
    return "".join(f"<blockquote>{_html(item['text'])}</blockquote>" for item in evidence)


def shortlist_html(
    ranked: list[ScreenRow],
    skipped: list[ScreenRow],
    posting: Posting,
    root: str | None,
    redact: bool,
    report_of: Callable[[ScreenRow], str],
) -> str:
    """A self-contained, sortable page; each row links to that résumé's gap report below."""
    e = _html
    rows, reports = [], []
    for position, row in enumerate(ranked, start=1):
        anchor = f"report-{position}"
        candidate = "" if redact else f"<td>{e(row.name or NO_NAME)}</td>"
        rows.append(
            f"<tr><td data-value='{position}'>{position}</td>"
            f"<td><a href='#{anchor}'>{e(_display_path(row.path, root))}</a></td>{candidate}"
            f"<td data-value='{row.score}'>{row.score}</td>"
            f"<td data-value='{row.minimum_met}'>{minimum_cell(row)}</td>"
            f"<td>{e('; '.join(row.top_gaps))}</td></tr>"
        )
        report = json.loads(report_of(row))
        items = "".join(
            f"<tr><td class='mark {e(r['verdict'])}'>{MARKS.get(r['verdict'], '?')}</td>"
            f"<td>{e(r['text'])}</td>"
            f"<td>{e(r['reason'])}</td><td>{_quotes_html(r['evidence'])}</td><td>{e(r['suggestion'])}</td></tr>"
            for r in report["requirements"]
        )
        reports.append(
            f"<section id='{anchor}'><h3>{position}. {e(_display_path(row.path, root))}: {row.score}/100</h3>"
            f"<p>{e(report['summary'])}</p><table><thead><tr><th></th><th>Requirement</th><th>Why</th>"
            f"<th>Evidence</th><th>What to add</th></tr></thead><tbody>{items}</tbody></table>"
            f"<p><a href='#top'>back to the ranking</a></p></section>"
        )
    skipped_rows = "".join(
        f"<tr><td>{e(_display_path(r.path, root))}</td><td>{e(r.reason)}</td></tr>" for r in skipped
    )
    candidate_header = "" if redact else "<th data-sort='text'>Candidate</th>"
    skipped_table = (
        "<h2>Skipped</h2><table id='skipped'><thead><tr><th>File</th><th>Reason</th></tr></thead>"
        f"<tbody>{skipped_rows}</tbody></table>"
        if skipped
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{HTML_MARKER}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shortlist: {e(posting.title)}</title><style>{HTML_STYLE} th[data-sort]{{cursor:pointer}}</style></head>
<body><h1 id="top">Shortlist: {e(posting.title)}</h1>
<p class="meta">{len(ranked)} résumé(s) ranked, {len(skipped)} skipped. Click a column to sort.</p>
<table id="ranking"><thead><tr><th data-sort='number'>#</th><th data-sort='text'>File</th>{candidate_header}
<th data-sort='number'>Score</th><th data-sort='number'>Minimum met</th><th>Top gaps</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
{"".join(f"<p class='warning'>Note: {e(note)}</p>" for note in shortlist_notes(ranked, root))}
{skipped_table}
<h2>Gap reports</h2>{"".join(reports)}
<script>{SORT_SCRIPT}</script></body></html>
"""
