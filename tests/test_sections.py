"""Sections: headings in plain text, Markdown, bold, ALL CAPS; wrapped bullets joined."""

from __future__ import annotations

import pytest

from jobmatch.loaders import MAX_LINE_CHARS
from jobmatch.sections import split_sections, vocabulary


def sections_of(text: str, kind: str = "posting") -> list[tuple[str, str]]:
    return [(b.section, b.text) for b in split_sections(text, kind) if b.kind == "item"]


def test_plain_text_headings_are_short_known_lines() -> None:
    text = "About us\nWe build things.\n\nRequirements\nPython\nNice to have\nGo\nBenefits\nFood"
    assert sections_of(text) == [
        ("about", "We build things."),
        ("minimum", "Python"),
        ("preferred", "Go"),
        ("benefits", "Food"),
    ]


def test_markdown_bold_and_caps_headings() -> None:
    text = (
        "## What you'll do\n- Ship\n**Must have**\n1. Java\n**Pluses**\n2. Kotlin\n"
        "PERKS\n- Lunch\nOFFICE LIFE\n- Ping pong"
    )
    assert sections_of(text) == [
        ("responsibilities", "Ship"),
        ("minimum", "Java"),
        ("preferred", "Kotlin"),
        ("benefits", "Lunch"),
        ("other", "Ping pong"),
    ]


def test_wrapped_bullet_lines_are_joined() -> None:
    text = "Minimum Qualifications\n• Experience with large scale distributed\nsystems and on-call\n• Go"
    assert sections_of(text) == [
        ("minimum", "Experience with large scale distributed systems and on-call"),
        ("minimum", "Go"),
    ]


def test_resume_headings_in_any_casing() -> None:
    text = "JANE DOE\njane@example.com\nWORK EXPERIENCE\nEngineer, Acme  2019 - 2021\nTechnical Skills\nGo"
    assert sections_of(text, "resume") == [
        ("preamble", "JANE DOE"),
        ("preamble", "jane@example.com"),
        ("experience", "Engineer, Acme  2019 - 2021"),
        ("skills", "Go"),
    ]


def test_lines_that_stop_mid_phrase_are_joined() -> None:
    """Hard-wrapped text: a bullet ending in "(Istio," and a prose line ending "a good
    knowledge" go on in the next line; an e-mail under a name does not."""
    text = (
        "Requirements\n- Experience with service meshes (Istio,\n  Linkerd).\n"
        "The ideal candidate has 4 years of Java and a good knowledge\nof PostgreSQL.\n"
    )
    assert sections_of(text) == [
        ("minimum", "Experience with service meshes (Istio, Linkerd)."),
        ("minimum", "The ideal candidate has 4 years of Java and a good knowledge of PostgreSQL."),
    ]
    resume = "Jane Doe\njane@example.com\nSKILLS\nPython, Go,\nSQL, Kubernetes"
    assert sections_of(resume, "resume") == [
        ("preamble", "Jane Doe"),
        ("preamble", "jane@example.com"),
        ("skills", "Python, Go, SQL, Kubernetes"),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Experience (selected)",
        "EXPERIENCE / BERUFSERFAHRUNG",
        "Work Experience – recent",
        "Where I've worked",
    ],
)
def test_experience_headings_with_qualifiers_or_two_languages(heading: str) -> None:
    text = f"Jane Doe\n{heading}\nEngineer, Acme  2019 - 2021\n"
    assert sections_of(text, "resume")[-1] == ("experience", "Engineer, Acme  2019 - 2021")


def test_symbol_font_bullets_from_pdf_exports() -> None:
    """Word and LibreOffice PDFs leave private-use glyphs (U+F0B7) where the bullets were."""
    text = "Requirements\n\uf0b7 Experience with Go\n\uf0a7\nPython and SQL\n"
    assert sections_of(text) == [("minimum", "Experience with Go"), ("minimum", "Python and SQL")]


def test_joined_lines_stay_within_the_loaders_line_cap() -> None:
    """Issue 14: 'Go,' on 6,000 lines each continues the last; joined without a cap they made one
    18,000-character line that every per-line stage then scanned (quadratic)."""
    blocks = split_sections("SKILLS\n" + "Go,\n" * 6_000, "resume")
    items = [block for block in blocks if block.kind == "item"]
    assert items and max(len(block.text) for block in items) <= MAX_LINE_CHARS
    assert sum(block.text.count("Go,") for block in items) == 6_000


