"""The résumé cache stores plain JSON and trusts nothing it reads back (a shared or restored
cache directory may hold rows someone planted)."""

from __future__ import annotations

import json
import pickle
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import AS_OF, EXAMPLES

from jobmatch.cache import CACHE_FILE
from jobmatch.codec import CodecError, dumps, loads
from jobmatch.models import Resume


class RunsCode:
    """What an attacker pickles: unpickling it calls os.system."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        import os

        return (os.system, (f"touch {self.marker}",))


@pytest.fixture
def cvs(tmp_path: Path) -> Path:
    folder = tmp_path / "cvs"
    folder.mkdir()
    for name in ("strong_infra.txt", "backend_java.docx", "new_grad.md"):
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def screen(run, folder: Path, cache: Path, output: Path):
    result = run("screen", folder, "--as-of", AS_OF, "--cache-dir", cache, "--jobs", "1", "-o", output)
    data = json.loads(output.read_text(encoding="utf-8"))
    return result, sorted((r["resume"]["source"], r["score"]) for r in data["results"])


def test_a_planted_pickle_row_is_never_run(run, cvs: Path, tmp_path: Path) -> None:
    cache, marker = tmp_path / "cache", tmp_path / "pwned"
    _, first = screen(run, cvs, cache, tmp_path / "one.json")
    with sqlite3.connect(cache / CACHE_FILE) as db:
        rows = db.execute("SELECT key FROM resumes").fetchall()
        assert len(rows) == 3
        payload = pickle.dumps(RunsCode(marker))
        db.executemany("UPDATE resumes SET value = ? WHERE key = ?", [(payload, key) for (key,) in rows])
        db.execute("UPDATE postings SET value = ?", (payload,))
    result, second = screen(run, cvs, cache, tmp_path / "two.json")
    assert not marker.exists(), "a cached row ran code"
    assert "not a valid parsed résumé" in result.stderr
    assert second == first  # each planted row was a miss: parsed again, same outcome


def test_a_planted_row_in_the_old_pickle_cache_file_is_never_opened(run, cvs: Path, tmp_path: Path) -> None:
    cache, marker = tmp_path / "cache", tmp_path / "pwned"
    cache.mkdir()
    with sqlite3.connect(cache / "resumes-v2.sqlite3") as db:
        db.execute("CREATE TABLE resumes (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        db.execute("INSERT INTO resumes VALUES ('x', ?)", (pickle.dumps(RunsCode(marker)),))
    screen(run, cvs, cache, tmp_path / "out.json")
    assert not marker.exists()


def test_a_row_of_the_wrong_shape_is_a_miss_with_a_warning(run, cvs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _, first = screen(run, cvs, cache, tmp_path / "one.json")
    with sqlite3.connect(cache / CACHE_FILE) as db:
        key, value = db.execute("SELECT key, value FROM resumes LIMIT 1").fetchone()
        data = json.loads(value)
        data["total_years"] = "forty"  # a type that does not fit
        db.execute("UPDATE resumes SET value = ? WHERE key = ?", (json.dumps(data), key))
    result, second = screen(run, cvs, cache, tmp_path / "two.json")
    assert "total_years" in result.stderr and second == first


def test_the_same_bytes_under_two_names_give_two_rows_each_with_its_own_path(
    run, cvs: Path, tmp_path: Path
) -> None:
    shutil.copy(cvs / "strong_infra.txt", cvs / "copy_of_strong.txt")
    shutil.copy(EXAMPLES / "data_platform.pdf", cvs / "a_pdf_named.docx")  # not a DOCX: skipped
    cache = tmp_path / "cache"
    for attempt in ("cold", "warm"):
        output = tmp_path / f"{attempt}.json"
        run("screen", cvs, "--as-of", AS_OF, "--cache-dir", cache, "--jobs", "1", "-o", output)
        data = json.loads(output.read_text(encoding="utf-8"))
        files = sorted(r["resume"]["source"] for r in data["results"])
        assert [Path(f).name for f in files] == sorted(
            ["strong_infra.txt", "copy_of_strong.txt", "backend_java.docx", "new_grad.md"]
        ), attempt
        assert len(set(files)) == 4
        assert [Path(s["file"]).name for s in data["skipped"]] == ["a_pdf_named.docx"], attempt


@pytest.mark.parametrize(
    "row",
    [
        "",
        "[]",
        '{"source": "x"}',
        "NaN",
        "[" * 100_000,
        b"\xff\xfe not utf-8",
    ],
)
def test_rows_that_are_not_a_resume_are_refused(row) -> None:
    with pytest.raises(CodecError):
        loads(Resume, row)


def test_a_parsed_resume_survives_the_round_trip() -> None:
    import datetime as dt

    from jobmatch.resume import extract_resume

    resume = extract_resume(EXAMPLES / "backend_java.docx", as_of=dt.date(2026, 11, 1))
    assert loads(Resume, dumps(resume)) == resume


def test_an_edited_rule_file_changes_the_cache_version(tmp_path, monkeypatch) -> None:
    """A parse cached by one set of rules is not served to another: the rules' hash is part of
    every cache key, beside the taxonomy's and jobmatch's versions."""
    import shutil

    from jobmatch import resources

    copy = tmp_path / "data"
    skip = shutil.ignore_patterns("examples", "taxonomy", "__pycache__")
    shutil.copytree(resources.data_dir(), copy, ignore=skip)
    monkeypatch.setattr(resources, "data_dir", lambda: copy)
    before = resources.rules_version.__wrapped__()
    assert before == resources.rules_version.__wrapped__()  # stable for the same files
    cues = copy / "cues.yaml"
    cues.write_text(cues.read_text(encoding="utf-8") + "\n# a local rule\n", encoding="utf-8")
    assert resources.rules_version.__wrapped__() != before
