"""How a requirement line is shaped decides what it asks: a list after a colon, "at least one of
the following", examples in brackets, a language's name before a country's law, pronouns and
"but helpful" - checked through `jobmatch extract` and `jobmatch score` on lines written here, in
English, Spanish and Portuguese."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

AS_OF = "2026-11-30"


def _requirements(run, tmp_path: Path, lines: list[str], heading: str = "Requirements:") -> list[dict]:
    posting = tmp_path / "posting.txt"
    posting.write_text(heading + "\n" + "".join(f"- {line}\n" for line in lines), encoding="utf-8")
    result = run("extract", posting, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    return data["minimum"] + data["preferred"]


def _groups(requirement: dict) -> list[tuple[list[str], int, bool]]:
    """Each group as (texts, need, detail)."""
    return [([t["text"] for t in g["terms"]], g["need"], g["detail"]) for g in requirement["groups"]]


def _score(run, tmp_path: Path, posting: str, resume: str) -> list[dict]:
    (tmp_path / "p.txt").write_text(posting, encoding="utf-8")
    (tmp_path / "r.txt").write_text(resume, encoding="utf-8")
    result = run("score", tmp_path / "r.txt", "-p", tmp_path / "p.txt", "--format", "json", "--as-of", AS_OF)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)["requirements"]


def _one(requirements: list[dict], needle: str) -> dict:
    [found] = [r for r in requirements if needle in r["text"]]
    return found


def _verdict(requirements: list[dict], needle: str) -> dict:
    [found] = [r for r in requirements if needle in r["text"]]
    return found


def test_a_list_after_a_colon_is_what_the_thing_before_it_is_made_of(run, tmp_path: Path) -> None:
    """ "Sound knowledge of vessel chartering: charter parties, laytime ...": the items after the
    colon are details of the head (they were dropped: nothing in the line was read but the head);
    one already known to the taxonomy ("welding") carries its list mates along."""
    chartering, workshop = _requirements(
        run,
        tmp_path,
        [
            "Sound knowledge of vessel chartering: charter parties, laytime calculations and demurrage "
            "claims.",
            "Basic workshop skills: welding, grinding, drilling, thread tapping",
        ],
    )
    groups = _groups(chartering)
    assert groups[0] == (["vessel chartering"], 1, False)
    assert [g[0] for g in groups[1:]] == [["charter parties"], ["laytime calculations"], ["demurrage claims"]]
    assert all(detail for _, _, detail in groups[1:])
    details = {text for texts, _, detail in _groups(workshop) if detail for text in texts}
    assert {"grinding", "drilling", "thread tapping"} <= details


LAB_POSTING = "Requirements\n- Basic lab skills: specific gravity, pH, turbidity, colony counts\n"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("- Daily pH and turbidity readings on the clarifier and the filtered water tank", "partial"),
        ("- Ran the filter backwash and cleaned the intake screens", "missing"),
    ],
)
def test_the_items_of_a_colon_list_earn_part_credit(run, tmp_path: Path, lines: str, expected: str) -> None:
    resume = f"EXPERIENCE\nWater Plant Operator, Lobatse Works   Jan 2019 - Present\n{lines}\n"
    found = _verdict(_score(run, tmp_path, LAB_POSTING, resume), "lab skills")
    assert found["verdict"] == expected, found["reason"]


@pytest.mark.parametrize(
    "line",
    [
        "Experience with at least one of the following: CNC lathes, milling machines, surface grinders",
        "Experiencia con al menos uno de los siguientes: tornos CNC, fresadoras, rectificadoras",
        "Experiência com pelo menos um dos seguintes: tornos CNC, fresadoras, retificadoras",
    ],
)
def test_one_of_the_following_is_one_choice_in_any_language(run, tmp_path: Path, line: str) -> None:
    [requirement] = _requirements(run, tmp_path, [line])
    groups = _groups(requirement)
    assert len(groups) == 1 and groups[0][1] == 1 and len(groups[0][0]) >= 3, groups
    assert not any("menos" in t.lower() for t in groups[0][0]), groups


def test_examples_in_brackets_are_one_choice_whatever_the_words_between(run, tmp_path: Path) -> None:
    """ "(e.g. an SWRB registration, a state LCSW licence or equivalent)": any one example shows the
    line (the second example was asked on its own, as if both were needed)."""
    [licence, practice] = _requirements(
        run,
        tmp_path,
        [
            "A professional licence in social work (e.g. an SWRB registration, a state LCSW licence or "
            "equivalent) is required.",
            "Experience delivering trauma-informed practice (TIP) approaches, e.g. Sanctuary Model or "
            "ARC-aligned frameworks",
        ],
    )
    assert [(texts, need) for texts, need, _ in _groups(licence)] == [(["SWRB", "LCSW"], 1)]
    [(texts, need, _)] = _groups(practice)
    assert need == 1 and {"TIP", "Sanctuary Model"} <= set(texts), texts


def test_an_example_meets_the_kind_of_thing_it_illustrates(run, tmp_path: Path) -> None:
    posting = (
        "Nice to have\n- Experience delivering trauma-informed practice (TIP) approaches, e.g. Sanctuary "
        "Model or ARC-aligned frameworks\n"
    )
    resume = (
        "EXPERIENCE\nResidential Youth Worker, Harbour House, Wellington   Feb 2020 - Present\n"
        "- Delivered the Sanctuary Model in a 12-bed youth residence and ran its community meetings\n"
    )
    found = _verdict(_score(run, tmp_path, posting, resume), "trauma-informed")
    assert found["verdict"] == "met", found["reason"]


def test_manufacturer_training_is_a_credential_not_a_brand_mentioned(run, tmp_path: Path) -> None:
    posting = "Nice to have\n- Manufacturer training (Siemens, Schneider, ABB or other) would be a plus.\n"
    worked_on = (
        "EXPERIENCE\nMaintenance Electrician, Kiln Works   Jan 2018 - Present\n"
        "- Fault-found Siemens S7 PLCs and replaced ABB drives on the kiln line\n"
    )
    found = _verdict(_score(run, tmp_path, posting, worked_on), "Manufacturer training")
    assert found["verdict"] != "met", found["reason"]
    trained = worked_on + "CERTIFICATIONS\nSiemens SITRAIN - SIMATIC S7-1500 Service 1 (2022)\n"
    found = _verdict(_score(run, tmp_path, posting, trained), "Manufacturer training")
    assert found["verdict"] == "met", found["reason"]


def test_words_that_ask_nothing_are_not_terms(run, tmp_path: Path) -> None:
    """A pronoun that opens a sentence, a "sector", "but helpful", "at least one X system" kept."""
    found = _requirements(
        run,
        tmp_path,
        [
            "They would also like someone who has handled bulk cement shipments.",
            "Sector experience in retail, hospitality or healthcare.",
            "Not essential, but helpful: experience servicing dairy sheds or grain silos.",
            "Proficient in MS Word and at least one practice management system.",
            "Knowledge of Polish labour law and ZUS procedures.",
        ],
    )
    they, sector, helpful, system, polish = (
        _one(found, needle) for needle in ("They", "Sector", "Not essential", "MS Word", "Polish")
    )
    assert helpful["bucket"] == "preferred"  # welcome, not waived
    assert "They" not in {t for texts, _, _ in _groups(they) for t in texts}
    assert "Sector" not in {t for texts, _, _ in _groups(sector) for t in texts}
    assert not any("helpful" in t for texts, _, _ in _groups(helpful) for t in texts)
    assert ["practice management system"] in [texts for texts, _, _ in _groups(system)]
    assert "language" not in polish["kinds"], polish["groups"]


def test_a_semicolon_starts_a_new_list(run, tmp_path: Path) -> None:
    """ "MIG, TIG and stick welding; flux-core or submerged arc a plus": the "or" of the second
    clause does not make the first clause's list a choice."""
    [requirement] = _requirements(
        run,
        tmp_path,
        ["Experience with MIG, TIG and stick welding; flux-core or submerged arc welding a plus"],
    )
    groups = [texts for texts, _, _ in _groups(requirement)]
    assert ["MIG", "TIG"] not in groups or len(groups) > 1
    assert not any(len(g) >= 3 for g in groups), groups


