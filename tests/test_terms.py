"""Requirement lines of any field become what they ask for: taxonomy skills, literal terms the
taxonomy does not know, any-of / N-of groups, spoken languages, credentials and conditions a résumé
cannot show - checked through `jobmatch extract` and `jobmatch score` on postings written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

AS_OF = "2026-11-30"


def extract(run, tmp_path: Path, text: str, name: str = "posting.txt") -> dict:
    posting = tmp_path / name
    posting.write_text(text, encoding="utf-8")
    result = run("extract", posting, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def requirement(data: dict, needle: str) -> dict:
    found = [r for bucket in ("minimum", "preferred") for r in data[bucket] if needle in r["text"]]
    assert len(found) == 1, (needle, [r["text"] for b in ("minimum", "preferred") for r in data[b]])
    return found[0]


def terms(entry: dict) -> list[list[tuple[str, str]]]:
    """Each group as (kind, text) pairs."""
    return [[(t["kind"], t["text"]) for t in group["terms"]] for group in entry["groups"]]


def score(run, tmp_path: Path, posting: str, resume: str) -> dict:
    (tmp_path / "p.txt").write_text(posting, encoding="utf-8")
    (tmp_path / "r.txt").write_text(resume, encoding="utf-8")
    result = run("score", tmp_path / "r.txt", "-p", tmp_path / "p.txt", "--format", "json", "--as-of", AS_OF)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def verdict(report: dict, needle: str) -> dict:
    [found] = [r for r in report["requirements"] if needle in r["text"]]
    return found


# --- literal terms --------------------------------------------------------------------------

WAREHOUSE_POSTING = """Warehouse Systems Lead
Requirements
- Experience with Manhattan SCALE or Blue Yonder WMS
- Working knowledge of slotting optimization and cycle counting
- Hands-on use of Zebra handheld scanners
"""


def test_terms_the_taxonomy_does_not_know_are_kept_and_searched_literally(run, tmp_path: Path) -> None:
    data = extract(run, tmp_path, WAREHOUSE_POSTING)
    scale = requirement(data, "Manhattan SCALE")
    texts = [text for group in terms(scale) for _, text in group]
    assert "Manhattan SCALE" in texts
    resume = """EXPERIENCE
Inventory Supervisor, Northgate Foods   Mar 2019 - Present
- Rolled out Manhattan SCALE to two distribution centres and trained 40 pickers
- Ran weekly cycle counting and re-slotted fast movers
"""
    report = score(run, tmp_path, WAREHOUSE_POSTING, resume)
    found = verdict(report, "Manhattan SCALE")
    assert found["verdict"] == "met"
    assert "searched for the term" in found["reason"] or "Manhattan" in found["reason"]
    assert any("Manhattan SCALE" in e["text"] for e in found["evidence"])
    # "cycle counting" is found; the line's other term is not: partly met, never "not assessed"
    assert verdict(report, "slotting optimization")["verdict"] in ("partial", "met")
    assert verdict(report, "Zebra")["verdict"] == "missing"


def test_an_acronym_is_found_spelled_out(run, tmp_path: Path) -> None:
    posting = "Requirements\n- Experience preparing HACCP plans\n"
    resume = """EXPERIENCE
