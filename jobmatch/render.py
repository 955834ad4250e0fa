"""Renderers: results to terminal tables, JSON, YAML, Markdown, CSV and HTML.

No spaCy here. JSON output is stable: keys in a fixed order, ``schema_version`` first.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from jobmatch.models import Posting, Requirement, SkillMention, to_dict

EXTRACT_SCHEMA_VERSION = "1"


def posting_dict(posting: Posting) -> dict[str, Any]:
    data = to_dict(posting)
    data.pop("sections", None)
    return {"schema_version": EXTRACT_SCHEMA_VERSION, **data}


def posting_json(posting: Posting) -> str:
    return json.dumps(posting_dict(posting), indent=2, ensure_ascii=False)


def posting_yaml(posting: Posting) -> str:
    import yaml

    return yaml.safe_dump(posting_dict(posting), sort_keys=False, allow_unicode=True, width=100)


def _requirement_details(requirement: Requirement, names: dict[str, str]) -> str:
    parts: list[str] = []
    if requirement.all_of:
        parts.append("needs " + ", ".join(names.get(s, s) for s in requirement.all_of))
    for group in requirement.any_of:
        parts.append("any of " + " / ".join(names.get(s, s) for s in group))
    if requirement.years:
        upper = f"-{requirement.years.max:g}" if requirement.years.max is not None else "+"
        parts.append(f"{requirement.years.min:g}{upper} years")
    if requirement.degree:
        degree = requirement.degree
        text = degree.level or "a degree"
        if degree.fields:
            text += " in " + "/".join(degree.fields)
        if degree.equivalent_experience:
            text += " (or equivalent experience)"
        parts.append(text)
    if requirement.concepts:
        parts.append("concepts: " + ", ".join(names.get(c, c) for c in requirement.concepts))
    if requirement.refers_to_areas:
        parts.append("one of the posting's areas")
    if requirement.cue:
        parts.append(f"preferred because of “{requirement.cue}”")
    return "; ".join(parts) or "—"


def print_posting(posting: Posting, console: Console, names: dict[str, str]) -> None:
    console.print(f"[bold]{escape(posting.title)}[/bold]  [dim]({escape(posting.source)})[/dim]")
    for label, requirements in (("Minimum", posting.minimum), ("Preferred", posting.preferred)):
        table = Table(title=f"{label} requirements ({len(requirements)})", title_justify="left",
                      show_lines=False, expand=True)
        table.add_column("#", style="dim", no_wrap=True)
        table.add_column("Requirement", ratio=3)
        table.add_column("Kinds", no_wrap=True)
        table.add_column("Extracted", ratio=2)
        for requirement in requirements:
            table.add_row(requirement.id, escape(requirement.text), ", ".join(requirement.kinds),
                          escape(_requirement_details(requirement, names)))
        console.print(table)
    if posting.context_skills:
        skills = sorted({names.get(c.skill, c.skill) for c in posting.context_skills})
        console.print(f"[dim]Context only (named outside the requirements):[/dim] {escape(', '.join(skills))}")
    if posting.areas:
        console.print("[dim]Areas:[/dim] " + escape(", ".join(a.name for a in posting.areas)))


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
        table.add_row(str(line), f"{mention.start}-{mention.end}", escape(mention.text), mention.skill,
                      escape(names.get(mention.skill, mention.skill)))
    console.print(table)
