"""jobmatch: how well a résumé meets a job posting, and why. Offline and explainable."""

__version__ = "0.1.0"
