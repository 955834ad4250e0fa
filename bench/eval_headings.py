"""Postings without headings: does extraction find the same requirement lines once the headings go?

    python bench/eval_headings.py [--dev-set ../shared/data/verdicts-dev] [--lost] [--json OUT]

Reads the postings of tests/fixtures/postings, data/examples/postings, seeds/ and, when present,
the dev set's postings folder (DEV_SET/postings; skipped with a message when absent). Each posting
is loaded as jobmatch loads it (``jobmatch.loaders``: PDF and DOCX as their light-Markdown text)
and extracted as is; then four variants of that text are extracted and compared with it:

  stripped  every heading line removed (the lines ``jobmatch.sections.split_sections`` calls
            headings: Markdown/HTML/DOCX ``#`` headings, bold-only lines, known heading words,
            ALL-CAPS and short "Something:" lines); the posting's title is kept as a plain line
  generic   every heading replaced by the one generic heading "Qualifications"
  merged    only the requirement headings (minimum and preferred) replaced by "Qualifications";
            "Responsibilities", "About us" ... stay (one list mixing minimum and preferred)
  prose     headings removed and each requirement section's items joined into the sentences
            of one paragraph ("- Python" -> "Python.")

A variant's requirement line matches an original one when their normalised texts (lower case,
letters and digits only) are equal, one holds the other (the shorter of at least four words), or
they are 85% alike (difflib). Per variant: recall (original lines found), same bucket (of those
found, the share in the original's bucket, minimum or preferred), extra (variant lines matching
no original line) and precision (variant lines that match one). A posting that is the same file
as another (the examples are copies of two fixtures) counts once in "all".
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEV_SET = ROOT.parent / "shared" / "data" / "verdicts-dev"
LOCAL_SETS = {
    "fixtures": ROOT / "tests" / "fixtures" / "postings",
    "examples": ROOT / "data" / "examples" / "postings",
    "seeds": ROOT / "seeds",
}
POSTING_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".odt", ".rtf")
VARIANTS = ("stripped", "generic", "merged", "prose")
GENERIC_HEADING = "Qualifications"
REQUIREMENT_SECTIONS = ("minimum", "preferred")
SIMILAR = 0.85  # difflib ratio above which two lines are the same line reworded by the layout
MIN_CONTAINED_WORDS = 4  # a shorter line held in a longer one counts only with this many words
HEADING_MARK = re.compile(r"^(#{1,6}\s+|\*\*|__)")
TERMINAL = (".", "!", "?")


@dataclass(frozen=True)
class Line:
    """One requirement line of an extracted posting."""

    text: str
    bucket: str  # minimum | preferred


@dataclass(frozen=True)
class LostLine:
    """An original requirement line that a variant did not find."""

    text: str
    bucket: str


@dataclass(frozen=True)
class VariantScore:
    """How one variant of one posting compares with the posting as written."""

    original: int  # requirement lines of the original
    found: int  # of those, found in the variant
    same_bucket: int  # of those found, in the same bucket
    variant: int  # requirement lines of the variant
    matched: int  # of those, matching an original line
    lost: tuple[LostLine, ...] = ()
    extra: tuple[str, ...] = ()
    moved: tuple[LostLine, ...] = ()  # found in the other bucket (bucket: the original's)


@dataclass(frozen=True)
class PostingScore:
    name: str
    source_set: str
    digest: str
    variants: dict[str, VariantScore] = field(default_factory=dict)


def normalise(text: str) -> str:
    """Lower case, letters and digits only: bullet marks, quotes and a sentence's full stop go."""
    text = text.lower().replace("’", "'").replace("'", "")
    return " ".join(re.findall(r"[^\W_]+", text))


def lines_match(original: str, variant: str) -> bool:
    """The same requirement line, allowing for bullet marks, sentence joining and a wrapped
    line that ran into its neighbour."""
    a, b = normalise(original), normalise(variant)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter.split()) >= MIN_CONTAINED_WORDS and f" {shorter} " in f" {longer} ":
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILAR


def compare(original: list[Line], variant: list[Line]) -> VariantScore:
    """Recall, bucket agreement and extras of a variant's requirement lines against the original's."""
    found = same = 0
    lost: list[LostLine] = []
    moved: list[LostLine] = []
    used: set[int] = set()
    for line in original:
        candidates = [i for i, other in enumerate(variant) if lines_match(line.text, other.text)]
        if not candidates:
            lost.append(LostLine(line.text, line.bucket))
            continue
        found += 1
        used.update(candidates)
        if any(variant[i].bucket == line.bucket for i in candidates):
            same += 1
        else:
            moved.append(LostLine(line.text, line.bucket))
    extra = tuple(variant[i].text for i in range(len(variant)) if i not in used)
    return VariantScore(
        original=len(original),
        found=found,
        same_bucket=same,
        variant=len(variant),
        matched=len(used),
        lost=tuple(lost),
        extra=extra,
        moved=tuple(moved),
    )


def _heading_lines(text: str) -> tuple[dict[int, str], int | None]:
    """Line number (1-based) -> section category of every heading line, and the line of the
    posting's title when it is a heading (a "# Title" before any known section)."""
    from jobmatch.sections import split_sections

    blocks = split_sections(text, "posting")
    headings = {b.line: b.section for b in blocks if b.kind == "heading"}
    first = blocks[0] if blocks else None
    title = first.line if first is not None and first.kind == "heading" and first.section == "other" else None
    return headings, title


def _requirement_bodies(text: str) -> list[tuple[int, int, list[list[str]]]]:
    """(first line, last line, paragraphs) of each minimum/preferred section's body: a run of
    bullets is one paragraph, a line of prose beside a list ("Send your CV to ...") stays its
    own; a section with no bullets at all (one requirement a line) is one paragraph."""
    from jobmatch.sections import split_sections

    blocks = split_sections(text, "posting")
    total = len(text.split("\n"))
    bodies: list[tuple[int, int, list[list[str]]]] = []
    for index, block in enumerate(blocks):
        if block.kind != "heading" or block.section not in REQUIREMENT_SECTIONS:
            continue
        items: list[tuple[str, bool]] = []
        last = total
        for following in blocks[index + 1 :]:
            if following.kind == "heading":
                last = following.line - 1
                break
            items.append((following.text, following.is_bullet))
        if not items:
            continue
        has_bullets = any(is_bullet for _, is_bullet in items)
        paragraphs: list[list[str]] = []
        for item, is_bullet in items:
            joins = is_bullet or not has_bullets
            if joins and paragraphs and paragraphs[-1][0] == "joined":
                paragraphs[-1].append(item)
            else:
                paragraphs.append(["joined" if joins else "alone", item])
        bodies.append((block.line + 1, last, [paragraph[1:] for paragraph in paragraphs]))
    return bodies


def as_sentence(item: str) -> str:
    """A list item as a sentence of prose: capitalised, ending in a full stop."""
    item = item.strip().rstrip(";:,").strip()
    if not item:
        return ""
    item = item[0].upper() + item[1:]
    return item if item.endswith(TERMINAL) else item + "."


def make_variants(text: str) -> dict[str, str]:
    """The posting's text with its headings stripped, made generic, merged, or turned to prose."""
    lines = text.split("\n")
    headings, title = _heading_lines(text)

    def rewrite(replacement: Callable[[int, str, str], str | None]) -> str:
        out: list[str] = []
        for number, line in enumerate(lines, start=1):
            if number == title:
                out.append(HEADING_MARK.sub("", line).strip("*_ "))
            elif number in headings:
                new = replacement(number, line, headings[number])
                out.append("" if new is None else new)
            else:
                out.append(line)
        return "\n".join(out)

    def generic(_: int, line: str, __: str) -> str:
        mark = HEADING_MARK.match(line)
        return (mark.group(1) if mark and mark.group(1).startswith("#") else "") + GENERIC_HEADING

    stripped = rewrite(lambda *_: None)
    variants = {
        "stripped": stripped,
        "generic": rewrite(generic),
        "merged": rewrite(
            lambda n, line, section: generic(n, line, section) if section in REQUIREMENT_SECTIONS else line
        ),
    }
    prose_lines = stripped.split("\n")
    for first, last, paragraphs in reversed(_requirement_bodies(text)):
        body: list[str] = []
        for items in paragraphs:
            sentences = [as_sentence(item) for item in items] if len(items) > 1 else items
            body += ["", " ".join(sentence for sentence in sentences if sentence), ""]
        prose_lines[first - 1 : last] = body
    variants["prose"] = "\n".join(prose_lines)
    return variants