Quality Technician, Bayview Bakery   Jan 2021 - Present
- Wrote the Hazard Analysis Critical Control Point plans for three production lines
"""
    assert verdict(score(run, tmp_path, posting, resume), "HACCP")["verdict"] == "met"


# --- groups ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, resume_line, expected",
    [
        # examples: one of them is enough
        (
            "Experience with a configuration tool (e.g., Chef, SaltStack, Puppet)",
            "Managed 300 hosts with Puppet",
            "met",
        ),
        (
            "Familiarity with CRM tools such as HubSpot, Pipedrive or Zoho",
            "Kept every deal in Pipedrive",
            "met",
        ),
        (
            "Experience with one of the following: Xero, Sage or FreshBooks",
            "Closed the books monthly in Xero",
            "met",
        ),
        # "and/or": either is enough
        ("Tableau and/or Qlik dashboards", "Built Qlik dashboards for the buyers", "met"),
        # N of: two asked, one shown is partly met
        (
            "Two or more of the following: Revit, AutoCAD, Navisworks, SketchUp",
            "Drew plans in AutoCAD",
            "partial",
        ),
        (
            "Two or more of the following: Revit, AutoCAD, Navisworks, SketchUp",
            "Modelled in Revit and AutoCAD",
            "met",
        ),
    ],
)
def test_example_lists_and_n_of(run, tmp_path: Path, line: str, resume_line: str, expected: str) -> None:
    resume = f"EXPERIENCE\nOperations Lead, Coastline Group   Feb 2020 - Present\n- {resume_line}\n"
    report = score(run, tmp_path, "Requirements\n- " + line + "\n", resume)
    assert report["requirements"][0]["verdict"] == expected, report["requirements"][0]["reason"]


def test_a_product_and_its_module_are_not_alternatives(run, tmp_path: Path) -> None:
    """ "SAP S/4HANA finance modules" asks for S/4HANA finance, not S/4HANA or any finance."""
    posting = "Requirements\n- Knowledge of Workday Recruiting\n"
    hr = (
        "EXPERIENCE\nHR Generalist, Lakeside Health   Jan 2020 - Present\n"
        "- Ran payroll and benefits in Workday HCM\n"
    )
    found = verdict(score(run, tmp_path, posting, hr), "Workday Recruiting")
    assert found["verdict"] != "met", found["reason"]


# --- spoken languages ------------------------------------------------------------------------


def test_spoken_languages_are_requirements_with_and_or_and_levels(run, tmp_path: Path) -> None:
    posting = """Requirements
- Fluent Czech and English, written and spoken
- Hungarian or Slovak is a plus
"""
    data = extract(run, tmp_path, posting)
    both = requirement(data, "Czech")
    assert [[kind for kind, _ in group] for group in terms(both)] == [["language"], ["language"]]
    either = requirement(data, "Hungarian")
    assert either["bucket"] == "preferred" and len(terms(either)) == 1 and len(terms(either)[0]) == 2
    resume = """EXPERIENCE
Support Agent, Brno Contact Centre   Jan 2021 - Present
- Handled 60 tickets a day in Czech and English
LANGUAGES
Czech (native), English (C1), Slovak (B2)
"""
    report = score(run, tmp_path, posting, resume)
    assert verdict(report, "Czech")["verdict"] == "met"
    assert verdict(report, "Hungarian")["verdict"] == "met"  # Slovak will do
    basic = resume.replace("English (C1)", "English (A2)")
    assert verdict(score(run, tmp_path, posting, basic), "Czech")["verdict"] == "partial"


# --- conditions --------------------------------------------------------------------------------


def test_lines_a_resume_cannot_show_are_conditions_left_out_of_the_score(run, tmp_path: Path) -> None:
    posting = """Requirements
- Kubernetes administration
- Must be willing to travel to client sites up to 40% of the time
- Eligible to work in Canada without sponsorship
"""
    data = extract(run, tmp_path, posting)
    assert requirement(data, "travel")["condition"] == "travel"
    assert requirement(data, "Eligible to work")["condition"] == "work authorisation"
    resume = "EXPERIENCE\nPlatform Engineer, Maple Cloud   Jan 2020 - Present\n- Ran Kubernetes clusters\n"
    report = score(run, tmp_path, posting, resume)
    assert verdict(report, "travel")["verdict"] == "unassessed"
    assert report["score"] == 100  # the conditions neither raise nor lower it


# --- postings with and without headings -----------------------------------------------------

HEADINGS = """Payroll Specialist
Responsibilities
- Process bi-weekly payroll for 800 employees
- Reconcile payroll journals
Requirements
- 3+ years of multi-state payroll experience
- Experience with ADP Workforce Now
Nice to have
- CPP certification
"""
GENERIC = """Payroll Specialist
About the job
We are a growing logistics company.
- Process bi-weekly payroll for 800 employees
- Reconcile payroll journals
- 3+ years of multi-state payroll experience
- Experience with ADP Workforce Now
- CPP certification is a plus
"""
NO_HEADINGS = """Payroll Specialist

- Process bi-weekly payroll for 800 employees
- Reconcile payroll journals

- 3+ years of multi-state payroll experience
- Experience with ADP Workforce Now
- CPP certification is a plus
"""
PROSE = """Payroll Specialist

We are a growing logistics company with 800 people in six states. In this role you will process
bi-weekly payroll and reconcile payroll journals with finance.

