"""A recruiter's mail in prose, read as a recruiter reads it — via the CLI:
- its closing (the call to reply, referrals, the mailing list's footer) asks nothing;
- "They are also looking for someone who can mentor ..." asks for what that person can do;
- camp life on a rotation is a condition;
- under "Nice to have", a language named in the posting's own tongue and said to be "not required"
  ("Język polski (B1+) – not required, but ...") is still welcome."""

from __future__ import annotations

PARAGRAPHS = [
    "From: Dana Whitlock <dana.whitlock@example.com>",
    "Subject: Millwright - Fort McMurray, 21/7 rotation",
    "",
    "Hi there,",
    "",
    (
        "I'm recruiting a Millwright for a client's mine site north of Fort McMurray. The "
        "rotation is 21 days on and 7 off, with flights from Edmonton and a private room in camp."
    ),
    "",
    (
        "Now for what the client wants. You must hold an Alberta journeyperson Millwright "
        "certificate or an interprovincial Red Seal. They want at least 4 years on heavy rotating"
        " equipment such as crushers, conveyors and pumps. They are also looking for someone who "
        "can mentor the apprentices on the crew, because half the crew is in their first or "
        "second year. And of course you need to be fine with camp life and the rotation."
    ),
    "",
    (
        "If this sounds like it might be a fit, reply to this e-mail with your resume and "
        "tickets. If it's not for you but you know a good millwright, I'm always happy to hear "
        "from referrals."
    ),
    "",
    "Thanks, and have a good one,",
    "",
    "Dana Whitlock",
    "Northern Trades Staffing",
    "",
    (
        "You're receiving this message because you registered with Northern Trades Staffing. To "
        "stop receiving job alerts, reply UNSUBSCRIBE. Northern Trades Staffing complies with "
        "Canada's Anti-Spam Legislation (CASL)."
    ),
    "",
]
MAIL = "\n".join(PARAGRAPHS)


def test_a_mails_closing_asks_nothing_and_the_person_sought_is_asked(extract_text) -> None:
    report = extract_text(MAIL)
    lines = [r["text"] for r in report["minimum"] + report["preferred"]]
    assert not any(
        word in line for line in lines for word in ("reply", "referrals", "UNSUBSCRIBE", "CASL", "receiving")
    ), lines
    mentor = next(r for r in report["minimum"] if "mentor the apprentices" in r["text"])
    assert "soft" in mentor["kinds"]
    camp = next(r for r in report["minimum"] if "camp life" in r["text"])
    assert camp["condition"] == "availability"


def test_a_language_not_required_under_nice_to_have_is_welcome(extract_text) -> None:
    report = extract_text(
        "# Backend Developer (Go)\n\n## Wymagania / Requirements\n\n- 3+ years of Go in production\n\n"
        "## Mile widziane / Nice to have\n\n"
        "- Język polski na poziomie komunikatywnym (B1+) – not required, but our dispatchers speak Polish\n",
        name="posting.md",
    )
    preferred = report["preferred"]
    assert len(preferred) == 1 and preferred[0]["kinds"] == ["language"], preferred


def test_a_language_waived_outright_under_nice_to_have_asks_nothing(extract_text) -> None:
    report = extract_text(
        "# Backend Developer\n\n## Requirements\n\n- 3+ years of Go in production\n\n"
        "## Nice to have\n\n- Kubernetes\n- Polish – not required, our team works in English\n",
        name="posting.md",
    )
    assert [r["text"] for r in report["preferred"]] == ["Kubernetes"]
