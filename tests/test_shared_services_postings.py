"""A shared-services finance posting as a job board shows it, via the CLI:

- a sentence about the company that goes on "and we are looking for new team members for ..."
  and the process's accessibility notice ("If you need any adjustments ...") are no requirements;
- "a service mindset when dealing with vendors" is shown by work serving them ("first point of
  contact for 200 vendors", "resolved vendor queries");
- one ERP's finance module asked, another ERP used: partly, said as a tool of the same kind.
"""

from __future__ import annotations

ABOUT = (
    "Brightwater GBS serves 40 group companies from Wrocław. Our Record-to-Report tower (80 people) is "
    "expanding and we are looking for new team members for the DACH finance team."
)
NOTICE = (
    "We welcome applications from everyone. If you need any adjustments during the recruitment process, "
    "please tell us."
)
POSTING = f"""# Accounts Payable Analyst (German)

## Brightwater Global Business Services, Wrocław

### About us
{ABOUT}

### Your profile
- Hands-on experience with SAP FI
- A service mindset when dealing with vendors and internal requesters

### Recruitment process
- CV screening
- Interview with the team leader

{NOTICE}
"""


def test_company_and_process_sentences_are_no_requirements(extract_text) -> None:
    report = extract_text(POSTING, "posting.md")
    assert [r["text"] for r in report["minimum"]] == [
        "Hands-on experience with SAP FI",
        "A service mindset when dealing with vendors and internal requesters",
    ]


RESUME = """Zofia Nowicka
Wrocław, Poland

EXPERIENCE
Accounts Payable Specialist — Orlen Partner Services, Wrocław (05/2021 – present)
- Invoice processing in Oracle E-Business Suite R12 for 12 German entities
- First point of contact for about 200 vendors; resolved vendor queries by phone and e-mail
"""


def test_service_to_vendors_shows_the_mindset(score_lines) -> None:
    rows = score_lines(POSTING, RESUME, "resume.txt")
    row = rows["A service mindset when dealing with vendors and internal requesters"]
    assert row["verdict"] == "met", row["reason"]


def test_another_erp_for_an_erp_module_is_partly(score_lines) -> None:
    rows = score_lines(POSTING, RESUME, "resume.txt")
    row = rows["Hands-on experience with SAP FI"]
    assert row["verdict"] == "partial", row["reason"]
    assert "Oracle ERP" in row["reason"] and "same kind" in row["reason"]
    without = RESUME.replace("Invoice processing in Oracle E-Business Suite R12", "Invoice processing")
    assert (
        score_lines(POSTING, without, "resume.txt")["Hands-on experience with SAP FI"]["verdict"] == "missing"
    )
