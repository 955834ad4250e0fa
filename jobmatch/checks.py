"""Expectations files: example résumés and postings that check themselves (``jobmatch check``).

A team keeps its résumé templates and postings next to a YAML file saying what each should
score; CI runs every case and fails when a change moves a score the wrong way. The file is
validated up front (a typo fails loudly, naming the case and the key), then every case is run
through :mod:`jobmatch.api`. A case whose résumé or posting cannot be read is an *error*
(reported, not raised), so one broken file never hides the other cases' results.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobmatch.config import ScoringConfig
from jobmatch.errors import DataError, InputError
from jobmatch.files import read_regular_file
from jobmatch.resources import MAX_USER_YAML_BYTES, parse_user_yaml

if TYPE_CHECKING:
    from jobmatch.score import MatchResult

PASSED, FAILED, ERROR = "passed", "failed", "error"

TOP_LEVEL_KEYS = ("cases", "as_of")
CASE_REQUIRED = ("name", "resume")
CASE_OPTIONAL = ("posting", "min_score", "max_score", "meets_minimum", "must_meet", "must_miss")
VERDICT_WORDS = {
    "met": "met",
    "partial": "partly met",
    "missing": "missing",
    "unassessed": "not assessed",
}


@dataclass(frozen=True)
class Case:
    """One expectation: a résumé scored against a posting, and what the outcome must be."""

    name: str
    number: int  # 1-based position in the file, for messages
    resume: Path | str  # resolved against the expectations file's folder; a URL as written
    posting: Path | str | None  # None: the bundled posting
    min_score: float | None = None
    max_score: float | None = None
    meets_minimum: bool | None = None
    must_meet: tuple[str, ...] = ()  # substrings of requirement texts whose verdict must be met
    must_miss: tuple[str, ...] = ()  # ... whose verdict must be missing


@dataclass(frozen=True)
class Expectations:
    source: str  # the file as named by the user
    as_of: dt.date | None  # pins "Present" in résumé date ranges
    cases: tuple[Case, ...]


@dataclass(frozen=True)
class CaseResult:
    case: Case
    status: str  # passed | failed | error
    failures: tuple[str, ...] = ()  # human-readable reasons; for an error, the unreadable file
    score: int | None = None
    meets_minimum: bool | None = None
    summary: str = ""
    resume_source: str = ""
    posting_source: str = ""
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.status == PASSED


# --- loading and validation ------------------------------------------------------------------


def load_expectations(path: str | Path) -> Expectations:
    """Read and validate an expectations file; paths in it are relative to the file.

    Raises :class:`InputError` when the file cannot be read and :class:`DataError` (naming the
    file, the case and the key) when its content is invalid.
    """
    path = Path(path)
    source = str(path)
    data = read_regular_file(path, MAX_USER_YAML_BYTES)  # not a FIFO, not a 10 GB file
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    return parse_expectations(parse_user_yaml(text, source), source=source, base=path.parent)


def parse_expectations(data: Any, *, source: str, base: Path) -> Expectations:
    """Validate parsed YAML (see :func:`load_expectations`); ``base`` resolves relative paths."""
    if not isinstance(data, Mapping):
        raise DataError(source, "top level", f"expected a mapping with 'cases:', got {_type(data)}")
    _reject_unknown(data, TOP_LEVEL_KEYS, source, "top level")
    if "cases" not in data:
        raise DataError(source, "top level", "missing required key 'cases'")
    as_of = _as_of(data.get("as_of"), source)
    entries = data["cases"]
    if not isinstance(entries, list) or not entries:
        raise DataError(source, "cases", f"expected a non-empty list of cases, got {_type(entries)}")
    cases: list[Case] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        case = _case(entry, number, source, base)
        if case.name in seen:
            raise DataError(
                source,
                _where(case.name, number),
                f"duplicate case name (also case #{seen[case.name]})",
            )
        seen[case.name] = number
        cases.append(case)
    return Expectations(source=source, as_of=as_of, cases=tuple(cases))


def _case(entry: Any, number: int, source: str, base: Path) -> Case:
    name = entry.get("name") if isinstance(entry, Mapping) else None
    where = _where(name if isinstance(name, str) else None, number)
    if not isinstance(entry, Mapping):
        raise DataError(source, where, f"expected a mapping with name: and resume:, got {_type(entry)}")
    _reject_unknown(entry, CASE_REQUIRED + CASE_OPTIONAL, source, where)
    for key in CASE_REQUIRED:
        if key not in entry:
            raise DataError(source, where, f"missing required key {key!r}")
    name = _text(entry["name"], source, where, "name")
    resume = _text(entry["resume"], source, where, "resume")
    posting = _text(entry["posting"], source, where, "posting") if entry.get("posting") is not None else None
    min_score = _score(entry.get("min_score"), source, where, "min_score")
    max_score = _score(entry.get("max_score"), source, where, "max_score")
    if min_score is not None and max_score is not None and min_score > max_score:
        raise DataError(source, where, f"min_score {min_score:g} is above max_score {max_score:g}")
    meets_minimum = entry.get("meets_minimum")
    if meets_minimum is not None and not isinstance(meets_minimum, bool):
        raise DataError(source, where, f"key 'meets_minimum': expected true or false, got {meets_minimum!r}")
    must_meet = _substrings(entry.get("must_meet"), source, where, "must_meet")
    must_miss = _substrings(entry.get("must_miss"), source, where, "must_miss")
    both = sorted({_normalise(s) for s in must_meet} & {_normalise(s) for s in must_miss})
    if both:
        raise DataError(source, where, f"{both[0]!r} is in both must_meet and must_miss")
    return Case(
        name=name,
        number=number,
        resume=_located(resume, base),
        posting=_located(posting, base) if posting else None,
        min_score=min_score,
        max_score=max_score,
        meets_minimum=meets_minimum,
        must_meet=must_meet,
        must_miss=must_miss,
    )


def _located(value: str, base: Path) -> Path | str:
    """A case's file relative to the expectations file; a URL stays as written (reading it
    says that URLs are not fetched, rather than naming a squashed ``https:/`` path)."""
    from jobmatch.loaders import is_url

    return value if is_url(value) else base / value


def _where(name: str | None, number: int) -> str:
    return f"case {name!r} (#{number})" if name else f"case #{number}"


def _type(value: Any) -> str:
    return {
        type(None): "nothing",
        str: "a string",
        list: "a list",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        dict: "a mapping",
    }.get(type(value), type(value).__name__)


def _reject_unknown(entry: Mapping[str, Any], allowed: tuple[str, ...], source: str, where: str) -> None:
    unknown = [key for key in entry if key not in allowed]
    if unknown:
        raise DataError(source, where, f"unknown key {unknown[0]!r} (allowed: {', '.join(allowed)})")


def _as_of(value: Any, source: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value  # YAML reads an unquoted 2026-11-01 as a date
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise DataError(source, "as_of", f"expected a date in YYYY-MM-DD form, got {value!r}")


def _text(value: Any, source: str, where: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DataError(source, where, f"key {key!r}: expected a non-empty string, got {value!r}")
    return value.strip()


def _score(value: Any, source: str, where: str, key: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise DataError(source, where, f"key {key!r}: expected a number from 0 to 100, got {value!r}")
    return value


def _substrings(value: Any, source: str, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(
            source, where, f"key {key!r}: expected a list of requirement substrings, got {value!r}"
        )
    return tuple(v.strip() for v in value)


def _normalise(text: str) -> str:
    """Case- and whitespace-insensitive, with typographic quotes made straight."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().casefold()