The ideal candidate has at least three years of multi-state payroll experience. You know ADP Workforce
Now inside out. A CPP certification would be a plus.
"""


@pytest.mark.parametrize(
    "layout", [HEADINGS, GENERIC, NO_HEADINGS, PROSE], ids=["headings", "generic", "none", "prose"]
)
def test_qualifications_are_found_in_every_layout(run, tmp_path: Path, layout: str) -> None:
    data = extract(run, tmp_path, layout)
    minimum = [r["text"] for r in data["minimum"]]
    preferred = [r["text"] for r in data["preferred"]]
    assert any("payroll experience" in t for t in minimum), minimum
    assert any("ADP Workforce Now" in t for t in minimum), minimum
    assert any("CPP" in t for t in preferred), preferred
    # what the job does is not asked of the candidate
    assert not any(
        "Process bi-weekly payroll" in t or "process" in t.lower()[:8] for t in minimum + preferred
    )


# --- how a line asks is not what it asks for ----------------------------------------------------

FRAMED_POSTING = """Site Administrator
Requirements
- Dedication to health and safety briefings (e.g., toolbox talks, Safe Work Method Statements)
- Strong command of Xero and MYOB
- Sound knowledge of the Building Safety Act and the Party Wall Act
- Full working rights in New Zealand
- Current police vetting
"""


def test_the_word_that_opens_a_framed_line_is_not_a_term(run, tmp_path: Path) -> None:
    """ "Dedication to ...", "Strong command of ...": the opening word governs what follows; only
    what follows is searched for."""
    data = extract(run, tmp_path, FRAMED_POSTING)
    searched = [
        text
        for line in ("Dedication to", "command of")
        for group in terms(requirement(data, line))
        for _, text in group
    ]
    assert "Dedication" not in searched and "command" not in searched
    assert "Xero" in searched and "MYOB" in searched


def test_a_name_with_an_everyday_word_inside_stays_whole(run, tmp_path: Path) -> None:
    data = extract(run, tmp_path, FRAMED_POSTING)
    texts = [text for group in terms(requirement(data, "Building Safety Act")) for _, text in group]
    assert any(text.startswith("Building Safety") for text in texts), texts
    assert "Safety Act" not in texts


@pytest.mark.parametrize(
    ("line", "condition"),
    [
        ("Full working rights in New Zealand", "work authorisation"),
        ("Current police vetting", "background check"),
    ],
)
def test_working_rights_and_vetting_are_conditions(run, tmp_path: Path, line: str, condition: str) -> None:
    entry = requirement(extract(run, tmp_path, FRAMED_POSTING), line)
    assert entry["kinds"] == ["condition"] and entry["condition"] == condition


def test_a_code_in_capitals_is_a_term_but_a_shouted_or_is_not() -> None:
    from jobmatch.extract import extract_posting

    posting = extract_posting(
        "Requirements\n- Good knowledge of IS codes (IS 456, IS 1786)\n"
        "- BSc in Civil Engineering with 5+ years, OR an MSc with 3+ years\n"
    )
    first, second = posting.requirements
    assert {t.text for g in first.groups for t in g.terms} >= {"IS codes", "IS 456", "IS 1786"}
    assert not any(t.text.upper() == "OR" for g in second.groups for t in g.terms)


def test_the_verb_after_a_modal_and_a_clause_about_the_company_are_not_terms() -> None:
    """ "Must inspect Kanban boards": "inspect" is what the candidate does; "...: we are opening
    our first Nordic stores" explains the line. Neither is searched for; "Must wear required PPE"
    is a workplace rule a résumé cannot show."""
    from jobmatch.extract import extract_posting

    posting = extract_posting(
        "Requirements\n- Must inspect Kanban boards on the shop floor\n"
        "- Finnish or Swedish would help: we are opening our first Nordic stores next spring\n"
        "- Must wear required PPE\n"
    )
    by_line = {r.text.split()[1]: r for r in posting.requirements}
    texts = {word: {t.text for g in r.groups for t in g.terms} for word, r in by_line.items()}
    assert any("Kanban" in t for t in texts["inspect"]) and not any(
        t.startswith("inspect") for t in texts["inspect"]
    )
    assert {"Finnish", "Swedish"} == texts["or"], texts["or"]
    assert by_line["wear"].condition == "physical demands"


def test_the_verbs_after_ability_to_are_not_terms() -> None:
    """ "Ability to diagnose and repair gas furnaces": what is asked are the furnaces, not the verbs."""
    from jobmatch.extract import extract_posting

    posting = extract_posting(
        "Requirements\n- Ability to diagnose and repair gas furnaces and heat pumps\n"
        "- Able to climb and walk pitched roofs with a ladder\n"
        "- Competent in cannulation and phlebotomy\n"
    )
    texts = [{t.text for g in r.groups for t in g.terms} for r in posting.requirements]
    assert texts[0] == {"gas furnaces", "heat pumps"}, texts[0]
    assert not texts[1] & {"climb", "walk", "climb and walk"} and "pitched roofs" in texts[1], texts[1]
    assert not any(t.lower().startswith("competent") for t in texts[2]), texts[2]


def test_examples_after_such_as_the_are_any_of_with_their_head(run, tmp_path: Path) -> None:
    """ "standardised assessments such as the Vineland-3, BOT-2 or PEDI-CAT", "guest messaging or
    CRM tools such as Revinate": one example shown meets the line; a name with a hyphen and a
    digit ("BOT-2") is found as written."""
    posting = (
        "Paediatric Physiotherapist\n\nNice to have\n"
        "- Experience with standardised assessments such as the BOT-2, GMFM-88 or AIMS\n"
        "- Experience with guest messaging or CRM tools such as Revinate, Medallia or ReviewPro\n"
    )
    resume = (
        "EXPERIENCE\nPhysiotherapist, Little Steps Clinic   Feb 2019 – Present\n"
        "- Assessed motor skills with the GMFM-88 for 40 children a year\n"
        "- Answered guest reviews through Revinate for the clinic's hotel partner\n"
    )
    data = score(run, tmp_path, posting, resume)
    for needle in ("standardised assessments", "guest messaging"):
        entry = next(r for r in data["requirements"] if needle in r["text"])
        assert entry["verdict"] == "met", entry["reason"]


def test_two_languages_joined_by_and_are_two_languages() -> None:
    """ "Able to communicate in Bahasa Malaysia and English": two languages, not one literal
    term, and communicating in a language is the language, not the competency."""
    from jobmatch.extract import extract_posting

    posting = extract_posting(
        "Requirements\n- Able to communicate in Bahasa Malaysia and English\n"
        "- Excellent command of English and Thai, spoken and written\n"
    )
    first, second = posting.requirements
    assert [(t.kind, t.text) for g in first.groups for t in g.terms] == [
        ("language", "Bahasa Malaysia"),
        ("language", "English"),
    ]
    assert {(t.kind, t.text) for g in second.groups for t in g.terms} == {
        ("language", "English"),
        ("language", "Thai"),
    }


# --- term boundaries: what is a name and what is the way a line asks ----------------------------

BOUNDARY_POSTING = """Practice Nurse
Requirements
- Phlebotomy support or IV cannulation experience
- Working knowledge of the WHS Act and infection control
- Experience preparing and filing zakat declarations
- Kaizen / 5S experience
"""


def test_term_boundaries(run, tmp_path: Path) -> None:
    """A head noun between two alternatives ("X support or Y experience") keeps them one choice;
    "Act" after a named law is the law's kind, not a term; the verbs of a line ("preparing and
    filing") are not part of what it names; "X experience" asks for experience."""
    data = extract(run, tmp_path, BOUNDARY_POSTING)
    either = requirement(data, "Phlebotomy support")
    assert [len(group) for group in terms(either)] == [2], terms(either)
    law = requirement(data, "WHS Act")
    assert not any(text == "Act" for group in terms(law) for _, text in group), terms(law)
    zakat = requirement(data, "zakat declarations")
    assert [text for group in terms(zakat) for _, text in group] == ["zakat declarations"], terms(zakat)
    assert requirement(data, "Kaizen / 5S")["asks_experience"] is True