def test_spanish_competencies_are_the_same_competencies(run, tmp_path: Path) -> None:
    posting = "Requisitos:\n- Capacidad de trabajo en equipo y buena comunicación con los pacientes.\n"
    [requirement] = _requirements(run, tmp_path, posting.splitlines()[1:][0][2:].split("\n"), "Requisitos:")
    names = {t for texts, _, _ in _groups(requirement) for t in texts}
    assert {"Communication", "Collaboration and teamwork"} <= names, names
    assert "Capacidad" not in names


def test_a_spanish_posting_s_headings_and_noun_phrases(run, tmp_path: Path) -> None:
    """ "Requisitos excluyentes" / "Deseables" are the buckets; "de" inside a noun phrase keeps it whole
    ("cultivo de tejidos"); "una de estas etapas:" is one choice; "Disponibilidad para ..." a condition."""
    posting = tmp_path / "aviso.txt"
    posting.write_text(
        "Técnico(a) de Laboratorio de Cultivo de Tejidos\n"
        "Requisitos excluyentes\n"
        "• Título de Técnico de Nivel Superior en Agronomía o carrera afín.\n"
        "• Experiencia en al menos una de estas etapas: cultivo de tejidos, aclimatación o injertación "
        "de plantas.\n"
        "• Disponibilidad para trabajar en sistema de turnos.\n"
        "Deseables\n"
        "• Manejo de Excel nivel intermedio y de software de gestión de viveros (Agrosoft o similar).\n",
        encoding="utf-8",
    )
    result = run("extract", posting, "--format", "json")
    data = json.loads(result.stdout)
    assert len(data["minimum"]) == 3 and len(data["preferred"]) == 1, data
    title, stages, shifts = data["minimum"]
    assert title["degree"]["level"] == "diploma" and "agriculture" in title["degree"]["fields"]
    [(texts, need, _)] = _groups(stages)
    assert need == 1 and "cultivo de tejidos" in texts, texts
    assert shifts["condition"] == "availability"
    [excel] = data["preferred"]
    assert [texts for texts, _, _ in _groups(excel)][0] == ["Excel"]  # not one choice with Agrosoft


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("Previous GCC project experience.", ("region", "GCC")),
        ("Valid Tour Guide Licence issued by the Ministry of Tourism", ("credential", "Tour Guide")),
        ("Experience integrating CCTV with access control (Lenel, Genetec or Gallagher)", ("term", "CCTV")),
    ],
)
def test_what_a_line_asks_stays_itself(run, tmp_path: Path, line: str, asked: tuple[str, str]) -> None:
    """The Gulf, not a compiler; a licence without "issued"; what comes before "with" is asked on
    its own, not as one choice with the examples after it."""
    [requirement] = _requirements(run, tmp_path, [line])
    groups = [[(t["kind"], t["text"]) for t in g["terms"]] for g in requirement["groups"]]
    assert [asked] in groups, groups


