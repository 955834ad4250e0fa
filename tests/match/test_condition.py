"""The condition checker: a line a résumé need not show (driving, background checks, work rights)
is met, quoting the résumé, when the résumé states it, and not assessed when it does not; either
way it stays out of the score."""

from __future__ import annotations

import pytest
from match_helpers import results

from jobmatch.api import score
from jobmatch.extract import extract_posting
from jobmatch.resume import extract_resume

POSTING = (
    "Requirements\n- Experience of home visits to older adults\n"
    "- Full driving licence and use of a car for work\n"
    "- Enhanced DBS check (adults' barred list)\n"
)
VISITS = (
    "EXPERIENCE\nCommunity Support Worker, Elmfield Care   May 2019 – Present\n"
    "- Made home visits to older adults\n"
)


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Full driving licence and use of a car for work", "Full clean UK driving licence and own car"),
        ("Enhanced DBS check (adults' barred list)", "Enhanced DBS (adult workforce), on the Update Service"),
        ("Current Working with Children Check", "Working with Children Check (NSW) WWC1234567E"),
    ],
)
def test_a_stated_condition_is_met_quoting_the_resume(line: str, stated: str) -> None:
    [result] = results(line, f"{VISITS}ADDITIONAL INFORMATION\n{stated}\n")
    assert result.verdict == "met", result.reason
    assert "left out of the score" in result.reason
    assert result.evidence and result.evidence[0].text == stated


def test_an_unstated_condition_is_not_assessed() -> None:
    [result] = results("Full driving licence and use of a car for work", VISITS)
    assert result.verdict == "unassessed"
    assert "a résumé does not show this (driving)" in result.reason


def test_a_stated_condition_does_not_change_the_score() -> None:
    posting = extract_posting(POSTING)
    silent = score(posting, extract_resume(VISITS))
    stating = score(posting, extract_resume(VISITS + "OTHER\nFull UK driving licence; Enhanced DBS\n"))
    assert [r.verdict for r in stating.results] == ["met", "met", "met"]
    assert [r.verdict for r in silent.results] == ["met", "unassessed", "unassessed"]
    assert silent.score == stating.score == 100


def test_the_condition_a_line_names_first_is_what_it_asks() -> None:
    """ "A driver's licence ..., as you will be travelling": driving, which a résumé can state;
    "travel between sites ...; valid driver's license": travel. "Hybrid or EV experience" is no
    working arrangement."""
    from jobmatch.extract import extract_posting

    posting = extract_posting(
        "Requirements\n- You'll need a valid G driver's licence, as you will be travelling between homes\n"
        "- Ability to travel between sites up to 25% of the time; valid driver's license\n"
        "- Hybrid or EV experience, including high-voltage isolation training\n"
    )
    assert [r.condition for r in posting.requirements] == ["driving", "travel", None]


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        (
            "Willing to travel to client sites across Gauteng",
            "Own transport; willing to travel and relocate.",
        ),
        (
            "Willingness to join the out-of-hours rota",
            "Take part in the weekend and out-of-hours on-call rota",
        ),
    ],
)
def test_willingness_and_availability_stated_are_met(line: str, stated: str) -> None:
    [result] = results(line, f"{VISITS}ADDITIONAL INFORMATION\n{stated}\n")
    assert result.verdict == "met", result.reason
    assert "left out of the score" in result.reason


def test_a_place_the_resume_gives_at_its_top_meets_a_residence_line() -> None:
    """ "Must reside in Kumasi": the address at the top of the résumé names the place; a résumé
    from elsewhere says nothing either way."""
    local = "Akosua Mensah\nAsokwa, Kumasi, Ghana | akosua@example.com\n" + VISITS
    elsewhere = "Kwame Boateng\nOsu, Accra, Ghana | kwame@example.com\n" + VISITS
    [result] = results("Must reside in Kumasi", local)
    assert result.verdict == "met" and "Kumasi" in result.evidence[0].text
    [result] = results("Must reside in Kumasi", elsewhere)
    assert result.verdict == "unassessed"


