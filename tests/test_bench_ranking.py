"""The ranking benchmark's metrics on hand-computed cases, its manifest, and its DOCX/PDF rendering.

No screening here: bench/bench_ranking.py runs jobmatch; these tests check that what it computes
from the scores is right and that the material it reads is all there.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

from jobmatch.loaders import load_document

ROOT = Path(__file__).resolve().parent.parent
RANKING = ROOT / "bench" / "ranking"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


bench = _load("bench_ranking", ROOT / "bench" / "bench_ranking.py")
render = _load("ranking_render", RANKING / "render.py")


# ------------------------------------------------------------------------------------------
# ROC-AUC
# ------------------------------------------------------------------------------------------


def test_average_ranks_share_the_mean_rank_of_a_tie() -> None:
    assert bench.average_ranks([1, 2, 2, 3]) == [1, 2.5, 2.5, 4]
    assert bench.average_ranks([5, 5, 5]) == [2, 2, 2]


def test_roc_auc_counts_a_tie_between_classes_as_half() -> None:
    # relevant 3 and 2, irrelevant 2 and 1: pairs (3,2) 1, (3,1) 1, (2,2) 0.5, (2,1) 1 -> 3.5 / 4
    assert bench.roc_auc([3, 2, 2, 1], [True, False, True, False]) == pytest.approx(0.875)


def test_roc_auc_of_perfect_reversed_and_all_tied_rankings() -> None:
    labels = [True, True, False, False, False]
    assert bench.roc_auc([9, 8, 3, 2, 1], labels) == 1.0
    assert bench.roc_auc([1, 2, 3, 8, 9], labels) == 0.0
    assert bench.roc_auc([4, 4, 4, 4, 4], labels) == 0.5


def test_roc_auc_ties_within_a_class_do_not_matter() -> None:
    # both relevant tied at the top, the irrelevant ones tied below: still perfect
    assert bench.roc_auc([7, 7, 1, 1], [True, True, False, False]) == 1.0
    # one relevant above both irrelevant, one below both: 2 of 4 pairs
    assert bench.roc_auc([5, 1, 3, 3], [True, True, False, False]) == 0.5


def test_roc_auc_is_undefined_without_both_classes() -> None:
    assert bench.roc_auc([1, 2], [True, True]) is None
    assert bench.roc_auc([1, 2], [False, False]) is None


# ------------------------------------------------------------------------------------------
# nDCG@10
# ------------------------------------------------------------------------------------------


def test_ndcg_of_a_ranking_with_a_miss_first() -> None:
    # DCG = 1/log2(3) + 1/log2(4); ideal = 1 + 1/log2(3)
    expected = (1 / math.log2(3) + 0.5) / (1 + 1 / math.log2(3))
    assert bench.ndcg_at_k([0.9, 0.8, 0.7], [False, True, True]) == pytest.approx(expected)
    assert expected == pytest.approx(0.6934, abs=1e-4)


def test_ndcg_perfect_and_no_relevant() -> None:
    assert bench.ndcg_at_k([3, 2, 1], [True, True, False]) == pytest.approx(1.0)
    assert bench.ndcg_at_k([3, 2, 1], [False, False, False]) is None


def test_ndcg_gives_a_tie_group_its_mean_gain() -> None:
    # two items tied, one relevant: each position gets gain 0.5 -> 0.5 + 0.5/log2(3), ideal 1
    assert bench.ndcg_at_k([1, 1], [True, False]) == pytest.approx(0.5 + 0.5 / math.log2(3))
    # the order the items are given in makes no difference
    assert bench.ndcg_at_k([1, 1], [False, True]) == bench.ndcg_at_k([1, 1], [True, False])


def test_ndcg_cuts_a_tie_group_at_k() -> None:
    # k=1, two tied for first, one relevant: the first position's expected gain is 0.5
    assert bench.ndcg_at_k([1, 1], [True, False], k=1) == pytest.approx(0.5)
    # three tied at the top, two of them relevant, k=2: 2/3 * (1 + 1/log2(3)) / (1 + 1/log2(3))
    assert bench.ndcg_at_k([2, 2, 2, 1], [True, True, False, False], k=2) == pytest.approx(2 / 3)


def test_ndcg_at_10_ignores_what_is_below_the_tenth_place() -> None:
    scores = list(range(12, 0, -1))  # 12 items, strictly decreasing
    labels = [False] * 10 + [True, False]  # the only relevant one is 11th
    assert bench.ndcg_at_k(scores, labels) == 0.0
    labels = [False] * 9 + [True, False, False]  # 10th: 1/log2(11) of an ideal 1
    assert bench.ndcg_at_k(scores, labels) == pytest.approx(1 / math.log2(11))


def test_jaccard_of_skill_sets() -> None:
    assert bench.jaccard({"python", "sql"}, {"sql", "excel", "tableau"}) == pytest.approx(1 / 4)
    assert bench.jaccard(set(), set()) == 0.0


def test_compare_calls_equal_printed_figures_a_tie() -> None:
    assert bench.compare(1.0, 0.9996) == "tie"
    assert bench.compare(0.951, 0.95) == "yes"
    assert bench.compare(0.5, 0.99) == "no"


# ------------------------------------------------------------------------------------------
# The manifest
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def manifest():  # noqa: ANN201 - the benchmark module's Manifest
    return bench.load_manifest()


def test_manifest_is_valid(manifest) -> None:
    """Every local file exists, every field is defined, render options are known; dev files
    too when the shared data is on this machine."""
    dev_dir = bench.dev_directory(ROOT.parent / "shared")
    assert bench.check_manifest(manifest, dev_dir) == []


def test_manifest_lists_every_file_written_for_the_benchmark(manifest) -> None:
    listed = {e.file for e in (*manifest.postings, *manifest.resumes) if e.source == "own"}
    on_disk = {
        str(path.relative_to(RANKING))
        for folder in ("postings", "resumes")
        for path in (RANKING / folder).iterdir()
        if path.is_file()
    }
    assert on_disk == listed


def test_manifest_material_covers_the_brief(manifest) -> None:
    own = [e for e in manifest.resumes if e.source == "own"]
    assert len(own) >= 60
    assert len({p.field for p in manifest.postings}) >= 8
    assert len([p for p in manifest.postings if p.source == "own"]) >= 4
    dev = [e for e in manifest.resumes if e.source == "dev"]
    assert len(dev) == 36 and all(e.written_for for e in dev)
    # every posting field has at least four résumés of it (three without the shared dev set)
    local_fields = [e.field for e in manifest.resumes if e.source != "dev"]
    all_fields = [e.field for e in manifest.resumes]
    for posting in manifest.postings:
        if posting.field in manifest.corpus_families.values():
            continue
        assert all_fields.count(posting.field) >= 4, posting.key
        assert posting.source == "dev" or local_fields.count(posting.field) >= 3, posting.key


def test_check_manifest_names_each_problem(manifest) -> None:
    bad = dataclasses.replace(
        manifest,
        postings=(
            *manifest.postings,
            bench.Entry(source="own", file="postings/nowhere.md", field="astronaut"),
            bench.Entry(source="cloud", file="x.txt", field="backend"),
        ),
        resumes=(
            *manifest.resumes,
            manifest.resumes[-1],
            bench.Entry(source="repo", file="data/examples/new_grad.md", field="backend", render="odt"),
        ),
    )
    problems = "\n".join(bench.check_manifest(bad, None))
    assert "postings: own:postings/nowhere.md: unknown field 'astronaut'" in problems
    assert "postings/nowhere.md" in problems and "no such file" in problems
    assert "unknown source 'cloud'" in problems
    assert f"{manifest.resumes[-1].key}: listed twice" in problems
    assert "only the benchmark's own files are rendered" in problems
    assert "render 'odt' is not one of docx, pdf" in problems
    assert "no résumé of field 'astronaut' in the pool" in problems


def test_load_manifest_rejects_an_unknown_key(tmp_path: Path) -> None:
    text = (RANKING / "manifest.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "manifest.yaml"
    broken.write_text(
        text.replace("field: pharmacy}", "field: pharmacy, level: senior}", 1), encoding="utf-8"
    )
    with pytest.raises(bench.ManifestError, match=r"unknown key\(s\) \['level'\]"):
        bench.load_manifest(broken)


def test_relevance_uses_the_field_or_the_posting_written_for(manifest) -> None:
    posting = bench.Entry(source="dev", file="p02_registered_nurse_icu.html", field="nursing")
    paramedic = bench.PoolItem("dev:r04", Path("r04.pdf"), "dev", "paramedic", "nursing")
    nurse = bench.PoolItem("own:x", Path("x.txt"), "own", "nursing", None)
    assert bench.relevance([paramedic, nurse], posting, "field") == [False, True]
    assert bench.relevance([paramedic, nurse], posting, "written-for") == [True, True]
    sre_posting = bench.Entry(source="repo", file="seed.txt", field="backend", also=("sre",))
    sre = bench.PoolItem("corpus:1", Path("1.txt"), "corpus", "sre", None)
    assert bench.relevance([sre], sre_posting, "field") == [True]


# ------------------------------------------------------------------------------------------
# Rendering the benchmark's text files as DOCX and PDF
# ------------------------------------------------------------------------------------------

SAMPLE = """# Rosa Lindqvist