def test_teaching_a_school_exam_asks_for_no_school_exam(run, tmp_path: Path) -> None:
    [requirement] = _requirements(run, tmp_path, ["Experience teaching A-Level Drama"])
    assert requirement["degree"] is None, requirement["degree"]


@pytest.mark.parametrize(
    ("line", "condition"),
    [
        ("Working knowledge of track standards for 52 kg / 60 kg rails", None),
        ("Ability to stand for long periods and lift up to 20 kg", "physical demands"),
        ("Ability to sit for extended periods during hearings", "physical demands"),
    ],
)
def test_a_weight_alone_is_no_physical_demand(run, tmp_path: Path, line: str, condition: str | None) -> None:
    [requirement] = _requirements(run, tmp_path, [line])
    assert requirement["condition"] == condition


def test_physical_work_described_meets_a_physical_demand(run, tmp_path: Path) -> None:
    posting = "Requirements\n- Ability to stand for long periods and lift up to 20 kg\n"
    resume = (
        "EXPERIENCE\nProduction Baker, Kenyér Ltd, Győr   Mar 2018 - Present\n"
        "- Manual handling of 25 kg flour sacks through 8-hour standing shifts\n"
    )
    found = _verdict(_score(run, tmp_path, posting, resume), "stand for long periods")
    assert found["verdict"] == "met", found["reason"]


