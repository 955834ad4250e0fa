"""The taxonomy outside software: skills of each field are found in lines written as postings and
résumés write them, products of one kind share that kind as their parent (so a matcher can give
"a different tool of the same kind" partial credit), and common words are not skills."""

from __future__ import annotations

import json

import pytest

from jobmatch.taxonomy import load_taxonomy

# (line, skill ids it must yield), per field; postings and résumés alike.
FIELD_LINES = {
    "nursing": [
        (
            "Registered Nurse, CVICU: managed IABP, Impella and CRRT after cardiac surgery",
            {"nursing", "critical-care", "iabp", "impella", "crrt"},
        ),
        (
            "Current BLS, ACLS and PALS from the American Heart Association; CCRN preferred",
            {"bls", "acls", "pals", "ccrn"},
        ),
        (
            "Charted in Epic ClinDoc, scanned with Epic Rover and taught patients MyChart",
            {"epic-clindoc", "epic-rover", "epic-mychart"},
        ),
        ("NIHSS and TNCC certification within six months of hire", {"nihss", "tncc"}),
        ("Cerner PowerChart and Meditech Expanse documentation", {"cerner-powerchart", "meditech"}),
        (
            "Wound care, ventilator management and ESI triage at a Level I trauma center",
            {"wound-care", "ventilator-management", "triage", "emergency-nursing"},
        ),
    ],
    "accounting": [
        (
            "Own the month-end close: journal entries, accruals, account reconciliations and intercompany",
            {"month-end-close", "journal-entries", "accruals", "account-reconciliation", "intercompany"},
        ),
        (
            "Revenue recognition under ASC 606, leases under ASC 842 and FX remeasurement for 12 entities",
            {"revenue-recognition", "asc-606", "asc-842", "fx-remeasurement"},
        ),
        (
            "Closed the books in NetSuite with BlackLine and FloQast; earlier QuickBooks Online",
            {"oracle-netsuite", "blackline", "floqast", "quickbooks"},
        ),
        ("CPA or Certified Management Accountant required; SOX 404 testing", {"cpa", "cma", "sox"}),
        (
            "Built FP&A models in Anaplan and Adaptive Insights; Coupa for procure-to-pay",
            {"fp-and-a", "anaplan", "adaptive-planning", "coupa", "accounts-payable"},
        ),
        ("US GAAP and IFRS reporting for SAP S/4HANA finance", {"gaap", "ifrs", "sap-fico"}),
    ],
    "legal": [
        (
            "Advised on GDPR, BDSG and the EU AI Act; CIPP/E certified",
            {"gdpr", "bdsg", "eu-ai-act", "cipp-e"},
        ),
        (
            "Drafted and negotiated commercial contracts; legal research on Westlaw and LexisNexis",
            {"contract-drafting", "legal-research", "westlaw", "lexisnexis"},
        ),
        (
            "Member of the bar in good standing; LL.M. in intellectual property law",
            {"bar-admission", "llm-degree", "intellectual-property-law"},
        ),
        (
            "Ran document review in Relativity and kept matter files in iManage",
            {"e-discovery", "relativity", "imanage"},
        ),
        ("CCPA and data subject requests for a US retailer; CIPM", {"ccpa", "data-subject-requests", "cipm"}),
        (
            "Volljurist with both state exams, experience in employment law",
            {"german-bar-qualification", "employment-law"},
        ),
    ],
    "construction": [
        (
            "Managed submittals, RFIs, change orders and pay applications in Procore",
            {"submittals", "rfis", "change-orders", "pay-applications", "procore"},
        ),
        (
            "Quantity takeoffs in Bluebeam Revu and PlanSwift; schedules in Primavera P6 and MS Project",
            {"takeoffs", "bluebeam", "planswift", "primavera-p6", "microsoft-project"},
        ),
        (
            "OSHA 30 and LEED AP BD+C; working knowledge of AIA A201 and A101",
            {"osha-30", "leed-ap-bdc", "aia-a201", "aia-a101"},
        ),
        ("ICRA Class IV barriers on occupied hospital projects", {"icra"}),
        ("Cost estimating for hard-bid work using RSMeans", {"estimating", "rsmeans"}),
    ],
    "mechanical engineering": [
        (
            "Modeled castings in SolidWorks, ran SolidWorks Simulation and released through SolidWorks PDM",
            {"solidworks", "solidworks-simulation", "solidworks-pdm"},
        ),
        (
            "GD&T per ASME Y14.5, tolerance stack-ups and DFM/DFA reviews with suppliers",
            {"gd-and-t", "asme-y14-5", "tolerance-analysis", "dfm"},
        ),
        (
            "Creo and Windchill today; CATIA V5 and Teamcenter at a previous employer",
            {"creo", "windchill", "catia", "teamcenter"},
        ),
        ("FEA in ANSYS Mechanical and CFD in ANSYS Fluent", {"fea", "ansys", "cfd", "ansys-fluent"}),
        (
            "Valve design to ASME B16.34 and API 6D; EIT certified and working toward a PE license",
            {"valves", "asme-b16-34", "api-6d", "eit", "pe-license"},
        ),
    ],
    "recruiting": [
        (
            "Full-cycle recruiting for 25 requisitions in Greenhouse and Workday Recruiting",
            {"full-cycle-recruiting", "greenhouse", "workday-recruiting"},
        ),
        (
            "Boolean search and LinkedIn Recruiter sourcing for high-volume hiring",
            {"boolean-sourcing", "linkedin-recruiter", "high-volume-recruiting"},
        ),
        ("I-9 and E-Verify compliance; OFCCP affirmative action plans", {"i-9", "e-verify", "ofccp"}),
        ("SHRM-CP or PHR certification preferred", {"shrm-cp", "phr"}),
        ("AIRS certified; requisitions tracked in iCIMS and Taleo", {"airs", "icims", "taleo"}),
    ],
    "sales": [
        (
            "Closed $1.2M in new ARR with MEDDPICC and Command of the Message, 128% of quota",
            {"meddicc", "command-of-the-message", "quota-attainment"},
        ),
        (
            "Prospected with Outreach, Salesloft and Gong plus LinkedIn Sales Navigator",
            {"outreach-io", "salesloft", "gong", "linkedin-sales-navigator"},
        ),
        (
            "Full-cycle sales in HubSpot and Salesforce with disciplined pipeline management",
            {"full-cycle-sales", "hubspot", "salesforce", "pipeline-management"},
        ),
        ("Trained in Challenger and SPIN selling", {"challenger-sale", "spin-selling"}),
    ],
    "ux design": [
        (
            "Designed in Figma and Sketch; prototypes tested in Maze and UserTesting",
            {"figma", "sketch", "maze-design", "usertesting"},
        ),
        (
            "Ran user interviews and usability testing, synthesized findings in Dovetail and FigJam",
            {"user-interviews", "usability-testing", "dovetail"},
        ),
        ("Built the design system in Storybook to WCAG 2.1 AA", {"design-systems", "storybook", "wcag"}),
        (
            "Remote sessions in Lookback and UserTesting; specs in Adobe XD and InVision",
            {"lookback", "adobe-xd", "invision"},
        ),
    ],
    "data analysis": [
        (
            "Dashboards in Tableau and Power BI on Snowflake, models in dbt",
            {"tableau", "power-bi", "snowflake", "dbt"},
        ),
        (
            "A/B testing, hypothesis testing and logistic regression in BigQuery and Looker Studio",
            {"ab-testing", "hypothesis-testing", "regression-analysis", "bigquery", "looker-studio"},
        ),
    ],
    "marketing": [
        (
            "Paid social on Meta Ads and LinkedIn Ads, SEO in Semrush, email in Marketo and Klaviyo",
            {"meta-ads", "linkedin-ads", "seo", "semrush", "marketo", "klaviyo"},
        ),
    ],
    "supply chain": [
        (
            "Managed a 3PL and Manhattan WMS; ran cycle counts; forklift certified",
            {"third-party-logistics", "manhattan-wms", "cycle-counting", "forklift-certification"},
        ),
        (
            "Class A CDL with hazmat endorsement; DOT hours of service compliance",
            {"cdl-a", "hazmat-endorsement", "dot-regulations"},
        ),
        (
            "Demand planning in Kinaxis, monthly S&OP; APICS CPIM",
            {"demand-planning", "kinaxis", "sales-and-operations-planning", "cpim"},
        ),
    ],
    "education": [
        (
            "Differentiated instruction, IEPs and PBIS in a 5th-grade classroom",
            {"differentiated-instruction", "iep", "classroom-management"},
        ),
        (
            "Built courses in Articulate Storyline and Canvas LMS with SCORM packages",
            {"articulate-storyline", "canvas-lms", "scorm"},
        ),
        ("State teaching license and TESOL certificate", {"teaching-certification", "tefl-certification"}),
    ],
    "manufacturing": [
        (
            "Programmed Haas mills in G-code and Mastercam; inspected on a CMM with PC-DMIS",
            {"haas", "cnc-programming", "mastercam", "cmm", "pc-dmis"},
        ),
        (
            "Set up manual lathe and Bridgeport mill jobs; MIG and TIG welding",
            {"lathe", "milling-machine", "mig-welding", "tig-welding"},
        ),
        ("PFMEA, SPC and PPAP for IATF 16949 launches", {"fmea", "spc", "ppap", "iatf-16949"}),
    ],
    "electrical trades": [
        (
            "Journeyman electrician license; NEC code, conduit bending, VFDs and motor controls",
            {
                "journeyman-electrician",
                "national-electrical-code",
                "conduit-bending",
                "vfd",
                "motor-controls",
            },
        ),
    ],
    "customer support": [
        (
            "Resolved tickets in Zendesk and Freshdesk with 96% CSAT",
            {"zendesk", "freshdesk", "support-metrics"},
        ),
    ],
    "it project management": [
        (
            "IT project management with Jira and Smartsheet; PMP certified; ITIL",
            {"it-project-management", "jira", "smartsheet", "pmp", "itil"},
        ),
    ],
}

