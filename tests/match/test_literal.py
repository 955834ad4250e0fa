"""The literal-term checker: a term the taxonomy does not know is searched for as a phrase, as its
words in one line or as an acronym, and the reason says it was searched for literally."""

from __future__ import annotations

import pytest
from match_helpers import results, verdict

ARCHITECTS = "EXPERIENCE\nProject Accountant, Harlow Architects   Jan 2020 – Present\n"
WAREHOUSE = "EXPERIENCE\nWarehouse Lead, Northgate Distribution   Jan 2020 – Present\n"


def test_a_literal_term_used_in_a_job_is_met() -> None:
    [result] = results(
        "Experience with Deltek Vision", ARCHITECTS + "- Billed 45 projects a month in Deltek Vision\n"
    )
    assert result.verdict == "met"
    assert [part.kind for part in result.parts] == ["term"]
    assert "searched for the term “Deltek Vision”: found, used" in result.reason
    assert result.evidence[0].text == "Billed 45 projects a month in Deltek Vision"


def test_a_literal_term_only_listed_is_partly_met_when_the_line_asks_for_experience() -> None:
    resume = ARCHITECTS + "- Billed 45 projects a month\nSKILLS\nDeltek Vision, Excel pivot tables\n"
    [result] = results("Experience with Deltek Vision", resume)
    assert result.verdict == "partial"
    assert "listed, but no job or project line shows it used" in result.reason
    assert result.gap == "Deltek Vision used in a job"


def test_a_literal_term_absent_is_missing_and_said_to_be_searched_literally() -> None:
    [result] = results(
        "Experience with Deltek Vision", ARCHITECTS + "- Billed 45 projects a month in Excel\n"
    )
    assert result.verdict == "missing"
    assert "searched for the term “Deltek Vision”: not found" in result.reason
    assert result.searched_for == ("Deltek Vision (literal)",)
    assert result.gap == "Deltek Vision"


def test_a_long_literal_term_is_found_as_a_phrase_in_normal_form() -> None:
    found, reason = verdict(
        "Experience with Kardex vertical lift modules",
        WAREHOUSE + "- Ran picking from six Kardex vertical lift modules\n",
    )
    assert found == "met" and "found, used" in reason
    found, _ = verdict(
        "Experience with Kardex vertical lift modules", WAREHOUSE + "- Loaded 30 trailers a shift\n"
    )
    assert found == "missing"


def test_an_acronym_in_the_line_is_found_as_written_in_the_resume() -> None:
    [result] = results(
        "Experience with the Lean Daily Management System (LDMS)",
        WAREHOUSE + "- Ran LDMS huddles with 3 shifts\n",
    )
    [term] = [part for part in result.parts if "LDMS" in part.reason]
    assert term.verdict == "met" and "searched for the term “LDMS”: found, used" in term.reason
    assert term.evidence[0].text == "Ran LDMS huddles with 3 shifts"


def test_an_ampersand_is_and() -> None:
    """A certificate the résumé writes with "&" is the one the posting writes with "and"."""
    from match_helpers import verdict

    resume = (
        "EXPERIENCE\nHVAC Technician, Polar Air   Jan 2020 – Present\n- Serviced rooftop units\n"
        "CERTIFICATIONS\nHeating & Ventilation Licence, 2021\n"
    )
    found, reason = verdict("Heating and Ventilation (H&V) licence", resume)
    assert found == "met", reason


def test_or_similar_names_the_kind_that_will_do() -> None:
    """ "Cliniko or similar practice management software": another practice management system,
    named by its kind in the résumé, meets the line; a résumé with neither does not."""
    line = "Experience with Cliniko or similar practice management software"
    other_system = (
        "EXPERIENCE\nPhysiotherapist, Bay Physio   Jan 2021 – Present\n"
        "- Booked and billed patients in Nookal practice management\n"
    )
    neither = "EXPERIENCE\nPhysiotherapist, Bay Physio   Jan 2021 – Present\n- Ran a falls-prevention class\n"
    assert verdict(line, other_system)[0] == "met"
    assert verdict(line, neither)[0] == "missing"


@pytest.mark.parametrize(
    ("qualification", "expected"),
    [
        ("- CMI Level 5 Diploma in Management and Leadership (2022)", "met"),
        ("- CMI Level 3 Award in Management and Leadership (2019)", "partial"),
        ("- CMI Level 5 Diploma in Management and Leadership (in progress)", "partial"),
    ],
)
def test_a_qualification_named_in_education_is_held_at_its_level(qualification: str, expected: str) -> None:
    found, reason = verdict(
        "CMI Level 5 in Management and Leadership, or equivalent", f"QUALIFICATIONS\n{qualification}\n"
    )
    assert found == expected, reason


def test_and_other_names_more_of_the_same_not_a_term_of_its_own() -> None:
    resume = "EXPERIENCE\nEngineer, Acme   Jan 2020 – Present\n- Built services in Python and JavaScript\n"
    found, reason = verdict("Experience with Python and other programming languages", resume)
    assert found == "met", reason


def test_a_phrase_whose_main_word_is_shown_is_partly_met() -> None:
    """ "Underground mine ventilation": a job about "ventilation" shows the kind, not the
    setting: partly, said as such. A name is never cut down to one of its words."""
    resume = (
        "EXPERIENCE\nHVAC Technician, Aircool   2018 – Present\n- Balanced ventilation systems in offices\n"
    )
    found, reason = verdict("Experience with underground mine ventilation", resume)
    assert found == "partial", reason
    assert "main word" in reason