def test_either_alternative_meets_a_head_noun_choice(run, tmp_path: Path) -> None:
    resume = (
        "EXPERIENCE\nStaff Nurse, Riverside Clinic   Jan 2020 – Present\n"
        "- Performed IV cannulation for day-case patients\n"
    )
    report = score(run, tmp_path, BOUNDARY_POSTING, resume)
    assert verdict(report, "Phlebotomy support")["verdict"] == "met"


def test_a_place_before_a_thing_says_where_it_is_from_not_what_to_search(run, tmp_path: Path) -> None:
    """ "Ghanaian GAAP", "a Canadian-accredited degree": the place qualifies the thing named; a
    résumé is not searched for the place's name."""
    posting = (
        "Group Accountant\n\nRequirements\n- Working knowledge of Ghanaian GAAP and IFRS\n"
        "- A Canadian-accredited diploma in dental hygiene\n"
    )
    data = extract(run, tmp_path, posting)
    names = [text for group in terms(requirement(data, "GAAP")) for _, text in group]
    assert "Ghanaian" not in names and "GAAP" in names, names
    diploma = requirement(data, "Canadian-accredited")
    assert not any("Canadian" in text for group in terms(diploma) for _, text in group), terms(diploma)
    assert diploma["degree"]["fields"], diploma["degree"]