def test_an_age_is_a_condition_not_years_of_experience() -> None:
    """Judged as an age (a job since 2019 makes its author at least 24), not as 21 years of work."""
    [result] = results("To join us, you must be at least 21 years old at the time of joining.", VISITS)
    assert result.verdict == "met", result.reason
    assert "at least 21 years old asked" in result.reason and "left out of the score" in result.reason


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("Notice period: 90 days", "missing"),  # longer than the 30 days asked
        ("Notice period: 2 weeks", "met"),
        ("Notice period: negotiable", "unassessed"),  # no length to compare
    ],
)
def test_a_stated_notice_period_is_compared_with_the_one_asked(stated: str, expected: str) -> None:
    [result] = results("Immediate joiners or a notice period of up to 30 days", f"{VISITS}OTHER\n{stated}\n")
    assert result.verdict == expected, result.reason


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        # shift work and nights away the candidate already does
        (
            "Able to work rotating shifts, including nights and weekends",
            "- 12-hour rotating day/night shifts",
        ),
        ("Willing to be away from home 3 nights a week", "- Over-the-road runs, home weekends"),
        # rosters and rotations already worked; a licence written with a curly apostrophe
        ("Able to work a 21/7 rotation and live in camp", "- Worked a 21/7 rotation on a remote site"),
        ("Happy to join our after-hours roster (1 in 8)", "- On the clinic's after-hours roster, 1 in 4"),
        ("Valid Class 5 driver's licence", "Class 5 driver’s licence, clean abstract"),
        # a nationality line naming the country asked, or a member of the bloc asked
        ("You need an EU passport or a valid French work permit", "Nationality: Portuguese"),
        ("Singapore Citizen or Permanent Resident only", "Singapore Citizen"),
        # the country asked, the nationality stated as its adjective or in its own language, and back
        ("Open to Malaysian citizens only", "Citizenship: Malaysia"),
        ("Must be a New Zealand citizen or resident", "Nationality: New Zealander"),
        ("Right to work in the Netherlands (EU passport or residence permit)", "Nationaliteit: Nederlandse"),
        ("Only UAE nationals will be considered", "Nationality: Emirati"),
    ],
)
def test_conditions_a_resume_shows_by_what_the_candidate_already_does(line: str, stated: str) -> None:
    resume = f"Ana Costa\n{stated}\n{VISITS}" if not stated.startswith("-") else f"{VISITS}{stated}\n"
    [result] = results(line, resume)
    assert result.verdict == "met", result.reason
    assert result.evidence[0].text == stated.lstrip("- ")


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Must hold an EU passport", "Nationality: Brazilian"),
        ("Singapore Citizen or Permanent Resident only", "Nationality: Malaysian"),
        ("Must be a New Zealand citizen or resident", "Citizenship: Australia"),
        ("The client can only take Namibian citizens or permanent residents", "South African citizen"),
    ],
)
def test_a_nationality_from_elsewhere_shows_no_right_to_work(line: str, stated: str) -> None:
    [result] = results(line, f"Ana Costa\n{stated}\n{VISITS}")
    assert result.verdict == "unassessed", result.reason


def test_a_place_on_the_contact_line_is_where_the_author_lives() -> None:
    """ "Lyon-Villeurbanne · +33 6 12 34 56 78 · ...": the place beside the contact details."""
    resume = f"Claire Morel\nLyon-Villeurbanne · +33 6 12 34 56 78 · claire@morel.fr\n{VISITS}"
    [result] = results("You'll need to live within commuting distance of Lyon", resume)
    assert result.verdict == "met", result.reason


@pytest.mark.parametrize(
    ("line", "stated", "expected"),
    [
        # a licence stated, but not held in full or not yet
        ("Full UK driving licence", "Driving: UK provisional driving licence", "missing"),
        (
            "Valid Irish driving licence",
            "Driving licence: Brazil (Irish licence - test scheduled May 2027)",
            "missing",
        ),
        ("Clean criminal record", "Criminal record: none", "met"),
        # tools of one's own: a condition a résumé may state
        ("Your own basic hand tools", "Own tools and van", "met"),
    ],
)
def test_what_a_resume_states_of_a_condition_decides_it(line: str, stated: str, expected: str) -> None:
    [result] = results(line, f"{VISITS}OTHER\n{stated}\n")
    assert result.verdict == expected, result.reason


