"""data/taxonomy/parsed.json: the taxonomy's YAML parsed ahead (start-up reads it ten times faster).
The YAML stays the source: a stale mirror is ignored, and this test says to rewrite it."""

from __future__ import annotations

import shutil
from pathlib import Path

from jobmatch.resources import data_dir
from jobmatch.taxonomy import MIRROR_FILE, _mirrored, check_taxonomy, write_mirror

TAXONOMY = data_dir() / "taxonomy"


def test_the_shipped_mirror_matches_the_yaml() -> None:
    files = sorted(TAXONOMY.glob("*.yaml"))
    assert _mirrored(TAXONOMY, files), (
        "data/taxonomy/parsed.json is missing or stale: run `python -m jobmatch.taxonomy` and commit it"
    )


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "taxonomy"
    shutil.copytree(TAXONOMY, folder)
    return folder


def test_a_taxonomy_read_through_the_mirror_equals_one_read_from_yaml(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    mirrored, _ = check_taxonomy(folder)
    (folder / MIRROR_FILE).unlink()
    from_yaml, _ = check_taxonomy(folder)
    assert mirrored is not None and from_yaml is not None
    assert mirrored.skills == from_yaml.skills and mirrored.concepts == from_yaml.concepts
    assert mirrored.version == from_yaml.version


def test_an_edited_yaml_file_wins_over_a_stale_mirror(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = next(p for p in sorted(folder.glob("*.yaml")) if "aliases: [" in p.read_text(encoding="utf-8"))
    path.write_text(
        path.read_text(encoding="utf-8").replace("aliases: [", "aliases: [zzqx widget wrangling, ", 1),
        encoding="utf-8",
    )
    taxonomy, problems = check_taxonomy(folder)
    assert taxonomy is not None, problems
    assert any("zzqx widget wrangling" in s.aliases for s in taxonomy.skills.values())
    write_mirror(folder)  # and a rewritten mirror is used again
    assert _mirrored(folder, sorted(folder.glob("*.yaml")))


def test_a_broken_mirror_is_ignored(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / MIRROR_FILE).write_text('{"source": 1, "documents": [', encoding="utf-8")
    taxonomy, problems = check_taxonomy(folder)
    assert taxonomy is not None, problems