def test_presenting_proposals_in_spanish_is_presenting(run, tmp_path: Path) -> None:
    [requirement] = _requirements(
        run, tmp_path, ["Capacidad para presentar propuestas comerciales a clientes"], "Requisitos:"
    )
    names = {t for texts, _, _ in _groups(requirement) for t in texts}
    assert "Presenting" in names, names


def test_a_spanish_resume_line_shows_presenting(run, tmp_path: Path) -> None:
    posting = "Requisitos:\n- Capacidad para presentar propuestas comerciales a clientes\n"
    resume = (
        "EXPERIENCIA\nEjecutiva de Ventas, Aceros del Norte, Monterrey   Ene 2019 - Actual\n"
        "- Presentación de propuestas comerciales a clientes industriales\n"
    )
    found = _verdict(_score(run, tmp_path, posting, resume), "presentar propuestas")
    assert found["verdict"] in ("partial", "met"), found["reason"]
    assert "Present" in found["reason"], found["reason"]


def test_a_resume_typed_without_accents_shows_the_accented_term(run, tmp_path: Path) -> None:
    """A keyboard without accents writes "mantenimiento preventivo de calderas" for "calderas" and
    "Sécurité" as "Securite": the literal term is found all the same, and shown as the posting wrote it."""
    posting = (
        "Requisitos:\n- Experiencia en lubricación de rodamientos y alineación de ejes\n"
        "- Conocimiento de la norma Qualité Sécurité Environnement (QSE)\n"
    )
    resume = (
        "EXPERIENCIA\nMecanico de Mantenimiento, Papelera del Sur, Concepcion   Mar 2017 - Actual\n"
        "- Lubricacion de rodamientos y alineacion de ejes con laser en maquina papelera\n"
        "- Auditorias internas de Qualite Securite Environnement con el area HSE\n"
    )
    requirements = _score(run, tmp_path, posting, resume)
    bearings = _verdict(requirements, "rodamientos")
    assert bearings["verdict"] == "met", bearings["reason"]
    assert "alineación" in bearings["reason"], bearings["reason"]  # as the posting wrote it
    assert _verdict(requirements, "Qualité")["verdict"] in ("met", "partial")


def test_without_accents_other_letters_stay_apart(run, tmp_path: Path) -> None:
    """Folding is for accents only: "año" and "ano" meet, a word of another script is not turned into
    Latin letters, and a different letter stays a different word."""
    from jobmatch.textnorm import normalize

    assert normalize("Gestión de AÑOS") == normalize("gestion de anos")
    assert normalize("Москва") == " москва "
    assert normalize("Müller") != normalize("Miller")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Excel avanzado (tablas dinámicas)", "Excel"),
        ("Manejo de SQL nivel intermedio", "SQL"),
        ("Intermediate Python skills", "Python"),
        ("Conhecimento de Excel avançado", "Excel"),
    ],
)
def test_a_level_word_is_not_part_of_the_skill(run, tmp_path: Path, line: str, skill: str) -> None:
    """ "Excel avanzado" asks for Excel at a level, not for a product called "Excel avanzado" that no
    résumé names."""
    [requirement] = _requirements(run, tmp_path, [line], "Requisitos:")
    names = {t for texts, _, _ in _groups(requirement) for t in texts}
    assert skill in names, names
    assert not any(("avanz" in n or "ntermedi" in n or "avança" in n) for n in names), names