def test_overtime_in_a_payroll_line_is_what_is_calculated_not_a_condition() -> None:
    [result] = results("Knowledge of the BCEA, incl. leave, overtime and shift allowance calcs", VISITS)
    assert result.requirement.condition is None, result.reason


def test_a_bloc_of_citizens_and_a_height() -> None:
    [eea] = results(
        "Applicants must be EU/EEA citizens or hold a valid Norwegian residence permit for work",
        f"Ana Costa\nIcelandic citizen, living in Bergen\n{VISITS}",
    )
    assert eea.verdict == "met", eea.reason
    [height] = results("Must be at least 5'6\" in height", VISITS)
    assert height.verdict == "unassessed" and height.requirement.condition == "physical demands"


def test_a_check_whose_application_is_lodged_is_not_held() -> None:
    [result] = results(
        "Current Working with Children Check", f"{VISITS}OTHER\nWWCC: application lodged 11/2026\n"
    )
    assert result.verdict == "missing", result.reason


def test_a_right_stated_on_the_contact_line() -> None:
    """ "Calgary, AB | (403) 555-0101 | ... | Canadian citizen": what is left of the contact line
    once its details are cut states the right to work (the number and address stay out)."""
    resume = f"Dana Lee\nCalgary, AB | (403) 555-0101 | dana@example.ca | Canadian citizen\n{VISITS}"
    [result] = results("Must be legally entitled to work in Canada", resume)
    assert result.verdict == "met", result.reason
    assert "555" not in result.evidence[0].text and "@" not in result.evidence[0].text


def test_a_shift_system_already_worked() -> None:
    resume = f"{VISITS}- Worked a three-shift system incl. Saturdays\n"
    [result] = results("Readiness to work in a 3-shift system, also on some Saturdays", resume)
    assert result.requirement.condition == "availability"
    assert result.verdict == "met", result.reason


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Can start ASAP", "Available to start immediately."),
        (
            "Willing to work shifts, weekends and be on standby when required",
            "- Day and night shift on a roster",
        ),
        (
            "You must be willing to work weekends and public holidays",
            "- Runs on weekends and public holidays",
        ),
    ],
)
def test_availability_a_resume_states(line: str, stated: str) -> None:
    resume = f"{VISITS}{stated}\n" if stated.startswith("-") else f"Jo Tan\n{stated}\n{VISITS}"
    [result] = results(line, resume)
    assert result.verdict == "met", result.reason


def test_a_riding_permit_stated() -> None:
    resume = f"Okello James\nLICENCES\nDriving permit, Class A (motorcycle), valid to 2028\n{VISITS}"
    [result] = results("Must be able to ride a motorcycle and hold a valid riding permit.", resume)
    assert result.verdict == "met", result.reason


def test_a_country_of_residence_by_a_city_in_it() -> None:
    """ "Residence Location: United Arab Emirates" (a job board's facet): "Dubai, UAE" is there."""
    resume = f"Arjun Menon\nDubai, UAE · +971 50 555 0101 · arjun@example.com\n{VISITS}"
    [result] = results("Residence Location: United Arab Emirates", resume)
    assert result.verdict == "met", result.reason


def test_military_service_is_a_condition_a_cv_may_state() -> None:
    """An Egyptian or Turkish CV's "Military status: Exempted" states it: met, out of the score."""
    [result] = results(
        "Military service completed or exempted (male applicants)",
        "KARIM ADEL\nAlexandria, Egypt\nMilitary status: Exempted\n"
        "EXPERIENCE\nLab Analyst, Delta Foods   2020 - Present\n",
    )
    assert result.verdict == "met", result.reason
    assert "left out of the score" in result.reason