def test_an_everyday_main_word_is_no_partial_evidence() -> None:
    """ "court rules": "rules" in a bank's "compliance rules" shows nothing of court rules."""
    resume = "EXPERIENCE\nTeller, First Bank   2018 – Present\n- Applied compliance rules to accounts\n"
    found, reason = verdict("Working knowledge of state court rules", resume)
    assert found == "missing", reason


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ("Crane operator ticket, Category II HC, 2021", "partial"),  # another grade of it
        ("Crane operator ticket, Category I HC, 2021", "met"),
    ],
)
def test_a_term_s_grade_must_be_the_one_written(held: str, expected: str) -> None:
    """ "Category I HC": the same names with another grade ("II") are another qualification."""
    resume = (
        f"Tomasz Wrona\nCERTIFICATIONS\n{held}\nEXPERIENCE\nCrane Operator, Budmax  2019 – Present\n- Lifts\n"
    )
    [result] = results("Category I HC crane qualification", resume)
    assert result.verdict == expected, result.reason


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("Experience in grant supervision", "- Supervised 14 research grants from award to close-out"),
        ("Experience in budget revision", "- Revised the county budget twice a year with the finance team"),
    ],
)
def test_a_noun_in_sion_and_its_verb_are_one_word(asked: str, written: str) -> None:
    """ "supervision" / "supervised": the normal form drops the noun's "-ion" as it drops "-ed"."""
    resume = f"Ada Obi\nEXPERIENCE\nProgramme Officer, Lagos Trust  2019 – Present\n{written}\n"
    [result] = results(asked, resume)
    assert result.verdict in ("met", "partial"), result.reason
    assert result.evidence and result.evidence[0].text == written.lstrip("- ")


def test_two_names_joined_by_a_slash_share_what_follows_them() -> None:
    """ "FIFO / FEFO rules": either name shows it ("picking batches by FEFO")."""
    resume = "Ivan Petrov\nEXPERIENCE\nPicker, Kappa Logistics  2021 – Present\n- Picked batches by FEFO\n"
    [result] = results("Knowledge of FIFO / FEFO rules", resume)
    assert result.verdict == "met", result.reason


def test_a_bracket_the_term_does_not_open_is_not_part_of_it(run_json, tmp_path) -> None:
    posting = tmp_path / "fo.md"
    posting.write_text("## Requirements\n- DHC-8 (Dash 8) or ATR 42/72 type rating\n", encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    texts = [t["text"] for g in report["minimum"][0]["groups"] for t in g["terms"]]
    assert "Dash 8" in texts and not any(t.endswith(")") for t in texts), texts
    posting.write_text("## Requirements\n- C-295 (CASA 295) or Fokker F27 type rating\n", encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    texts = [t["text"] for g in report["minimum"][0]["groups"] for t in g["terms"]]
    assert "CASA 295" in texts and not any(t.endswith(")") for t in texts), texts


def test_a_kind_and_the_examples_after_it_are_one_group() -> None:
    """ "a case management system, e.g. Clio, Leap or Keyhole": Leap used shows the line, though
    the taxonomy does not know it as a case management system."""
    resume = "Niamh Boyle\nEXPERIENCE\nLegal Secretary, Byrne  2020 – Now\n- Ran files in LEAP\n"
    [result] = results("Experience using a case management system, e.g. Clio, Leap or Keyhole", resume)
    assert len(result.requirement.groups) == 1 and result.requirement.groups[0].need == 1
    assert result.verdict == "met", result.reason


def test_confidence_frames_what_is_asked() -> None:
    resume = (
        "Ada Park\nEXPERIENCE\nOptometrist, Clear Eyes  2020 – Now\n- Imaged glaucoma suspects with OCT\n"
    )
    [result] = results("Confidence using OCT to detect and manage ocular disease", resume)
    assert "Confidence" not in [t.text for g in result.requirement.groups for t in g.terms]


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        (
            "Experience maintaining Grundfos, Wilo or KSB pumps",
            "- Rebuilt KSB split-case units at two plants",
        ),
        ("Hands-on work with Lincoln or Miller welders", "- Set up Miller Dynasty rigs for TIG work"),
        ("Familiar with Hill-Rom or Stryker beds", "- Trained ward staff on Stryker stretchers"),
    ],
)
def test_a_brand_inside_a_line_is_a_name_without_the_kind_word_after_it(asked: str, written: str) -> None:
    """ "Grundfos, Wilo or Ebara pumps": the last brand carries the kind word for the list; inside a
    line its capital makes it a name, found without that word ("Ebara split-case units")."""
    resume = f"Tomas Ruiz\nEXPERIENCE\nMaintenance Fitter, Ebro Works  2019 – Present\n{written}\n"
    [result] = results(asked, resume)
    assert result.verdict == "met", result.reason
    assert result.evidence[0].text == written.lstrip("- ")


def test_a_capital_opening_the_line_is_not_taken_for_a_name() -> None:
    """ "Hospital pharmacy experience": "Hospital" opens the line; a hospital job is not it."""
    resume = "Ines Moro\nEXPERIENCE\nPorter, City Hospital  2019 – Present\n- Moved patients between wards\n"
    [result] = results("Hospital pharmacy experience", resume)
    assert result.verdict == "missing", result.reason


def test_a_romance_phrase_whose_only_plain_word_is_found_is_partly_shown() -> None:
    """ "Maîtrise des procédés de soudage": "procédés" is an everyday word; a welder whose lines
    name "soudage" shows part of it, not nothing."""
    resume = (
        "Karim Haddad\nEXPÉRIENCE\nSoudeur TIG, Métal Sud, Sfax · 2018 – aujourd'hui\n"
        "- Soudage TIG de tuyauteries inox\n"
    )
    [result] = results("Bonne maîtrise des procédés de soudage", resume)
    assert result.verdict != "missing", result.reason
