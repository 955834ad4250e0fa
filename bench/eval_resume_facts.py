"""How well the résumé facts are read: every résumé of a folder, its facts, and the share right.

    python bench/eval_resume_facts.py [RESUMES] [--truth bench/resume_facts_truth.yaml]
                                      [--as-of 2026-11-30] [--quiet] [--json OUT]

RESUMES defaults to ../shared/data/verdicts-dev/resumes. For each résumé it prints what jobmatch
read (total years and how, degrees with their status, spoken languages with levels, credentials
with their state, skill years, the name) and marks each kind right (✓) or wrong (✗) against the
hand-read values in the truth file (see its header for what "right" means). The last lines give
the share right per kind. Runs on older jobmatch versions too (facts they do not have count as
not read), so the same script measures a branch before and after a change.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RESUMES = ROOT.parent / "shared" / "data" / "verdicts-dev" / "resumes"
KINDS = ("years", "degrees", "fields", "languages", "credentials", "skill_years", "name")


def read_facts(path: Path, as_of: dt.date) -> dict[str, Any]:
    """The facts jobmatch reads from one résumé, as plain values (older versions: what they have)."""
    from jobmatch.resume import extract_resume

    resume = extract_resume(str(path), as_of=as_of)
    experience = getattr(resume, "experience", None)
    if experience is not None:
        years, how = experience.years, experience.method
    else:
        years, how = resume.total_years, "dated jobs"
    degrees = [
        (e.level, getattr(e, "status", "completed"), tuple(e.fields), e.text[:60])
        for e in resume.education
        if e.level
    ]
    languages = {lang.language: lang.level for lang in getattr(resume, "languages", ())}
    credentials = [(c.name, c.state, c.date, c.text) for c in getattr(resume, "credentials", ())]
    skill_years = [(s.term, s.years, s.less_than) for s in getattr(resume, "skill_years", ())]
    written_in = getattr(resume, "written_in", None)
    return {
        "years": years,
        "how": how,
        "degrees": degrees,
        "languages": languages,
        "credentials": credentials,
        "skill_years": skill_years,
        "name": resume.contact.name,
        "written_in": written_in.language if written_in else None,
        "warnings": list(getattr(resume, "warnings", ())),
    }


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def check(facts: dict[str, Any], truth: dict[str, Any]) -> dict[str, tuple[bool, str]]:
    """Kind -> (right, what is wrong)."""
    verdicts: dict[str, tuple[bool, str]] = {}
    want = truth["years"]
    got = facts["years"]
    low, high = (want[0], want[1]) if isinstance(want, list) else (want - 1, want + 1)
    verdicts["years"] = (got is not None and low <= got <= high, f"want {want}, got {got}")

    got_degrees = sorted({(level, status) for level, status, _, _ in facts["degrees"]})
    want_degrees = sorted({tuple(d) for d in truth["degrees"]})
    verdicts["degrees"] = (got_degrees == want_degrees, f"want {want_degrees}, got {got_degrees}")

    completed = [d for d in facts["degrees"] if d[1] == "completed"]
    rank = {"associate": 1, "bachelor": 2, "master": 3, "phd": 4}
    best_fields: set[str] = set()
    if completed:
        top = max(rank.get(d[0], 0) for d in completed)
        best_fields = {f for d in completed if rank.get(d[0], 0) == top for f in d[2]}
    want_fields = set(truth["fields"])
    verdicts["fields"] = (
        want_fields <= best_fields,
        f"want {sorted(want_fields)}, got {sorted(best_fields)}",
    )

    want_languages = truth["languages"]
    verdicts["languages"] = (
        facts["languages"] == want_languages,
        f"want {want_languages}, got {facts['languages']}",
    )

    problems = []
    for key, state in truth["credentials"]:
        found = [c for c in facts["credentials"] if _norm(key) in _norm(c[0])] or [
            c for c in facts["credentials"] if _norm(key) in _norm(c[3])
        ]
        if not found:
            problems.append(f"{key}: not read")
        elif found[0][1] != state:
            problems.append(f"{key}: {found[0][1]}, not {state}")
    verdicts["credentials"] = (not problems, "; ".join(problems))

    want_skills = {_norm(k): v for k, v in (truth.get("skill_years") or {}).items()}
    got_skills = {
        _norm(term): ("<1" if less_than else round(years, 2))
        for term, years, less_than in facts["skill_years"]
    }
    skill_problems = []
    for term, value in want_skills.items():
        have = got_skills.get(term)
        if have is None:
            skill_problems.append(f"{term}: not read")
        elif value == "<1" or have == "<1":
            if have != value:
                skill_problems.append(f"{term}: {have}, not {value}")
        elif abs(float(have) - float(value)) > 0.05:
            skill_problems.append(f"{term}: {have}, not {value}")
    extra = sorted(set(got_skills) - set(want_skills))
    if extra:
        skill_problems.append("extra: " + ", ".join(extra))
    verdicts["skill_years"] = (not skill_problems, "; ".join(skill_problems))

    verdicts["name"] = (
        _norm(facts["name"]) == _norm(truth["name"]),
        f"want {truth['name']!r}, got {facts['name']!r}",
    )
    return verdicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("resumes", nargs="?", type=Path, default=DEFAULT_RESUMES)
    parser.add_argument("--truth", type=Path, default=ROOT / "bench" / "resume_facts_truth.yaml")
    parser.add_argument("--as-of", default="2026-11-30")
    parser.add_argument("--quiet", action="store_true", help="Only the wrong kinds and the totals.")
    parser.add_argument("--json", type=Path, help="Also write every résumé's facts and verdicts here.")
    args = parser.parse_args(argv)
    if not args.resumes.is_dir():
        print(f"no résumé folder at {args.resumes}", file=sys.stderr)
        return 2
    truth = yaml.safe_load(args.truth.read_text(encoding="utf-8"))
    as_of = dt.date.fromisoformat(args.as_of)
    right = dict.fromkeys(KINDS, 0)
    rows = []
    files = sorted(p for p in args.resumes.iterdir() if p.stem in truth)
    for path in files:
        facts = read_facts(path, as_of)
        verdicts = check(facts, truth[path.stem])
        rows.append({"resume": path.name, "facts": facts, "verdicts": verdicts})
        for kind, (ok, _) in verdicts.items():
            right[kind] += ok
        marks = " ".join(f"{kind}{'✓' if ok else '✗'}" for kind, (ok, _) in verdicts.items())
        print(f"== {path.name}  {marks}")
        if not args.quiet:
            print(f"   years: {facts['years']} ({facts['how']})")
            print(f"   degrees: {[(d[0], d[1], list(d[2])) for d in facts['degrees']]}")
            print(f"   languages: {facts['languages']}  (written in {facts['written_in']})")
            print(f"   credentials: {[c[:3] for c in facts['credentials']]}")
            if facts["skill_years"]:
                print(f"   skill years: {facts['skill_years']}")
            print(
                f"   name: {facts['name']!r}"
                + (f"  warnings: {facts['warnings']}" if facts["warnings"] else "")
            )
        for kind, (ok, why) in verdicts.items():
            if not ok:
                print(f"   ✗ {kind}: {why}")
    print()
    for kind in KINDS:
        print(f"{kind:12s} {right[kind]:2d}/{len(files)} = {right[kind] / max(1, len(files)):.2f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False, default=list), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