def test_a_filler_word_before_a_heading_and_a_job_boards_footer() -> None:
    """ "Also nice to have" is the preferred heading; "Pay & Benefits" and "Similar jobs" end the
    requirements, so the equal-opportunity line and other jobs' titles are no requirements."""
    text = (
        "What we're looking for\nA valid CDL-A\nAlso nice to have\nHazmat endorsement\n"
        "Pay & Benefits\n$28/hour\nWe are an equal opportunity employer.\n"
        "Similar jobs\nRegional Truck Driver - Dallas, TX\n"
    )
    assert sections_of(text) == [
        ("minimum", "A valid CDL-A"),
        ("preferred", "Hazmat endorsement"),
        ("benefits", "$28/hour"),
        ("benefits", "We are an equal opportunity employer."),
        ("benefits", "Regional Truck Driver - Dallas, TX"),
    ]


def test_a_heading_word_that_ends_a_wrapped_line_is_not_a_heading() -> None:
    text = (
        "What we offer\n• Salary from EUR 60,000 plus a performance-related\nbonus\n"
        "• Flexible hours\nBonus\n• A Kubernetes certification"
    )
    assert sections_of(text) == [
        ("benefits", "Salary from EUR 60,000 plus a performance-related bonus"),
        ("benefits", "Flexible hours"),
        ("preferred", "A Kubernetes certification"),
    ]


def test_a_short_title_case_tail_after_a_full_width_line_goes_on() -> None:
    """In a posting a PDF wrapped at the text width, "Step Functions" under a full line ends it; a
    Title Case line under a short one is a line of its own."""
    text = (
        "Requirements\n"
        "• You have operated event-driven services in production and know your way around the AWS\n"
        "Step Functions\n"
        "• Java\n"
        "Team Lead\n"
    )
    assert sections_of(text) == [
        (
            "minimum",
            "You have operated event-driven services in production and know your way around the AWS"
            " Step Functions",
        ),
        ("minimum", "Java"),
        ("minimum", "Team Lead"),
    ]


def test_a_heading_in_capitals_or_a_label_under_a_full_width_bullet_stays_a_heading() -> None:
    text = (
        "REQUIREMENTS\n- Previous warehouse experience in a busy distribution centre\n"
        "- Forklift licence (counterbalance and reach) preferred\nWORKING HOURS\n"
        "Monday to Friday 6am to 2pm with overtime available\n"
    )
    assert [s for s, t in sections_of(text) if t.startswith("Monday")] == ["other"]


def test_a_bullet_wrapped_in_a_narrow_pdf_column_is_one_item() -> None:
    """A two-column PDF wraps bullets at a third of the page: a continuation that starts with a
    lower-case word and its comma, or closes a bracket the item opened, is the same item (even
    when it looks like a heading: "TÜV 2023)")."""
    text = (
        "Requirements\n• Experience supervising shift teams of 12+\noperators, including agency staff\n"
        "• Certified in handling pressure equipment (AD 2000 /\nTÜV 2023)\n"
        "• Spanish or Portuguese language skills\n"
    )
    assert sections_of(text) == [
        ("minimum", "Experience supervising shift teams of 12+ operators, including agency staff"),
        ("minimum", "Certified in handling pressure equipment (AD 2000 / TÜV 2023)"),
        ("minimum", "Spanish or Portuguese language skills"),
    ]


def test_a_recruiters_sign_off_ends_the_requirements() -> None:
    text = (
        "Requirements:\n1. Good knowledge of Eurocodes\n2. Fluency in Polish and English\n\n"
        "Warm regards,\nAnna Nowak\nPlease forward this mail to colleagues who may be interested.\n"
    )
    found = sections_of(text)
    assert ("minimum", "Fluency in Polish and English") in found
    assert all(section != "minimum" for section, text in found if "forward" in text)


def test_a_heading_given_in_two_languages_and_a_labelled_table_row() -> None:
    """ "Formação / Education" is the education heading; "Languages | Tamil, English" is a table
    row whose label is a heading: its cell is kept as content, not lost with the label."""
    text = (
        "Experiência / Experience\nAnalista de Marketing, Loja Azul   2019 – 2024\n"
        "Formação / Education\nBacharelado em Administração – USP, 2018\n"
        "Languages | Tamil, English\n"
    )
    blocks = split_sections(text, "resume")
    by_text = {b.text: b for b in blocks}
    assert by_text["Bacharelado em Administração – USP, 2018"].section == "education"
    assert by_text["Tamil, English"].kind == "item"
    assert by_text["Languages"].kind == "heading"


@pytest.mark.parametrize(
    ("heading", "category"),
    [
        ("PROFESSIONAL MEMBERSHIPS & CERTIFICATIONS", "certifications"),
        ("Awards and Certifications", "certifications"),
        ("Memberships", "certifications"),
        ("Education and Training", "education"),
        ("Hobbies & Interests", "other"),
    ],
)
def test_a_resume_heading_joining_two_known_ones(heading: str, category: str) -> None:
    """Two known headings joined by "&"/"and": a credentials list wins, else the first part's."""
    assert vocabulary("resume").classify(heading) == category


def test_a_posting_heading_is_not_read_as_two() -> None:
    assert vocabulary("posting").classify("Duties and Perks") is None
