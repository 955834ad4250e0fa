"""The headings benchmark (bench/eval_headings.py) on two tiny postings written here: its variants
of a posting's text, its line matching, and the recall and bucket figures it computes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


bench = _load("eval_headings", ROOT / "bench" / "eval_headings.py")

# Qualification-shaped lines, a list of responsibilities apart from them, one preferred line
# with no cue of its own and one with a trailing cue.
SHAPED = """# Payroll Specialist

## About us
We run payroll for 800 logistics workers in six states.

## Responsibilities
- Process bi-weekly payroll for 800 employees
- Reconcile payroll journals with finance

We are a small team and value clear writing.

## Requirements
- 3+ years of multi-state payroll experience
- Experience with ADP Workforce Now

## Nice to have
- Familiarity with Workday Payroll
- A CPP certification is a plus
"""

# Bare tool names under the headings: nothing but the heading says they are asked for.
BARE = """Platform Engineer

We build the platform our product teams deploy to.

Requirements
- Terraform
- Kubernetes

Nice to have
- Istio
"""


def test_variants_strip_replace_and_join_the_headings() -> None:
    variants = bench.make_variants(SHAPED)
    stripped = variants["stripped"].split("\n")
    assert stripped[0] == "Payroll Specialist"  # the title stays, as a plain line
    assert not any(line.startswith("#") for line in stripped)
    assert "- 3+ years of multi-state payroll experience" in stripped
    generic = variants["generic"]
    assert generic.count("## Qualifications") == 4 and "Requirements" not in generic
    merged = variants["merged"]
    assert merged.count("## Qualifications") == 2 and "## Responsibilities" in merged
    prose = variants["prose"]
    assert "3+ years of multi-state payroll experience. Experience with ADP Workforce Now." in prose
    assert "Familiarity with Workday Payroll. A CPP certification is a plus." in prose
    assert "- Process bi-weekly payroll for 800 employees" in prose  # responsibilities stay a list


def test_lines_match_across_bullets_and_sentences() -> None:
    assert bench.lines_match("Experience with ADP Workforce Now", "experience with ADP Workforce Now.")
    assert bench.lines_match("3+ years of payroll experience", "3+ years of payroll experience; CPP a plus")
    assert not bench.lines_match("Experience with ADP", "Experience with Workday")
    assert not bench.lines_match("Terraform", "Terraform and Kubernetes at scale")  # too short to hold


def test_qualification_shaped_lines_survive_losing_their_headings() -> None:
    scores = bench.score_text(SHAPED)
    stripped = scores["stripped"]
    assert stripped.original == 4
    assert stripped.found == 4 and stripped.extra == ()
    # without the "Nice to have" heading only the line with its own cue stays preferred
    assert stripped.same_bucket == 3
    assert [line.text for line in stripped.moved] == ["Familiarity with Workday Payroll"]
    merged = scores["merged"]
    assert merged.found == 4 and merged.same_bucket == 3
    # under one "Qualifications" heading the responsibilities are taken too
    generic = scores["generic"]
    assert generic.found == 4 and any("Reconcile payroll journals" in text for text in generic.extra)


def test_bare_names_are_lost_without_their_headings() -> None:
    scores = bench.score_text(BARE)
    assert scores["stripped"].original == 3
    assert scores["stripped"].found == 0
    assert sorted(line.text for line in scores["stripped"].lost) == ["Istio", "Kubernetes", "Terraform"]
    assert scores["merged"].found == 3 and scores["merged"].same_bucket == 2
