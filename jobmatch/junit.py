"""JUnit XML reports, so CI systems (GitHub Actions, GitLab, Jenkins) show results natively.

One ``<testsuites>`` with one ``<testsuite>``; a case fails (``<failure>``: an expectation not
met) or errs (``<error>``: its input could not be read). Builders for ``check``, ``score`` and
``screen`` turn their results into :class:`JUnitCase` rows; :func:`junit_xml` writes them.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jobmatch.errors import JobmatchError

if TYPE_CHECKING:
    from jobmatch.batch import ScreenRow
    from jobmatch.checks import CaseResult
    from jobmatch.score import MatchResult


# Characters XML 1.0 cannot carry at all, even escaped (a stray control byte in a résumé).
NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
UNSHOWN = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # valid XML, yet not to be shown


def _clean(text: str) -> str:
    """Anything XML cannot hold, and what a CI page would act on (C1 controls such as U+009B,
    bidi overrides), replaced."""
    return UNSHOWN.sub("\ufffd", NOT_XML.sub("\ufffd", text))


@dataclass(frozen=True)
class JUnitCase:
    """One ``<testcase>``: passed when it has neither a failure nor an error."""

    classname: str
    name: str
    seconds: float = 0.0
    failure: str | None = None  # the message of a <failure>; details go in ``details``
    error: str | None = None  # the message of an <error>
    skipped: str | None = None  # the message of a <skipped>: not run, and not a problem
    details: str = ""
    output: str = ""  # <system-out>


def junit_xml(suite: str, cases: Sequence[JUnitCase], *, timestamp: dt.datetime | None = None) -> str:
    """The JUnit XML document for ``cases`` as one test suite named ``suite``."""
    failures = sum(case.failure is not None for case in cases)
    errors = sum(case.error is not None and case.failure is None for case in cases)
    skipped = sum(case.skipped is not None and case.error is None and case.failure is None for case in cases)
    seconds = f"{sum(case.seconds for case in cases):.3f}"
    counts = {
        "tests": str(len(cases)),
        "failures": str(failures),
        "errors": str(errors),
        "skipped": str(skipped),
    }
    root = ET.Element("testsuites", name="jobmatch", **counts, time=seconds)
    stamp = (timestamp or dt.datetime.now()).replace(microsecond=0).isoformat()
    element = ET.SubElement(root, "testsuite", name=_clean(suite), **counts, time=seconds, timestamp=stamp)
    for case in cases:
        testcase = ET.SubElement(
            element,
            "testcase",
            classname=_clean(case.classname),
            name=_clean(case.name),
            time=f"{case.seconds:.3f}",
        )
        if case.failure is not None:
            ET.SubElement(
                testcase, "failure", message=_clean(case.failure), type="expectation"
            ).text = _clean(case.details or case.failure)
        elif case.error is not None:
            ET.SubElement(
                testcase, "error", message=_clean(case.error), type="unreadable input"
            ).text = _clean(case.details or case.error)
        elif case.skipped is not None:
            ET.SubElement(testcase, "skipped", message=_clean(case.skipped))
        if case.output:
            ET.SubElement(testcase, "system-out").text = _clean(case.output)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_junit(path: Path, suite: str, cases: Sequence[JUnitCase]) -> None:
    try:
        path.write_text(junit_xml(suite, cases), encoding="utf-8")
    except OSError as error:
        raise JobmatchError(f"{path}: cannot write the JUnit report: {error.strerror}") from None


def check_cases(results: Iterable[CaseResult]) -> list[JUnitCase]:
    """``jobmatch check``: one testcase per case; unreadable inputs are errors."""
    from jobmatch.checks import ERROR, FAILED, expected_range

    cases = []
    for result in results:
        output = (
            f"résumé: {result.resume_source}\nposting: {result.posting_source}\n"
            f"expected score: {expected_range(result.case)}"
        )
        if result.score is not None:
            output = f"score {result.score}/100: {result.summary}\n" + output
        reasons = "; ".join(result.failures)
        cases.append(
            JUnitCase(
                classname="jobmatch.check",
                name=result.case.name,
                seconds=result.seconds,
                failure=reasons if result.status == FAILED else None,
                error=reasons if result.status == ERROR else None,
                details="\n".join(result.failures),
                output=output,
            )
        )
    return cases


def score_cases(result: MatchResult, resume_name: str, fail_under: int | None) -> list[JUnitCase]:
    """``jobmatch score``: one testcase per requirement, plus one named "score".

    A *minimum* requirement whose verdict is missing is a failure; partly met, not assessed and
    every preferred requirement pass (the verdict is in system-out). The "score" testcase fails
    only when ``--fail-under`` is given and the score is below it, like the exit code.
    """
    classname = f"jobmatch.score.{resume_name}"
    cases = []
    for item in result.results:
        requirement = item.requirement
        failed = requirement.bucket == "minimum" and item.verdict == "missing"
        details = item.reason + (f"\nWhat to add: {item.suggestion}" if item.suggestion else "")
        evidence = "".join(f"\nevidence: {e.text} ({e.section}, line {e.line})" for e in item.evidence)
        cases.append(
            JUnitCase(
                classname=classname,
                name=f"{requirement.id} {requirement.text}",
                failure=f"minimum requirement missing: {item.reason}" if failed else None,
                details=details,
                output=f"{requirement.bucket} requirement: {item.verdict}\n{item.reason}{evidence}",
            )
        )
    below = fail_under is not None and result.score < fail_under
    cases.append(
        JUnitCase(
            classname=classname,
            name="score" if fail_under is None else f"score >= {fail_under}",
            failure=f"score {result.score} is below --fail-under {fail_under}" if below else None,
            output=f"score {result.score}/100: {result.summary}",
        )
    )
    return cases


def screen_cases(rows: Iterable[ScreenRow], min_score: int | None, root: str) -> list[JUnitCase]:
    """``jobmatch screen``: one testcase per file (named relative to ``root``); a skipped file
    is an error (a report jobmatch wrote there is skipped), a score below ``--min-score`` (when
    given) a failure; otherwise it passes with the score in system-out."""
    from jobmatch.render import minimum_cell

    prefix = root.rstrip("/") + "/"
    cases = []
    for row in rows:
        name = row.path[len(prefix) :] if row.path.startswith(prefix) else row.path
        seconds = sum(seconds for _, seconds in row.timings)
        if row.own_report:  # a report of an earlier run in the folder: nothing went wrong
            cases.append(JUnitCase(classname="jobmatch.screen", name=name, skipped=row.reason))
            continue
        if row.status != "scored":
            cases.append(
                JUnitCase(
                    classname="jobmatch.screen",
                    name=name,
                    seconds=seconds,
                    error=f"skipped: {row.reason}",
                )
            )
            continue
        score = row.score or 0
        below = min_score is not None and score < min_score
        output = f"score {score}/100; minimum met {minimum_cell(row)}"
        if row.top_gaps:
            output += f"\ngaps: {'; '.join(row.top_gaps)}"
        cases.append(
            JUnitCase(
                classname="jobmatch.screen",
                name=name,
                seconds=seconds,
                failure=f"score {score} is below --min-score {min_score}" if below else None,
                output=output,
            )
        )
    return cases
