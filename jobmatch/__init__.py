"""jobmatch: how well a résumé meets a job posting, and why. Offline and explainable.

    >>> import jobmatch
    >>> posting = jobmatch.extract_posting("posting.pdf")
    >>> result = jobmatch.score_resume("resume.docx", posting)
    >>> result.score, result.summary

The names below are imported on first use, so ``import jobmatch`` stays fast.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract_posting", "extract_resume", "find_skills", "score", "score_resume", "skill_mentions"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from jobmatch import api

        return getattr(api, name)
    raise AttributeError(f"module 'jobmatch' has no attribute {name!r}")
