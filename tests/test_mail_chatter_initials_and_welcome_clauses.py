"""A recruiter's mail: the writer speaking to the reader ("Thanks for ...", "Let me know ...") asks
nothing; a sentence does not end inside a name written with initials ("U.S. GAAP", "in the
D. Mass."); a clause that is only welcome after one called essential neither gates the line nor makes
it preferred — via the CLI."""

from __future__ import annotations

MAIL = """Subject: Warehouse shift supervisor — Leeds

Hi Priya,

Thanks for sending over the shortlist yesterday. Here is what the site manager wants. The client
needs someone with at least three years supervising a shift in a distribution centre. They must be
confident running the WMS (Manhattan or Blue Yonder) and handling agency staff rotas.

Let me know who you have by Friday.

Cheers,
Tom
"""


def test_the_writer_speaking_to_the_reader_asks_nothing(extract_text) -> None:
    texts = [row["text"] for row in extract_text(MAIL)["minimum"] + extract_text(MAIL)["preferred"]]
    assert not [t for t in texts if t.startswith(("Thanks", "Here is", "Let me know", "Cheers"))], texts
    assert any(t.startswith("The client needs someone with at least three years") for t in texts), texts
    assert any(t.startswith("They must be confident running the WMS") for t in texts), texts


ACCOUNTING = """Financial Controller — Boston

Harbor Lane Foods is a family-owned distributor of fresh produce to restaurants across New England.

We need a qualified accountant who has closed a group's books at month end for at least five
years. You should have worked with audit firms in the D. Mass. area. A CPA licence is required.

We offer a hybrid schedule and a 401(k) match.
"""


def test_no_sentence_ends_inside_initials(extract_text) -> None:
    posting = extract_text(ACCOUNTING)
    texts = [row["text"] for row in posting["minimum"] + posting["preferred"]]
    assert "You should have worked with audit firms in the D. Mass. area." in texts, texts
    assert not [t for t in texts if t.startswith("Mass.")], texts


FIRMWARE = """Firmware Engineer — Tampere

Kaleva Devices builds battery-powered sensors for district heating networks across Finland.

You have a degree in electrical engineering and five years of professional experience programming
in C. Experience with Zephyr or FreeRTOS would be an advantage. You are comfortable reading schematics.

We offer a sauna, a bike benefit and flexible hours.
"""


def test_a_language_of_one_letter_ends_its_sentence(extract_text) -> None:
    posting = extract_text(FIRMWARE)
    minimum = [row["text"] for row in posting["minimum"]]
    preferred = [row["text"] for row in posting["preferred"]]
    assert any(t.endswith("five years of professional experience programming in C.") for t in minimum), (
        posting
    )
    assert "Experience with Zephyr or FreeRTOS would be an advantage." in preferred, posting


FRAMED = """Subject: Site manager — Leeds

Hi Jo,

As discussed, the contractor needs a site manager who holds a valid SMSTS and a CSCS black card. As
mentioned, a first aid at work certificate is essential. Thanks for the quick turnaround on the last one.
"""


def test_a_framing_opener_keeps_what_it_frames(extract_text) -> None:
    texts = [row["text"] for row in extract_text(FRAMED)["minimum"]]
    assert any(t.startswith("As discussed, the contractor needs a site manager") for t in texts), texts
    assert not [t for t in texts if t.startswith("Thanks")], texts


WAREHOUSE = """Forklift Operator — Hamilton

Requirements
- A current first aid certificate is essential, and a forklift licence would be an advantage.
- Three years of warehouse experience
"""

OPERATOR = """Mere Walker
Hamilton, New Zealand

Experience
Warehouse Operative, Kiwi Freight Ltd, Hamilton — 03/2021 – present
- Picked and packed 300 orders a shift; loaded trucks by hand and with pallet jacks

Certifications
- First Aid Certificate (St John, Workplace First Aid), renewed 06/2025
"""


def test_a_welcome_clause_after_an_essential_one_does_not_gate(score_lines, extract_text) -> None:
    line = "A current first aid certificate is essential, and a forklift licence would be an advantage."
    assert line in [row["text"] for row in extract_text(WAREHOUSE)["minimum"]]
    row = score_lines(WAREHOUSE, OPERATOR)[line]
    assert row["verdict"] == "met", row
