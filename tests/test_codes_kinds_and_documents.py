"""What a requirement line asks, read more closely: two codes joined by "and" that share a head
("SMM7 and NRM2 measurement rules"), a kind named in two words before its examples, one
credential or another with bracketed examples, papers the work handles ("processing work visas",
"Certificates of Sponsorship") that are no credential held, a two-letter lower-case word that is
no name, "English and Cantonese" with English alone, and soft skills shown by explaining work to
lay people and by putting a guest's problem right."""

from __future__ import annotations

from jobmatch.extract import extract_posting


def _groups(line: str) -> list[list[tuple[str, str]]]:
    posting = extract_posting(f"Requirements\n- {line}\n")
    requirement = (*posting.minimum, *posting.preferred)[0]
    return [[(t.kind, t.text) for t in g.terms] for g in requirement.groups]


def test_two_codes_joined_by_and_are_two_things_without_their_shared_head() -> None:
    groups = _groups("Sound working knowledge of SMM7 and NRM2 measurement rules")
    texts = [text for group in groups for _, text in group]
    assert "SMM7" in texts and "NRM2" in texts
    assert not any("measurement" in text for text in texts)


def test_a_kind_named_in_two_words_before_its_examples_is_one_any_of_group() -> None:
    groups = _groups(
        "Familiarity with Australian survey data and standards, e.g. GDA2020, AHD and ICSM guidelines"
    )
    assert len(groups) == 1
    assert ("term", "Australian survey data") in groups[0]
    assert any(text == "GDA2020" for _, text in groups[0])


def test_one_credential_or_another_with_examples_in_brackets_is_one_group() -> None:
    groups = _groups("CCNA or Microsoft certifications (AZ-104, MS-102) are an advantage")
    assert len(groups) == 1
    assert {text for _, text in groups[0]} >= {"CCNA", "AZ-104", "MS-102"}


def test_papers_the_work_handles_are_not_credentials_the_candidate_holds() -> None:
    handled = _groups("Experience processing work visas and Certificates of Sponsorship for new hires")
    assert all(kind != "credential" for group in handled for kind, _ in group)
    held = _groups("Valid Certificate IV in Training and Assessment")
    assert all(kind == "credential" for group in held for kind, _ in group)


def test_a_two_letter_lower_case_word_is_no_term() -> None:
    texts = [text for group in _groups("Understanding of te reo and tikanga Māori") for _, text in group]
    assert "te" not in texts


POSTING = """Client Services Coordinator - Hong Kong

Requirements
- Good command of English and Cantonese is preferred.
- A current first aid certificate
- The ability to explain technical information clearly to non-technical people
- Strong problem-solving and service recovery skills
"""

CV = """Grace Lam
Kowloon, Hong Kong | grace@example.com

EXPERIENCE
Guest Relations Officer, Harbour View Hotel, Hong Kong (Mar 2021 - Present)
- Handle escalated complaints at the front desk; recovered a 40-room tour group after an overbooking.
- Walk guests through the hotel app and explain the loyalty rules to them at check-in.
- Talk contractors through the building's fire safety plan before each refurbishment.

CERTIFICATIONS
First Aid Certificate, St John Ambulance - issued 03/2022 (expired 03/2025)

LANGUAGES
English (fluent), Mandarin (conversational)
"""


def test_one_of_two_languages_asked_together_is_partly_met(score_lines) -> None:
    line = score_lines(POSTING, CV)["Good command of English and Cantonese is preferred."]
    assert line["verdict"] == "partial"
    assert "Cantonese" in line["reason"] and "not named" in line["reason"]


def test_explaining_work_to_lay_people_and_recovering_a_guest_are_shown(score_lines) -> None:
    lines = score_lines(POSTING, CV)
    explain = lines["The ability to explain technical information clearly to non-technical people"]
    assert explain["verdict"] == "met", explain["reason"]
    assert "searched for the term" not in explain["reason"]
    recovery = lines["Strong problem-solving and service recovery skills"]
    assert recovery["verdict"] != "missing", recovery["reason"]


def test_named_products_in_brackets_after_their_kind_are_its_examples() -> None:
    groups = _groups("Exposure to MDM platforms (Microsoft Intune, Jamf Pro, VMware Workspace ONE)")
    assert len(groups) == 1
    assert {"Jamf Pro", "Microsoft Intune"} <= {text for _, text in groups[0]}
    # a language and its libraries are not a kind and its examples
    assert len(_groups("Strong Python (pandas, NumPy, scikit-learn) and SQL")) == 2