Stockholm · rosa.lindqvist@example.com

## Experience

### Staff Pharmacist — Södersjukhuset
- Verified **chemotherapy** orders
- Ran the vancomycin dosing service

Skills
------

Epic Willow, Omnicell
"""


@pytest.mark.parametrize(("fmt", "style"), [("docx", "styles"), ("docx", "bold"), ("pdf", "styles")])
def test_rendered_files_read_back_with_their_text(tmp_path: Path, fmt: str, style: str) -> None:
    source = tmp_path / "rosa.md"
    source.write_text(SAMPLE, encoding="utf-8")
    target = render.render_file(source, fmt, tmp_path / "out", style)
    assert target.suffix == f".{fmt}"
    text = load_document(target).text
    for phrase in (
        "Rosa Lindqvist",
        "Staff Pharmacist",
        "Verified chemotherapy orders",
        "Epic Willow, Omnicell",
    ):
        assert phrase in text
    assert "**" not in text and "------" not in text


def test_parse_blocks_reads_markdown_and_plain_text_headings() -> None:
    kinds = [(b.kind, b.text) for b in render.parse_blocks(SAMPLE, markdown=True)]
    assert kinds[0] == ("title", "Rosa Lindqvist")
    assert ("heading", "Experience") in kinds and ("heading", "Skills") in kinds
    assert ("subheading", "Staff Pharmacist — Södersjukhuset") in kinds
    assert ("bullet", "Verified **chemotherapy** orders") in kinds
    plain = render.parse_blocks(
        "ROSA LINDQVIST\nWORK EXPERIENCE\n * Dispensing\nMetformin and insulin\n", False
    )
    assert [b.kind for b in plain] == ["heading", "heading", "bullet", "text"]


def test_tfidf_ranks_the_resume_of_the_postings_words_first() -> None:
    pytest.importorskip("sklearn")
    scores = bench.tfidf_scores(
        {"pharmacist": "Clinical pharmacist: verify medication orders, pharmacokinetic dosing, PharmD"},
        [
            "Backend engineer: Go services, Kafka and PostgreSQL",
            "Hospital pharmacist verifying medication orders; vancomycin pharmacokinetic dosing",
        ],
    )["pharmacist"]
    assert scores[1] > scores[0] >= 0.0