def test_an_acronym_spelled_out_does_not_break_an_or(run, tmp_path: Path) -> None:
    [requirement] = _requirements(
        run, tmp_path, ["NVQ Tree Surgery or European Tree Worker (ETW) certificate"]
    )
    [(texts, need, _)] = _groups(requirement)
    assert need == 1 and set(texts) == {"NVQ Tree Surgery", "ETW"}, texts


def test_welcome_but_not_a_must_is_preferred_and_a_waived_clause_asks_nothing(run, tmp_path: Path) -> None:
    """ "Swahili is spoken a lot on site, so it would help, but it is not a must" was dropped as a
    waiver; it is a preferred line. "Portuguese is not required, but Spanish would be a plus" asks
    only for Spanish."""
    swahili, spanish = _requirements(
        run,
        tmp_path,
        [
            "Swahili is spoken a lot on the site, so it would help, but it is not a must.",
            "Knowledge of Portuguese is not required, but Spanish would be a plus.",
        ],
    )
    assert swahili["bucket"] == "preferred" and [t for t, _, _ in _groups(swahili)] == [["Swahili"]]
    assert spanish["bucket"] == "preferred" and [t for t, _, _ in _groups(spanish)] == [["Spanish"]]


def test_a_sentence_restricting_who_can_be_hired_is_asked(run, tmp_path: Path) -> None:
    """A recruiter's mail: after the list, "The client can only take Zambian citizens ..." in a
    paragraph of its own is a requirement (a condition), and the benefits paragraph is not."""
    posting = tmp_path / "mail.txt"
    posting.write_text(
        "Hi all,\n\nThe client is looking for a mine surveyor in Kitwe.\n\nWhat they need:\n"
        "- Diploma in Mine Surveying\n- 3 years of underground survey experience\n\n"
        "The client can only take Zambian citizens or permanent residents, as they will not sponsor "
        "a work permit for this role.\n\nThe package: a basic salary of K 28,000 per month plus a housing "
        "allowance.\n\nRegards,\nMwila\n",
        encoding="utf-8",
    )
    data = json.loads(run("extract", posting, "--format", "json").stdout)
    texts = {r["text"]: r for r in data["minimum"] + data["preferred"]}
    citizens = next(r for t, r in texts.items() if t.startswith("The client can only take"))
    assert citizens["condition"] == "work authorisation"
    assert not any("salary" in t for t in texts), list(texts)


def test_logged_hours_are_hours_of_the_thing_logged(run, tmp_path: Path) -> None:
    [requirement] = _requirements(run, tmp_path, ["At least 500 logged hours of rope access work"])
    names = {t for texts, _, _ in _groups(requirement) for t in texts}
    assert not any(n.lower().startswith("logged") for n in names), names


def test_a_latin_american_professional_title_is_a_first_degree(run, tmp_path: Path) -> None:
    [requirement] = _requirements(run, tmp_path, ["Título profesional en Fonoaudiología"], "Requisitos:")
    assert requirement["degree"]["level"] == "bachelor", requirement["degree"]


def test_a_spanish_list_repeating_its_preposition_is_one_choice(run, tmp_path: Path) -> None:
    """ "cirugía ortopédica, laparoscópica o de columna": three kinds of surgery, any one of them."""
    [requirement] = _requirements(
        run, tmp_path, ["Experiencia en cirugía cardiovascular, pediátrica o de trasplantes"], "Requisitos:"
    )
    [(texts, need, _)] = _groups(requirement)
    assert need == 1 and len(texts) == 3, texts


