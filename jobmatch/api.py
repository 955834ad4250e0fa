"""The library API: the same work the CLI does, as functions returning frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jobmatch.config import ScoringConfig, load_config
from jobmatch.extract import extract_posting
from jobmatch.loaders import Document
from jobmatch.match import match_requirements
from jobmatch.models import Posting, Resume, SkillMention, require_requirements
from jobmatch.pipeline import find_skills
from jobmatch.resources import default_posting
from jobmatch.resume import extract_resume
from jobmatch.score import MatchResult, score_results
from jobmatch.taxonomy import load_taxonomy

__all__ = ["extract_posting", "extract_resume", "find_skills", "score", "score_resume"]


def score(posting: Posting, resume: Resume, config: ScoringConfig | None = None) -> MatchResult:
    """Match an extracted résumé against an extracted posting and score it."""
    config = config or load_config()
    taxonomy = load_taxonomy()
    results, areas, role = match_requirements(posting, resume, taxonomy, config)
    return score_results(results, posting, resume, config, areas, role)


def score_resume(
    resume: str | Path | Document,
    posting: str | Path | Document | Posting | None = None,
    *,
    as_of: dt.date | None = None,
    redact: bool = False,
    config: ScoringConfig | None = None,
) -> MatchResult:
    """Score a résumé file (or text) against a posting; the bundled posting by default."""
    if not isinstance(posting, Posting):
        posting = extract_posting(posting if posting is not None else default_posting())
    require_requirements(posting)
    profile = extract_resume(resume, as_of=as_of, redact=redact)
    return score(posting, profile, config)


def skill_mentions(text: str) -> list[SkillMention]:
    """Every taxonomy skill named in ``text`` with character offsets and canonical ids."""
    return find_skills(text)
