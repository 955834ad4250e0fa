"""A recruiter's mail forwarded with its envelope in another language ("Da:", "Inviato:",
"Oggetto:"; "De :", "Envoyé :", "Objet :"): the sender is not the job's title, the subject is.
And a nationality written on a CV's contact line ("Hamilton | 021 ... | New Zealand citizen") is
read for a work-authorisation line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ITALIAN_MAIL = """Da: Giulia Ferri <giulia.ferri@example.com>
Inviato: martedì 24 novembre 2026 11:40
A: candidature@example.com
Oggetto: Ricerca Geometra di cantiere - Bergamo

Buongiorno,

per un'impresa edile cliente cerchiamo un geometra di cantiere.

Requisiti:
- Diploma di geometra o laurea in ingegneria edile
- Almeno 3 anni di esperienza in cantiere
- Conoscenza di AutoCAD
"""

FRENCH_MAIL = """De : Luc Martin <luc.martin@example.com>
Envoyé : lundi 23 novembre 2026 08:55
À : recrutement@example.com
Objet : Offre Technicien de maintenance H/F - Liège

Bonjour,

Profil recherché :
- Bachelier en électromécanique
- 2 ans d'expérience en maintenance industrielle
"""

ONE_DATE_LINE = """Date: 12 November 2026

Warehouse Team Leader

Requirements
- 2 years leading a warehouse shift
"""


def _extracted(run_json: Callable[..., dict], tmp_path: Path, text: str) -> dict:
    path = tmp_path / "posting.txt"
    path.write_text(text, encoding="utf-8")
    return run_json("extract", path, "--format", "json")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (ITALIAN_MAIL, "Ricerca Geometra di cantiere - Bergamo"),  # Da: / Inviato: / A: / Oggetto:
        (FRENCH_MAIL, "Offre Technicien de maintenance H/F - Liège"),  # "De :" with a spaced colon
        (ONE_DATE_LINE, "Warehouse Team Leader"),  # one "Date:" line is no envelope
    ],
)
def test_a_mail_takes_its_title_from_the_subject_not_the_sender(
    run_json: Callable[..., dict], tmp_path: Path, text: str, title: str
) -> None:
    assert _extracted(run_json, tmp_path, text)["title"] == title


def test_a_mail_s_envelope_is_no_requirement(run_json: Callable[..., dict], tmp_path: Path) -> None:
    posting = _extracted(run_json, tmp_path, ITALIAN_MAIL)
    texts = [r["text"] for r in posting["minimum"] + posting["preferred"]]
    assert "Almeno 3 anni di esperienza in cantiere" in texts
    assert not any("Ferri" in text or "Inviato" in text for text in texts)


POSTING = """Support Worker - Community Mental Health

Requirements
- Must hold New Zealand citizenship or residency
- Full driver licence
"""

CV = """Mere Parata
Rotorua | 027 555 0199 | mere.parata@example.com | New Zealand citizen

EXPERIENCE
Support Worker, Te Whare Tiaki, Rotorua
Feb 2021 - Present
- Supported 12 tangata whaiora living in the community
"""


def test_a_nationality_on_the_contact_line_states_the_right_to_work(
    score_lines: Callable[..., dict[str, dict]],
) -> None:
    rows = score_lines(POSTING, CV)
    row = rows["Must hold New Zealand citizenship or residency"]
    assert row["verdict"] == "met", row["reason"]
    assert "mere.parata@example.com" not in row["evidence"][0]["text"]


def test_another_nationality_on_the_contact_line_does_not_state_it(
    score_lines: Callable[..., dict[str, dict]],
) -> None:
    rows = score_lines(POSTING, CV.replace("New Zealand citizen", "Fijian citizen"))
    assert rows["Must hold New Zealand citizenship or residency"]["verdict"] != "met"