def test_a_spanish_noun_phrase_after_a_kind_of_thing_stays_whole(run, tmp_path: Path) -> None:
    """ "software de gestión hotelera" is one thing; after an activity ("mantenimiento de calderas")
    the thing acted on is the term."""
    software, upkeep = _requirements(
        run,
        tmp_path,
        ["Manejo de software de gestión hotelera (Opera, Fidelio o similar)", "Mantenimiento de calderas"],
        "Requisitos:",
    )
    software_terms = {t for texts, _, _ in _groups(software) for t in texts}
    assert "software de gestión hotelera" in software_terms, software_terms
    assert {t for texts, _, _ in _groups(upkeep) for t in texts} == {"calderas"}


def test_a_slashed_pair_in_a_term_is_either_word(run, tmp_path: Path) -> None:
    posting = "Requirements:\n- Experience with boom/crane operation\n"
    resume = (
        "EXPERIENCE\nRigger, Harbour Lift Services, Durban   Feb 2018 - Present\n"
        "- Crane operation for container lifts at the quay\n"
    )
    found = _verdict(_score(run, tmp_path, posting, resume), "boom/crane")
    assert found["verdict"] == "met", found["reason"]


def test_the_head_of_a_spanish_phrase_comes_first(run, tmp_path: Path) -> None:
    """ "software de diagnóstico electrónico": a résumé line on "diagnóstico" in a job shows part of it
    (the head is "diagnóstico", not the adjective at the end)."""
    posting = "Requisitos:\n- Manejo de software de diagnóstico electrónico\n"
    resume = (
        "EXPERIENCIA\nMecánico, Transportes del Litoral, Santa Fe   Mar 2016 - Actual\n"
        "- Diagnóstico con escáner Jaltest en camiones y tractores\n"
    )
    found = _verdict(_score(run, tmp_path, posting, resume), "diagnóstico")
    assert found["verdict"] in ("partial", "met"), found["reason"]


def test_spanish_words_of_degree_and_example_are_not_terms(run, tmp_path: Path) -> None:
    """ "Conocimientos sólidos de electricidad": electricity, not "sólidos de electricidad";
    "(por ejemplo, X o Y)" lists examples, not a thing called "ejemplo"; after an activity
    ("calibración de") the thing calibrated is the term."""
    solid, training, calibration = _requirements(
        run,
        tmp_path,
        [
            "Conocimientos sólidos de electricidad y neumática",
            "Cursos de fábrica (por ejemplo, Caterpillar Institute o Komatsu Academy)",
            "Experiencia en calibración de balanzas industriales",
        ],
        "Requisitos:",
    )
    assert {t for texts, _, _ in _groups(solid) for t in texts} == {"electricidad", "neumática"}
    assert not any("ejemplo" in t for texts, _, _ in _groups(training) for t in texts)
    assert {t for texts, _, _ in _groups(calibration) for t in texts} == {"balanzas industriales"}


def test_a_spanish_phrase_of_everyday_words_is_no_term(run, tmp_path: Path) -> None:
    """ "software de gestión de mantenimiento (CMMS)": the acronym is the thing asked, not "software
    de gestión" beside it."""
    [requirement] = _requirements(
        run, tmp_path, ["Conocimiento de software de gestión de mantenimiento (CMMS)."], "Requisitos:"
    )
    assert [texts for texts, _, _ in _groups(requirement)] == [["CMMS"]]


def test_aci_is_azure_only_among_azure_services(run, tmp_path: Path) -> None:
    """ "ACI" is also the American Concrete Institute and, in Spanish, the ICA."""
    concrete, azure = _requirements(
        run,
        tmp_path,
        ["ACI Concrete Field Testing Technician Grade I", "Experience with AKS, ACI or Azure Functions"],
    )
    assert all(t["id"] != "azure-container-apps" for g in concrete["groups"] for t in g["terms"])
    assert any(t["id"] == "azure-container-apps" for g in azure["groups"] for t in g["terms"])
