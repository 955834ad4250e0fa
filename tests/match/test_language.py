"""The spoken-language checker: the résumé's languages at the level the line asks, on one CEFR
scale ("German (B1)" is partly met for "fluent German"), and the language the résumé is written in."""

from __future__ import annotations

import pytest
from match_helpers import results, verdict, verdicts

JOB = "EXPERIENCE\nSenior Engineer, Acme Corp   Jan 2019 – Present\n"
BROKER = (
    "EXPERIENCE\nCustoms Broker, Rhenus Road Freight   Mar 2018 – Dec 2025\n"
    "- Filed 60 import declarations a week for EU lanes\n"
)
KOWALCZYK = """Marta Kowalczyk
Customs Broker | Gdańsk, Poland | marta.k@example.com

SUMMARY
Licensed customs broker with eight years of experience clearing road and sea freight
between the EU and the UK.

EXPERIENCE
Customs Broker, Rhenus Road Freight   Mar 2018 – Dec 2025
- Filed 60 import declarations a week for EU and UK lanes
- Trained four junior brokers on tariff classification and origin rules
- Resolved holds with HMRC and Polish customs officers by phone and email
Freight Forwarding Assistant, Baltica Freight   Jun 2015 – Feb 2018
- Booked container shipments and prepared bills of lading for 30 exporters

EDUCATION
B.A. in International Trade, University of Gdańsk, 2015
"""


def test_a_spoken_language_is_a_requirement_of_its_own() -> None:
    """ "Kafka, and knowledge of German": German missing is not "met" because Kafka is there;
    and a CEFR level or "(native)" marks a language list in a résumé."""
    found, reason = verdict("Experience with Kafka and knowledge of German", JOB + "- Ran Kafka clusters\n")
    assert found == "partial" and "German is not named in the résumé" in reason
    resume = JOB + "- Ran Kafka clusters\nLANGUAGES\nPortuguese (native), English (C1), German (B1)\n"
    found, _ = verdict("Experience with Kafka and knowledge of German", resume)
    assert found == "met"


@pytest.mark.parametrize(
    ("languages", "expected", "said"),
    [
        (
            "English (native), German (B1)",
            "partial",
            "German (B1) in the résumé's languages section, below the C1",
        ),
        ("English (native), German (C1)", "met", "German (C1)"),
        ("English (native), German (fluent)", "met", "German (C1)"),
        ("English (native), Polish (C2)", "missing", "German is not named"),
    ],
)
def test_levels_are_compared_on_one_scale(languages: str, expected: str, said: str) -> None:
    [result] = results("Fluent German", BROKER + f"LANGUAGES\n{languages}\n")
    assert result.verdict == expected, result.reason
    assert said in result.reason
    assert [part.kind for part in result.parts] == ["language"]


def test_a_level_below_the_one_asked_names_the_gap() -> None:
    [result] = results("Fluent German", BROKER + "LANGUAGES\nEnglish (native), German (B1)\n")
    assert result.gap == "German at C1 level"
    assert result.evidence[0].text == "English (native), German (B1)"


def test_a_resume_written_in_english_shows_english() -> None:
    [english, polish] = results("Excellent written and spoken English\nFluent Polish", KOWALCZYK)
    assert english.verdict == "met" and "the résumé is written in it" in english.reason
    # "Polish customs officers" names a nationality, not a language she speaks
    assert polish.verdict == "missing"


def test_conversational_is_below_business_level() -> None:
    found, reason = verdict(
        "Business-level Spanish",
        "EXPERIENCE\nHR Generalist, Solano Farms   Jan 2019 – Dec 2025\n"
        "- Ran onboarding for 200 seasonal workers\n"
        "LANGUAGES\nSpanish – conversational\n",
    )
    assert found == "partial", reason


def test_a_job_line_in_the_language_shows_it() -> None:
    """ "Translated client correspondence from French": French is worked in (read at C1)."""
    found, reason = verdict(
        "Working knowledge of French",
        "EXPERIENCE\nParalegal, Crane & Whitlock LLP   Sep 2020 – Present\n"
        "- Translated client correspondence from French for the Montreal office\n",
    )
    assert found == "met" and "French" in reason, reason


def test_languages_named_by_a_slash_after_since_and_with_a_cefr_level() -> None:
    """ "Fluent in Filipino/Tagalog", "English at C1 level" (C1 is the level, not a term) and
    "clients speak Italian, Portuguese, Punjabi or Tagalog" (any one of them, after "since")."""
    resume = (
        "LANGUAGES\nTagalog (native), Cebuano (native), English (C1)\n"
        "EXPERIENCE\nTeam Leader, Visayas Contact Center   Jan 2020 – Present\n- Led 14 agents\n"
    )
    lines = (
        "Fluent in Filipino/Tagalog\nEnglish at C1 level\nCebuano speaker (preferred)\n"
        "It's a bonus if you speak a second language, since many clients speak Italian, Punjabi or Tagalog"
    )
    assert [v for v, _ in verdicts(lines, resume)] == ["met", "met", "met", "met"]


