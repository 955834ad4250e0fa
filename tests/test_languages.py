"""Spoken languages and levels as résumés and postings write them, and the language a résumé is
written in (the vocabulary both sides share: data/languages.yaml)."""

from __future__ import annotations

import pytest

from jobmatch.languages import LEVELS, detect_language, find_languages, language_vocabulary, level_rank


def levels(text: str, **options: bool) -> list[tuple[str, str | None]]:
    return [(m.language, m.level) for m in find_languages(text, **options)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("German — native speaker | English — fluent (C1)", [("de", "native"), ("en", "C1")]),
        ("English (B2/C1 — daily work language)", [("en", "B2")]),  # the lower of two codes
        ("Languages Known : English, Tamil, Hindi (speak)", [("en", None), ("ta", None), ("hi", None)]),
        ("Hmong (fluent - I interpret for patients' families)", [("hmn", "C1")]),
        ("Spanish: conversational.", [("es", "B1")]),
        ("Bilingual (English/Spanish) recruiter", [("en", "native"), ("es", "native")]),
        ("English and Spanish — both native", [("en", "native"), ("es", "native")]),
        ("German – native level (C2) | Serbian – mother tongue", [("de", "native"), ("sr", "native")]),
        ("Japanese (ILR 3), Korean (ILR 2+)", [("ja", "C1"), ("ko", "B2")]),
        (
            "Deutsch — Muttersprache · Français — courant · Español — básico",
            [("de", "native"), ("fr", "C1"), ("es", "A2")],
        ),
        ("Portuguese (native), English (professional working proficiency)", [("pt", "native"), ("en", "C1")]),
        ("Ukrainian, Czech and Slovak: elementary", [("uk", "A2"), ("cs", "A2"), ("sk", "A2")]),
        ("Languages: English, German (B2)", [("en", None), ("de", "B2")]),
    ],
)
def test_resume_language_lines(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ability to speak and write in English and German fluently", [("en", "C1"), ("de", "C1")]),
        ("Business-fluent German and English are required", [("de", "C1"), ("en", "C1")]),
        (
            "English and one of the following languages: Dutch, Swedish, Norwegian or Finnish",
            [("en", None), ("nl", None), ("sv", None), ("no", None), ("fi", None)],
        ),
        ("Korean", [("ko", None)]),
        ("Hungarian or Ukrainian is a plus", [("hu", None), ("uk", None)]),
    ],
)
def test_posting_language_lines(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert levels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nationality: German",
        "BA (Hons) English Literature and Media Studies",
        "Polish the onboarding flow before launch",
        "Thai cuisine pop-up for the staff party",
        "Place of birth: Kraków; Polish citizen",
    ],
)
def test_lines_that_name_no_spoken_language(text: str) -> None:
    assert find_languages(text) == ()


def test_codes_count_only_in_a_languages_list() -> None:
    assert levels("EN (native), DE (C1), FR (A2)", listing=True) == [
        ("en", "native"),
        ("de", "C1"),
        ("fr", "A2"),
    ]
    assert levels("Reported to the DE and FR country managers") == []


def test_the_vocabulary_covers_the_most_spoken_languages_with_endonyms() -> None:
    vocabulary = language_vocabulary()
    assert len(vocabulary.names) >= 60
    for alias in [
        "deutsch",
        "español",
        "français",
        "日本語",
        "한국어",
        "čeština",
        "slovenčina",
        "magyar",
        "українська",
        "hmoob",
    ]:
        assert alias in vocabulary.alias_of, alias
    assert [level_rank(level) for level in LEVELS] == list(range(len(LEVELS)))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Chef de projet chez Atelier Lumen depuis janvier 2018. Responsable de la gestion des équipes "
            "et des budgets pour les clients du secteur public. J'ai piloté la migration des systèmes vers "
            "le cloud et formé les équipes aux nouveaux outils. Compétences : gestion de projet, animation "
            "d'ateliers, et suivi budgétaire. Langues : français, anglais. Je suis disponible à Lyon.",
            "fr",
        ),
        (
            "Seit 2019 bin ich als Entwicklerin bei der Elbwerk AG in Hamburg tätig und verantworte die "
            "Weiterentwicklung der Plattform für die Abrechnung. Davor habe ich im Team für die "
            "Datenanalyse gearbeitet und die Berichte für den Vertrieb erstellt. Ich arbeite gern mit "
            "Kunden und bin sehr zuverlässig, auch bei der Einhaltung von Fristen und der Dokumentation.",
            "de",
        ),
        (
            "Backend engineer with eight years of experience building payment systems. I led the migration "
            "of the ledger to PostgreSQL and designed the services that the operations team uses every "
            "day. Before that I worked on the data platform for a logistics company and wrote its tooling.",
            "en",
        ),
        ("Data Analyst | SQL | Tableau", None),  # too short to tell
    ],
)
def test_the_language_a_resume_is_written_in(text: str, language: str | None) -> None:
    assert detect_language(text).language == language


def test_a_name_that_is_mostly_an_adjective_is_a_language_only_in_a_languages_list() -> None:
    """ "Irish – fluent" under Languages is the language; "Irish pharmacy legislation" is not, and
    a posting asks for it as "Irish language" or "Gaeilge"."""
    assert levels("English – native; Irish – fluent (Leaving Cert Higher Level)", listing=True) == [
        ("en", "native"),
        ("ga", "C1"),
    ]
    assert find_languages("Sound knowledge of Irish pharmacy legislation") == ()
    assert levels("Irish language skills are desirable") == [("ga", None)]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Japanese: Intermediate (JLPT N3)", "B1"),
        ("Japanese-Language Proficiency Test N2", "B2"),
        ("English (business level, TOEIC 905)", "B2"),
        ("English - IELTS 7.5", "C1"),
        ("Mandarin (HSK 4)", "B1"),
        ("Korean: TOPIK level 2", "A2"),
    ],
)
def test_a_language_exam_result_gives_its_level(line: str, level: str) -> None:
    """An exam's grade or score stands for a level; "Proficiency" in the exam's name is none."""
    from jobmatch.languages import find_languages

    [mention] = find_languages(line, listing=True)
    assert mention.level == level
