"""Archives, records and library work, and Canada's public-service language levels, via the CLI:

- "five years of progressively responsible experience in an archives or records management
  setting" counts the years of archivists' and records officers' jobs (a field of work), and the
  manner words ("progressively responsible") are no term to search;
- "bilingual imperative BBB/BBB" is a level of each official language (the oral letter), met by
  a native speaker, and neither "imperative" nor the letters are terms.
"""

from __future__ import annotations

RECORDS = """Records and Information Management Officer — Fraser Valley Regional District

About you
- At least four years of progressively responsible experience in an archives or records management setting
- This is a bilingual imperative position: BBB/BBB in English and French
"""

YEARS = (
    "At least four years of progressively responsible experience in an archives or records management setting"
)
LANGUAGES = "This is a bilingual imperative position: BBB/BBB in English and French"


def _resume(jobs: str, languages: str = "English (native), French (native)") -> str:
    return f"Élodie Tremblay\n\nEXPERIENCE\n{jobs}\n\nLANGUAGES\n{languages}\n"


def test_archivists_years_count_for_an_archives_setting(score_lines) -> None:
    jobs = (
        "Archivist — Musée régional de la Côte-Nord, Sept-Îles (2018 – 2021)\n"
        "- Accessioned and processed private fonds; wrote finding aids\n"
        "Records Officer — Ville de Rimouski (2021 – present)\n"
        "- Maintained the retention schedule and the transfer of semi-active files\n"
    )
    rows = score_lines(RECORDS, _resume(jobs))
    row = rows[YEARS]
    assert row["verdict"] == "met", row["reason"]
    assert "progressively" not in row["reason"]


def test_years_in_other_work_do_not_count(score_lines) -> None:
    jobs = (
        "Accounts Payable Clerk — Boréal Meubles, Laval (2016 – present)\n"
        "- Three-way matching and vendor payments\n"
    )
    rows = score_lines(RECORDS, _resume(jobs))
    assert rows[YEARS]["verdict"] == "missing", rows[YEARS]["reason"]


def test_a_library_job_is_close_to_archives_work(score_lines) -> None:
    jobs = "Library Technician — Cégep de Rimouski (2019 – present)\n- Catalogued the special collections\n"
    rows = score_lines(RECORDS, _resume(jobs))
    assert rows[YEARS]["verdict"] == "partial", rows[YEARS]["reason"]


def test_a_canadian_language_profile_is_a_level(score_lines, extract_text) -> None:
    report = extract_text(RECORDS)
    line = next(r for r in report["minimum"] if r["text"] == LANGUAGES)
    assert all(t["kind"] == "language" for g in line["groups"] for t in g["terms"]), line["groups"]
    jobs = "Records Officer — Ville de Rimouski (2019 – present)\n- Retention schedules\n"
    rows = score_lines(RECORDS, _resume(jobs))
    assert rows[LANGUAGES]["verdict"] == "met", rows[LANGUAGES]["reason"]
    weak = score_lines(RECORDS, _resume(jobs, "French (native), English (A2)"))
    assert weak[LANGUAGES]["verdict"] != "met", weak[LANGUAGES]["reason"]
