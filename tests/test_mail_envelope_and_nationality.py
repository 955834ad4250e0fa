"""A recruiter's mail forwarded with its envelope in another language ("Da:", "Inviato:",
"Oggetto:"; "De :", "Envoyé :", "Objet :"): the sender is not the job's title, the subject is.
And a nationality written on a CV's contact line ("Hamilton | 021 ... | New Zealand citizen") is
read for a work-authorisation line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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


def test_an_italian_mail_takes_its_title_from_the_subject_not_the_sender(
    run_json: Callable[..., dict], tmp_path: Path
) -> None:
    path = tmp_path / "mail.txt"
    path.write_text(ITALIAN_MAIL, encoding="utf-8")
    posting = run_json("extract", path, "--format", "json")
    assert posting["title"] == "Ricerca Geometra di cantiere - Bergamo"
    texts = [r["text"] for r in posting["minimum"] + posting["preferred"]]
    assert "Almeno 3 anni di esperienza in cantiere" in texts
    assert not any("Ferri" in text or "Inviato" in text for text in texts)


def test_a_french_mail_with_spaced_colons_takes_its_title_from_objet(
    run_json: Callable[..., dict], tmp_path: Path
) -> None:
    path = tmp_path / "mail.txt"
    path.write_text(FRENCH_MAIL, encoding="utf-8")
    posting = run_json("extract", path, "--format", "json")
    assert posting["title"] == "Offre Technicien de maintenance H/F - Liège"


def test_one_dated_line_is_no_envelope(run_json: Callable[..., dict], tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(ONE_DATE_LINE, encoding="utf-8")
    posting = run_json("extract", path, "--format", "json")
    assert posting["title"] == "Warehouse Team Leader"


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