def test_a_level_after_the_bracket_of_the_language_before_is_the_next_one_s() -> None:
    """ "Communicative Polish (min. B1) and basic English": English is asked at a basic level."""
    resume = (
        "Oleh Bondar\nLANGUAGES\nPolish – native\nEnglish – A2\nEXPERIENCE\nPicker, Mercator  2020 – Now\n"
    )
    [result] = results("Communicative Polish (min. B1) and basic English", resume)
    assert result.verdict == "met", result.reason


@pytest.mark.parametrize(
    ("languages", "expected"), [("English (native), Samoan (fluent)", "met"), ("English", "missing")]
)
def test_another_language_is_any_beside_the_resume_s_own(languages: str, expected: str) -> None:
    resume = (
        f"Sione Tuilagi\nLANGUAGES\n{languages}\nEXPERIENCE\nNurse, Counties Health  2020 – Now\n- Wards\n"
    )
    [result] = results("Te reo Māori or another community language", resume)
    assert result.verdict == expected, result.reason


def test_a_second_language_in_addition_to_one_named_is_not_that_one() -> None:
    resume = "Ana Lima\nLANGUAGES\nEnglish (native), Spanish (native)\nEXPERIENCE\nInterpreter, X  2020–\n"
    [result] = results("Ability to interpret a second language in addition to Spanish is a plus", resume)
    parts = [p for p in result.parts if "another language" in p.reason or "no language besides" in p.reason]
    assert parts and parts[0].verdict == "missing", result.reason


def test_a_preferred_language_without_a_level_asks_a_step_less() -> None:
    """No level word on a preferred line: a working level (B1) will do, and "knowledge of" any use
    beyond a beginner's (A2); a required line still asks B2."""
    from jobmatch.api import score
    from jobmatch.extract import extract_posting
    from jobmatch.resume import extract_resume

    posting = extract_posting(
        "Requirements\n- Portuguese\nNice to have\n- Italian or Romanian (preferred)\n"
        "- Knowledge of Greek is an advantage\n- You speak Turkish\n"
        "- Bilingualism (Portuguese/Italian) is considered an asset\n"
    )
    resume = extract_resume(
        "EXPERIENCE\nTour Leader, Odyssey Travel   Jan 2019 - Present\n- Led groups across the Aegean\n"
        "LANGUAGES\nPortuguese (B1), Italian (B1), Greek (A2), Turkish (A2)\n"
    )
    found = {r.requirement.text: r.verdict for r in score(posting, resume).results}
    assert found == {
        "Portuguese": "partial",
        "Italian or Romanian (preferred)": "met",
        "Knowledge of Greek is an advantage": "met",
        "You speak Turkish": "partial",
        "Bilingualism (Portuguese/Italian) is considered an asset": "partial",  # bilingual is fluent
    }, found


def test_sign_languages_are_languages_asked_and_held() -> None:
    """ "interpret between NZSL and English": two languages, both needed; a Danish Sign Language
    interpreter does not hold New Zealand Sign Language."""
    line = "Ability to interpret between NZSL and English"
    held = (
        "EXPERIENCE\nSign Language Interpreter, Deaf Aotearoa, Wellington   Feb 2019 – Present\n"
        "- Interpret between New Zealand Sign Language and English in health appointments\n"
    )
    assert verdict(line, held)[0] == "met"
    other = held.replace("New Zealand Sign Language", "Danish Sign Language")
    assert verdict(line, other)[0] != "met"


def test_interpreting_asks_a_fluent_level_even_when_preferred() -> None:
    """ "Ability to interpret between LSF and French is an advantage": B1 in LSF is no interpreter's."""
    line = "Ability to interpret between French Sign Language and French is an advantage"
    resume = (
        "EXPERIENCE\nEducator, Institut Saint-Jacques, Lyon   Sep 2018 – Present\n- Classes for deaf pupils\n"
        "LANGUAGES\n| Language | Level |\n| French | Native |\n"
        "| French Sign Language (LSF) | Intermediate (B1) |\n"
    )
    [result] = results(line, resume)
    assert result.requirement.bucket == "preferred"
    assert result.verdict == "partial", result.reason


def test_a_language_table_row_gives_its_level_in_the_next_cell() -> None:
    resume = (
        "EXPERIENCE\nReceptionist, Hotel Borg, Reykjavík   May 2019 – Present\n- Front desk\n"
        "LANGUAGES\n| Language | Level |\n| Icelandic | Elementary (A2) |\n| English | C1 |\n"
    )
    assert verdict("Fluent Icelandic", resume)[0] == "partial"