# (line, skill ids it must not yield): wrong or too-broad senses that used to map.
WRONG_SENSES = [
    ("Telemetry experience on a cardiac step-down unit", {"observability"}),
    ("Performed bank reconciliations and account reconciliations monthly", {"month-end-close"}),
    ("Knowledge of commercial law", {"contract-law"}),
    ("Experience with an ERP such as SAP or Oracle", {"oracle-database"}),
    ("Coordinated with the JS Group on shipping dates", {"javascript"}),
    ("Strong networking skills and an established book of business", {"networking"}),
    ("Patient monitoring on a busy med-surg floor", {"monitoring"}),
    ("Partnered with finance and legal on compliance questions", {"finance", "compliance", "law"}),
    ("Benefits include health, dental and life insurance", {"insurance"}),
    ("Any other basis protected under applicable law", {"law"}),
    ("Provided compassionate care alongside nurses and physicians", {"nursing"}),
    ("Loaded shipping containers and moved them with a reach truck", {"containers"}),
    ("Crafted brand messaging for the spring launch", {"message-queues"}),
    ("Drug testing and a background check are required", {"software-testing"}),
]

# Products of one kind: each pair shares this direct parent, a real kind of at most 30 members.
SIBLINGS = [
    ("catia", "creo", "cad"),
    ("quickbooks", "oracle-netsuite", "accounting-software"),
    ("ansible", "terraform", "infrastructure-as-code"),
    ("azure", "aws", "cloud-platforms"),
    ("teamcenter", "windchill", "plm"),
    ("greenhouse", "workday-recruiting", "ats-software"),
    ("hubspot", "salesforce", "crm"),
    ("sketch", "figma", "design-tools"),
    ("primavera-p6", "microsoft-project", "project-scheduling-software"),
    ("epic", "cerner", "ehr"),
    ("westlaw", "lexisnexis", "legal-research-tools"),
    ("anaplan", "adaptive-planning", "epm-software"),
    ("sap", "oracle-erp", "erp"),
    ("tableau", "power-bi", "business-intelligence"),
    ("procore", "plangrid", "construction-management-software"),
    ("mastercam", "esprit-cam", "cam-software"),
    ("meddicc", "command-of-the-message", "sales-methodologies"),
    ("outreach-io", "salesloft", "sales-engagement-platforms"),
    ("zendesk", "freshdesk", "helpdesk-software"),
    ("manhattan-wms", "oracle-wms", "wms"),
    ("moodle", "canvas-lms", "lms"),
    ("cipp-e", "cipp-us", "cipp"),
    ("osha-10", "hazwoper", "osha-training"),
    ("shrm-cp", "shrm-scp", "shrm-certification"),
    ("ansys", "abaqus", "fea"),
]

