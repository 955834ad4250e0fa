"""Degrees as résumés write them (data/degrees.yaml): forms from India, the US and Europe, the
field of study beside them, and the relations between fields kept as data."""

from __future__ import annotations

import pytest

from jobmatch.phrases import is_stem_field, is_technical_field, parse_degree, related_fields


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        (
            "B.E. Mechanical | Kongu Institute of Engineering | 2021 | 8.2 CGPA",
            "bachelor",
            "mechanical-engineering",
        ),
        ("B.E Civil Engineering, Anna Nagar College, 2018", "bachelor", "civil-engineering"),
        ("B.Tech (Information Technology), 2019", "bachelor", "information-systems"),
        ("BCA - Mysore Arts College - 2017", "bachelor", "computer-science"),
        ("MCA (Master of Computer Applications), 2020", "master", "computer-science"),
        ("B.Com (Accounting and Taxation), 2015", "bachelor", "accounting"),
        ("M.Com, Finance, 2017", "master", "finance"),
        ("TYBCOM, Mumbai University, 2014", "bachelor", "business"),
        ("LL.B, Government Law College, 2016", "bachelor", "law"),
        ("LL.M. in International Trade Law, 2019", "master", "law"),
        ("J.D., magna cum laude, 2015", "master", "law"),
        ("B.F.A. Painting, Riverbank School of Art, 2012", "bachelor", "fine-arts"),
        ("BFA, Graphic Design, 2016", "bachelor", "graphic-design"),
        ("Diplom-Ingenieur Maschinenbau, TU Dresden, 2011", "master", "mechanical-engineering"),
        ("Zweite Juristische Staatsprüfung, 2020", "master", "law"),
        ("Licence en droit, Université de Lyon, 2013", "bachelor", "law"),
        ("Laurea magistrale in Economia, Università di Bologna, 2018", "master", "economics"),
        ("Licenciatura (BSc) in Computer Engineering, 2021", "bachelor", "computer-science"),
        ("Dr. iur., Universität Heidelberg, 2019", "phd", "law"),
        ("Associate Degree in Nursing (ADN), 2022", "associate", "nursing"),
        ("Bachelor of Science in Nursing (BSN), 2020", "bachelor", "nursing"),
        ("MBA (Marketing), 2021", "master", "marketing"),
        ("Master of Science in Information Technology, 2014", "master", "information-systems"),
        # teaching degrees, Portuguese-language degrees
        ("B.Ed. (Primary), St Patrick's College, 2016", "bachelor", "education"),
        ("PGCE Secondary Mathematics with QTS, 2021", "bachelor", "education"),
        ("M.Ed in Educational Leadership, 2020", "master", "education"),
        ("Bacharelado em Publicidade e Propaganda – Mackenzie, 2015", "bachelor", "marketing"),
        ("Bacharel em Ciências Contábeis – PUC-Rio, 2012", "bachelor", "accounting"),
        ("Bacharelado em Jornalismo – UFMG, 2010", "bachelor", "communication"),
        # French, Tunisian, Latin American and Brazilian names of degrees
        ("Diplôme national d'ingénieur en informatique – ENSI Tunis, 2016", "master", "computer-science"),
        ("Licence appliquée en informatique de gestion – ISET Sfax, 2018", "bachelor", "computer-science"),
        ("Graduação em Direito – PUCPR, 2019", "bachelor", "law"),
        # Czech and Slovak degree abbreviations
        (
            "Bc. | Civil Engineering | Czech Technical University in Prague | 2015",
            "bachelor",
            "civil-engineering",
        ),
        (
            "Ing. – Electrical Engineering, Technical University of Košice, 2019",
            "master",
            "electrical-engineering",
        ),
        ("Mgr. Economics, Masaryk University, Brno (2012)", "master", "economics"),
    ],
)
def test_resume_degree_lines(line: str, level: str, field: str) -> None:
    degree = parse_degree(line, resume_line=True)
    assert degree is not None and degree.level == level, degree
    assert field in degree.fields if field else not degree.fields, degree.fields


@pytest.mark.parametrize(
    "line",
    [
        "MS Office, MS Project, Excel",
        "Southaven, MS (Memphis metro)",
        "Boston, MA 02110",
        "AS/400 administration",
        # a short form hyphened into an instrument's or a product's name
        "Quantified pesticides by LC-MS/MS or GC-MS",
        "Experience with HPLC-MS or ICP-MS in a contract lab",
        "Advanced MS-Excel (pivot tables, VLOOKUP)",
    ],
)
def test_lines_that_are_not_degrees(line: str) -> None:
    degree = parse_degree(line, resume_line=True)
    assert degree is None or degree.level is None


def test_relations_between_fields_of_study() -> None:
    related = related_fields()
    assert {"accounting", "finance"} <= related["economics"]
    assert "civil-engineering" in related["mechanical-engineering"]
    assert "computer-science" not in related["fine-arts"]
    assert is_technical_field("computer-science") and is_technical_field("mechanical-engineering")
    assert not is_technical_field("fine-arts") and not is_technical_field("graphic-design")
    assert not is_technical_field("business")
    assert is_stem_field("biology") and not is_technical_field("biology")


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Pharmacy diploma from an accredited college", "pharmacy"),
        ("An accounting or finance degree", "accounting"),
        ("Recognised teaching diploma", "education"),
    ],
)
def test_a_posting_s_field_written_before_its_degree_word(line: str, field: str) -> None:
    """ "Pharmacy diploma": the field before the degree word is the field asked for, so a diploma
    in anything else does not meet it."""
    degree = parse_degree(line)
    assert degree is not None and field in degree.fields, degree


def test_an_ask_before_a_degree_names_no_field_of_it() -> None:
    degree = parse_degree("3 years of accounting experience and a degree")
    assert degree is None or degree.fields == (), degree


def test_a_brazilian_postgraduate_course_is_past_the_first_degree() -> None:
    """ "Pós-graduação em ..." is no "graduação" (a first degree) because its word ends the same."""
    post = parse_degree("Pós-graduação em Direito Tributário")
    first = parse_degree("Graduação em Direito")
    assert post is not None and post.level == "master", post
    assert first is not None and first.level == "bachelor", first


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Titulado/a en Ingeniería Industrial", "engineering"),
        ("Título de Ingeniero Civil o Constructor Civil", "civil-engineering"),
        ("Egresada de Enfermería, con registro vigente", "nursing"),
    ],
)
def test_a_spanish_graduate_s_own_word_names_a_first_degree(line: str, field: str) -> None:
    degree = parse_degree(line)
    assert degree is not None and degree.levels == ("bachelor",) and field in degree.fields