def test_a_portfolio_asked_is_shown_by_a_link_to_one() -> None:
    """Work to look at: the résumé points to it ("Portfolio: behance.net/..."); a portfolio of
    clients is no such thing."""
    resume = (
        "LINA HADDAD\nAmman · Portfolio: behance.net/linahaddad\n"
        "EXPERIENCE\nIllustrator, Petra Press   2020 - Present\n- Book covers\n"
    )
    shown, clients = results(
        "An online portfolio of your illustration work\nManaging a portfolio of 30 key accounts", resume
    )
    assert shown.verdict == "met" and "left out of the score" in shown.reason, shown.reason
    assert clients.requirement.condition is None


@pytest.mark.parametrize(
    "line",
    [
        "Valid EU driving licence (category B)",
        "A valid driving licence (B) would be a plus",
        "Class 2 driver licence",
        "Permiso de conducir categoría B",
    ],
)
def test_a_driving_licence_of_a_named_category_unstated_is_missing(line: str) -> None:
    """Where postings name the licence's category, résumés state it: nothing stated is missing (and
    still left out of the score); "a valid driver's license" alone stays not assessed."""
    [result] = results(line, VISITS)
    assert result.verdict == "missing", result.reason
    assert "left out of the score" in result.reason
    [plain] = results("Valid driver's license and a reliable vehicle", VISITS)
    assert plain.verdict == "unassessed", plain.reason


def test_the_licence_class_named_in_a_resume_line_meets_it() -> None:
    [result] = results(
        "Valid Class 5 driver's licence", VISITS + "OTHER\nManitoba Class 5 (clean abstract)\n"
    )
    assert result.verdict == "met", result.reason


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        (
            "Full vaccination against hepatitis B and tetanus",
            "Immunisations: hepatitis B (3 doses), tetanus 2023",
        ),
        ("Esquema de vacunación completo contra hepatitis B", "Vacunas: hepatitis B (esquema completo)"),
    ],
)
def test_vaccinations_are_a_condition_a_resume_may_state(line: str, stated: str) -> None:
    [held] = results(line, f"{VISITS}ADDITIONAL INFORMATION\n{stated}\n")
    assert held.requirement.condition == "immunisation"
    assert held.verdict == "met", held.reason
    [silent] = results(line, VISITS)
    assert silent.verdict == "unassessed", silent.reason


@pytest.mark.parametrize(
    ("line", "stated", "expected"),
    [
        ("Driving licence category C or CE is a plus", "Driving licence categories B and C", "met"),
        ("Driving licence category C or CE", "Driving licence: category B only", "missing"),
        (
            "Licencia clase G para tractores y maquinaria agrícola",
            "Licencia de conducir: clases B1 y C",
            "missing",
        ),
        (
            "Licencia clase G para tractores y maquinaria agrícola",
            "Licencia de conducir clases B1 y G",
            "met",
        ),
    ],
)
def test_licence_classes_asked_against_the_classes_held(line: str, stated: str, expected: str) -> None:
    """The classes a line lists are the licence's (not the C language), and a résumé's licence of
    other classes does not meet it."""
    [result] = results(line, f"{VISITS}ADDITIONAL INFORMATION\n{stated}\n")
    assert result.requirement.condition == "driving"
    assert result.verdict == expected, result.reason


@pytest.mark.parametrize(
    "line",
    [
        "Immunization support or non-sterile compounding experience",
        "Experiencia en vacunación de smolts y alevinaje",
    ],
)
def test_giving_vaccinations_is_work_not_a_condition(line: str) -> None:
    """Vaccinating others (a pharmacy's immunization service, fish in a hatchery) is work to show."""
    [result] = results(line, VISITS)
    assert result.requirement.condition is None


def test_a_numbered_class_held_is_not_judged_against_another_number() -> None:
    """Numbered classes climb differently by country (a British Columbia Class 3 holder drives what
    Class 5 allows): another number is no proof of a missing licence, as a letter class is."""
    [result] = results(
        "Valid Class 5 driver's licence", f"{VISITS}LICENCES\nClass 3 driver's licence with air brake\n"
    )
    assert result.verdict == "met", result.reason
    [trailer] = results(
        "Driving licence category C", f"{VISITS}LICENCES\nDriving licence categories B and CE\n"
    )
    assert trailer.verdict == "met", trailer.reason