# Common words that must not be skills on their own, in any case: they were false positives.
NOT_SKILLS = [
    "telemetry",
    "finance",
    "compliance",
    "production",
    "revenue",
    "care",
    "payments",
    "insurance",
    "testing",
    "messaging",
    "law",
    "teaching",
    "nurse",
    "nurses",
    "oracle",
    "grading",
    "customer service",
]
# Words with a technical or field sense that count only with context ("knowledge of networking",
# "CPR certified"), never on their own.
CONTEXT_ONLY = [
    "recruiting",
    "marketing",
    "security",
    "monitoring",
    "networking",
    "containers",
    "privacy",
    "cpr",
    "js",
]


def skill_ids_per_line(run, lines: list[str]) -> list[set[str]]:
    result = run("skills", "-", "--per-line", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(lines)
    return [{mention["skill"] for mention in record["mentions"]} for record in records]


def test_taxonomy_check_passes_through_the_cli(run) -> None:
    result = run("taxonomy", "check")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "valid" in result.stdout


@pytest.mark.parametrize("field", sorted(FIELD_LINES))
def test_skills_of_each_field_are_found_in_realistic_lines(run, field: str) -> None:
    lines = [line for line, _ in FIELD_LINES[field]]
    for (line, expected), found in zip(FIELD_LINES[field], skill_ids_per_line(run, lines), strict=True):
        assert expected <= found, f"{line!r}: missing {sorted(expected - found)}; found {sorted(found)}"


def test_wrong_senses_of_common_words_are_gone(run) -> None:
    lines = [line for line, _ in WRONG_SENSES]
    for (line, forbidden), found in zip(WRONG_SENSES, skill_ids_per_line(run, lines), strict=True):
        assert not forbidden & found, f"{line!r} still gives {sorted(forbidden & found)}"


def test_the_right_sense_replaces_the_wrong_one(run) -> None:
    """Not only gone: the field's own skill is found instead."""
    lines = [
        "Telemetry experience on a cardiac step-down unit",
        "Performed bank reconciliations and account reconciliations monthly",
        "Strong networking skills and an established book of business",
        "Patient monitoring on a busy med-surg floor",
        "Oracle DB performance tuning and PL/SQL",
        "Metrics, logs and traces through OpenTelemetry telemetry pipelines",
    ]
    expected = [
        {"progressive-care"},
        {"bank-reconciliation", "account-reconciliation"},
        {"professional-networking", "account-management"},
        {"vital-signs", "acute-care"},
        {"oracle-database", "plsql"},
        {"observability", "opentelemetry"},
    ]
    for line, want, found in zip(lines, expected, skill_ids_per_line(run, lines), strict=True):
        assert want <= found, f"{line!r}: missing {sorted(want - found)}; found {sorted(found)}"


@pytest.mark.parametrize(("first", "second", "kind"), SIBLINGS)
def test_products_of_one_kind_share_that_kind_as_parent(first: str, second: str, kind: str) -> None:
    taxonomy = load_taxonomy()
    assert kind in taxonomy.skills[first].implies and kind in taxonomy.skills[second].implies
    members = [s.id for s in taxonomy.skills.values() if kind in s.implies]
    assert len(members) <= 30, f"{kind} has {len(members)} direct children: too broad to be a kind"


def test_certifications_of_different_levels_are_distinct_skills() -> None:
    """OSHA 10 and OSHA 30, LEED Green Associate, LEED AP and LEED AP BD+C are each their own
    skill; the higher one evidences the lower one, one level up."""
    taxonomy = load_taxonomy()
    assert "osha-10" in taxonomy.skills["osha-30"].implies
    assert "leed-ap" in taxonomy.skills["leed-ap-bdc"].implies
    assert "leed-green-associate" in taxonomy.skills["leed-ap"].implies
    assert "osha-30" not in taxonomy.implied("osha-10")


def test_a_product_is_not_an_alias_of_its_kind() -> None:
    """SolidWorks PDM, Epic, Greenhouse are skills of their own that imply their kind."""
    taxonomy = load_taxonomy()
    kinds = {
        "solidworks-pdm": "plm",
        "epic": "ehr",
        "greenhouse": "ats-software",
        "mastercam": "cam-software",
    }
    for product, kind in kinds.items():
        assert kind in taxonomy.skills[product].implies
        names = {a.lower() for a in taxonomy.skills[kind].plain_aliases}
        assert taxonomy.skills[product].name.lower() not in names


def test_no_chain_leads_from_claims_processing_to_finance(run) -> None:
    """Claims processing is a skill of its own, not insurance, so it cannot chain on to finance."""
    taxonomy = load_taxonomy()
    [found] = skill_ids_per_line(run, ["Claims processing and prior authorizations for a health plan"])
    reached = found | {broader for skill_id in found for broader in taxonomy.implied(skill_id)}
    assert "claims-processing" in found
    assert not reached & {"insurance", "financial-services", "finance", "sap-fico", "erp"}


@pytest.mark.parametrize("word", NOT_SKILLS)
def test_common_words_are_not_skills_on_their_own(word: str) -> None:
    taxonomy = load_taxonomy()
    owners = [
        s.id
        for s in taxonomy.skills.values()
        if word in {a.lower() for a in (*s.plain_aliases, *s.ambiguous_aliases)}
    ]
    assert not owners, f"{word!r} is an alias of {owners}"


@pytest.mark.parametrize("word", CONTEXT_ONLY)
def test_words_with_a_field_sense_need_context(word: str) -> None:
    taxonomy = load_taxonomy()
    owners = [s.id for s in taxonomy.skills.values() if word in {a.lower() for a in s.plain_aliases}]
    assert not owners, f"{word!r} is a plain alias of {owners}"


def test_every_kind_whose_members_stand_in_for_one_another_is_a_taxonomy_entry() -> None:
    """data/scoring.yaml names kinds by id: a typo there would silently drop partial credit."""
    from jobmatch.config import load_config

    taxonomy = load_taxonomy()
    config = load_config()
    unknown = [kind for kind in config.alternative_kinds if kind not in taxonomy.skills]
    assert config.alternative_kinds and not unknown, unknown
