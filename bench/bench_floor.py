"""The speed floor for `jobmatch screen`: blank spaCy and one PhraseMatcher over the taxonomy's plain
aliases, run over the same files with the same number of processes, nothing else. Screening
figures are quoted as a ratio to it, measured in the same session (machines vary up to 3x).

    .venv/bin/python bench/bench_floor.py /tmp/jobmatch-bench/text --jobs 2
"""

from __future__ import annotations

import argparse
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

_MATCHER = None
_NLP = None


def _build() -> None:
    global _MATCHER, _NLP
    import spacy
    from spacy.matcher import PhraseMatcher

    from jobmatch.taxonomy import load_taxonomy

    _NLP = spacy.blank("en")
    _NLP.tokenizer.max_cache_size = 200_000  # as jobmatch sets it: the aliases fill the default
    _MATCHER = PhraseMatcher(_NLP.vocab, attr="LOWER")
    aliases = {a for skill in load_taxonomy().skills.values() for a in (skill.name, *skill.aliases)}
    _MATCHER.add("SKILL", [_NLP.make_doc(a) for a in sorted(aliases)])


def _one(path: str) -> int:
    text = Path(path).read_bytes().decode("utf-8", "replace")
    return len(_MATCHER(_NLP.make_doc(text)))  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    paths = sorted(str(p) for p in args.folder.iterdir() if p.is_file())
    started = time.perf_counter()
    _build()  # before forking, as jobmatch does
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        found = sum(pool.map(_one, paths, chunksize=32))
    seconds = time.perf_counter() - started
    rate = len(paths) / seconds
    print(f"floor: {len(paths)} files in {seconds:.1f} s ({rate:.0f} files/s), {found} mentions")


if __name__ == "__main__":
    main()