def requirement_lines(text: str, source: str, fmt: str) -> list[Line]:
    from jobmatch.extract import extract_posting
    from jobmatch.loaders import make_document

    posting = extract_posting(make_document(text, source=source, fmt=fmt))
    return [Line(r.text, r.bucket) for r in posting.requirements]


def score_text(text: str, source: str = "<text>", fmt: str = "text") -> dict[str, VariantScore]:
    """Each variant of one posting's text scored against the posting as written."""
    original = requirement_lines(text, source, fmt)
    return {
        name: compare(original, requirement_lines(variant, source, fmt))
        for name, variant in make_variants(text).items()
    }


def score_file(path: Path, source_set: str) -> PostingScore:
    from jobmatch.loaders import load_document

    document = load_document(path)
    digest = hashlib.sha256(document.text.encode()).hexdigest()[:16]
    scores = score_text(document.text, document.source, document.format)
    return PostingScore(name=path.name, source_set=source_set, digest=digest, variants=scores)


def posting_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in POSTING_SUFFIXES)


@dataclass(frozen=True)
class Totals:
    postings: int
    original: int
    found: int
    same_bucket: int
    variant: int
    matched: int

    @property
    def recall(self) -> float:
        return self.found / self.original if self.original else 0.0

    @property
    def bucket_share(self) -> float:
        return self.same_bucket / self.found if self.found else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.variant if self.variant else 0.0


def totals(scores: Iterable[PostingScore], variant: str) -> Totals:
    chosen = [s.variants[variant] for s in scores]
    return Totals(
        postings=len(chosen),
        original=sum(v.original for v in chosen),
        found=sum(v.found for v in chosen),
        same_bucket=sum(v.same_bucket for v in chosen),
        variant=sum(v.variant for v in chosen),
        matched=sum(v.matched for v in chosen),
    )


def table(groups: dict[str, list[PostingScore]]) -> str:
    rows = [
        "| set | variant | postings | original lines | found | **recall** | same bucket "
        "| variant lines | extra | **precision** |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for name, scores in groups.items():
        for variant in VARIANTS:
            t = totals(scores, variant)
            rows.append(
                f"| {name} | {variant} | {t.postings} | {t.original} | {t.found} | **{t.recall:.3f}** | "
                f"{t.bucket_share:.3f} | {t.variant} | {t.variant - t.matched} | **{t.precision:.3f}** |"
            )
    return "\n".join(rows)


def details(scores: list[PostingScore]) -> str:
    out: list[str] = []
    for variant in VARIANTS:
        out.append(f"\n## {variant}")
        for score in scores:
            result = score.variants[variant]
            if not (result.lost or result.moved or result.extra):
                continue
            out.append(f"{score.source_set}/{score.name}:")
            out.extend(f"  lost  [{line.bucket[:4]}] {line.text}" for line in result.lost)
            out.extend(f"  moved [{line.bucket[:4]}] {line.text}" for line in result.moved)
            out.extend(f"  extra        {text}" for text in result.extra)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev-set", type=Path, default=DEFAULT_DEV_SET, help="folder holding postings/")
    parser.add_argument("--lost", action="store_true", help="list lost, moved and extra lines per posting")
    parser.add_argument("--json", type=Path, help="write every posting's figures and lines here")
    args = parser.parse_args(argv)

    sets = dict(LOCAL_SETS)
    dev_postings = args.dev_set / "postings"
    if dev_postings.is_dir():
        sets["dev"] = dev_postings
    else:
        print(f"dev set skipped: {dev_postings} not found", file=sys.stderr)

    groups: dict[str, list[PostingScore]] = {}
    for set_name, folder in sets.items():
        groups[set_name] = [score_file(path, set_name) for path in posting_files(folder)]
    unique = list({s.digest: s for scores in groups.values() for s in scores}.values())
    groups["all"] = unique

    print(table(groups))
    if args.lost:
        print(details(unique))
    if args.json:
        payload = {
            "postings": [asdict(s) for s in unique],
            "totals": {
                name: {variant: asdict(totals(scores, variant)) for variant in VARIANTS}
                for name, scores in groups.items()
            },
        }
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