# --- running ---------------------------------------------------------------------------------


def run_expectations(
    expectations: Expectations,
    config: ScoringConfig | None = None,
    on_result: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    """Run every case, in file order. Each distinct posting and résumé is extracted once."""
    from jobmatch.api import extract_posting, extract_resume, score
    from jobmatch.config import load_config
    from jobmatch.resources import default_posting

    config = config or load_config()
    postings: dict[Path | str, Any] = {}  # path -> Posting or the InputError reading it raised
    resumes: dict[Path | str, Any] = {}
    results: list[CaseResult] = []
    for case in expectations.cases:
        started = time.perf_counter()
        posting_path = case.posting or default_posting()
        if posting_path not in postings:
            postings[posting_path] = _attempt(lambda p=posting_path: extract_posting(p))
        if case.resume not in resumes:
            resumes[case.resume] = _attempt(lambda r=case.resume: extract_resume(r, as_of=expectations.as_of))
        posting, resume = postings[posting_path], resumes[case.resume]
        problems = [f"{e.source}: {e.reason}" for e in (posting, resume) if isinstance(e, InputError)]
        if problems:
            result = CaseResult(
                case=case,
                status=ERROR,
                failures=tuple(problems),
                resume_source=str(case.resume),
                posting_source=str(posting_path),
                seconds=time.perf_counter() - started,
            )
        else:
            match = score(posting, resume, config)
            failures = evaluate(case, match)
            result = CaseResult(
                case=case,
                status=FAILED if failures else PASSED,
                failures=tuple(failures),
                score=match.score,
                meets_minimum=match.meets_minimum,
                summary=match.summary,
                resume_source=resume.source,
                posting_source=posting.source,
                seconds=time.perf_counter() - started,
            )
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def _attempt(load: Callable[[], Any]) -> Any:
    try:
        return load()
    except InputError as error:
        return error


def evaluate(case: Case, match: MatchResult) -> list[str]:
    """Why ``match`` falls short of ``case``, one reason per line; empty when it passes."""
    failures: list[str] = []
    if case.min_score is not None and match.score < case.min_score:
        failures.append(f"score {match.score} is below min_score {case.min_score:g}")
    if case.max_score is not None and match.score > case.max_score:
        failures.append(f"score {match.score} is above max_score {case.max_score:g}")
    if case.meets_minimum is not None and match.meets_minimum != case.meets_minimum:
        missing = [
            r.requirement.id
            for r in match.results
            if r.requirement.bucket == "minimum" and r.verdict == "missing"
        ]
        detail = f" (missing: {', '.join(missing)})" if missing else ""
        failures.append(
            f"meets_minimum is {str(match.meets_minimum).lower()}, "
            f"expected {str(case.meets_minimum).lower()}{detail}"
        )
    for key, wanted, substrings in (
        ("must_meet", "met", case.must_meet),
        ("must_miss", "missing", case.must_miss),
    ):
        for substring in substrings:
            needle = _normalise(substring)
            found = [r for r in match.results if needle in _normalise(r.requirement.text)]
            if not found:
                failures.append(f"{key} {substring!r} matches no requirement of the posting")
            for item in found:
                if item.verdict != wanted:
                    label = repr(substring) if len(found) == 1 else f"{substring!r} ({item.requirement.id})"
                    failures.append(
                        f"{label} is {VERDICT_WORDS.get(item.verdict, item.verdict)}, "
                        f"expected {VERDICT_WORDS[wanted]}"
                    )
    return failures


def expected_range(case: Case) -> str:
    """The score bounds of a case as text: "60-80", "≥ 60", "≤ 30" or "any"."""
    if case.min_score is not None and case.max_score is not None:
        return f"{case.min_score:g}-{case.max_score:g}"
    if case.min_score is not None:
        return f"≥ {case.min_score:g}"
    if case.max_score is not None:
        return f"≤ {case.max_score:g}"
    return "any"


def print_results(results: list[CaseResult], console: Any) -> None:
    """The summary table of a check run: one row per case, the reasons under a failure."""
    from rich.markup import escape
    from rich.table import Table

    from jobmatch.render import print_whole

    marks = {PASSED: "[green]✓[/green]", FAILED: "[red]✗[/red]", ERROR: "[red]![/red]"}
    words = {
        PASSED: "[green]passed[/green]",
        FAILED: "[red]failed[/red]",
        ERROR: "[red]error[/red]",
    }
    table = Table(title=f"{len(results)} case(s)", title_justify="left", expand=True)
    table.add_column("", no_wrap=True)
    table.add_column("Case", ratio=2)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Expected", no_wrap=True)
    table.add_column("Result", ratio=5)
    for result in results:
        reasons = "".join(f"\n• {escape(reason)}" for reason in result.failures)
        table.add_row(
            marks[result.status],
            escape(result.case.name),
            "—" if result.score is None else str(result.score),
            escape(expected_range(result.case)),
            words[result.status] + reasons,
        )
    print_whole(table, console)