def test_frame_words_of_a_standard_and_a_body_are_no_terms(run, tmp_path: Path) -> None:
    """ "Conocimiento de la norma IATF 16949", "Welding inspector according to ISO 9606",
    "Inscrito(a) en el Colegio de Abogados y de Notarios (CAN)": the standard, the body."""
    posting = (
        "Requisitos\n- Conocimiento de la norma IATF 16949\n- Welding inspector according to ISO 9606\n"
        "- Inscrito(a) en el Colegio de Abogados y de Notarios (CAN)\n"
    )
    data = extract(run, tmp_path, posting)
    named = {
        needle: [text for group in terms(requirement(data, needle)) for _, text in group]
        for needle in ("IATF", "ISO 9606", "Colegio")
    }
    assert "norma" not in " ".join(named["IATF"]).lower(), named
    assert not any("according" in t for t in named["ISO 9606"]), named
    assert "Notarios" not in named["Colegio"], named


def test_romance_example_lists_are_examples_of_the_kind_before_them(run, tmp_path: Path) -> None:
    """ "(p. ej. SolidWorks o Inventor)", "ou CMMS (por exemplo SAP PM, Maximo ...)": any one of
    the kind or its examples will do."""
    posting = (
        "Requisitos\n- Manejo de software de diseño mecánico (p. ej. SolidWorks o Inventor)\n"
        "- Experiência com sistemas de gestão da manutenção ou CMMS (por exemplo SAP PM, Maximo ou Fiix)\n"
    )
    data = extract(run, tmp_path, posting)
    for needle in ("SolidWorks", "CMMS"):
        groups = requirement(data, needle)["groups"]
        assert len(groups) == 1 and groups[0]["examples"], (needle, terms(requirement(data, needle)))


def test_an_adjective_after_a_romance_frame_keeps_what_it_frames(run, tmp_path: Path) -> None:
    """ "Esperienza documentata nella manutenzione di impianti", "Experiencia comprobada en
    calderas industriales": the frame holds across its noun's adjective; "e/o" joins nothing."""
    posting = (
        "Requisiti\n- Almeno 3 anni di esperienza documentata nella saldatura di tubazioni e/o serbatoi\n"
    )
    data = extract(run, tmp_path, posting)
    names = [text for group in terms(requirement(data, "saldatura")) for _, text in group]
    assert any("saldatura" in n for n in names), names
    assert not any("e/o" in n for n in names), names


def test_french_frames_and_example_cues(run, tmp_path: Path) -> None:
    """ "Bonne maîtrise d'un logiciel de paie tel que Sage Paie ou Silae", "Connaissance d'un ERP
    (SAP ou équivalent)": the examples are either; the frame is no term."""
    posting = (
        "Profil recherché\n- Bonne maîtrise d'un logiciel de paie tel que Silae ou Cegid\n"
        "- Connaissance d'un ERP (SAP, Sage X3 ou équivalent)\n"
    )
    data = extract(run, tmp_path, posting)
    paie = terms(requirement(data, "Silae"))
    assert len(paie) == 1 and {"Silae", "Cegid"} <= {text for _, text in paie[0]}, paie
    erp = [text for group in terms(requirement(data, "ERP")) for _, text in group]
    assert not any("Connaissance" in t for t in erp), erp


def test_an_issuer_after_issued_by_in_spanish_is_no_part_of_the_name(run, tmp_path: Path) -> None:
    posting = (
        "Requisitos\n- Licencia de operador de montacargas emitida por el Ministerio de Trabajo (MTPS)\n"
    )
    data = extract(run, tmp_path, posting)
    names = [text for group in terms(requirement(data, "montacargas")) for _, text in group]
    assert not any("emitida" in t or "Ministerio" in t for t in names), names


def test_a_language_with_its_register_in_italian(run, tmp_path: Path) -> None:
    data = extract(run, tmp_path, "Requisiti\n- Conoscenza del tedesco tecnico\n")
    assert terms(requirement(data, "tedesco")) == [[("language", "tedesco")]]
