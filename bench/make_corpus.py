"""Generate a synthetic, varied résumé corpus for benchmarking ``jobmatch screen``.

    .venv/bin/python bench/make_corpus.py /tmp/corpus --count 1000
    .venv/bin/python bench/make_corpus.py /tmp/corpus --count 10000 --seed 7
    .venv/bin/python bench/make_corpus.py /tmp/corpus-text --count 4000 --formats txt,md
    .venv/bin/python bench/make_corpus.py /tmp/corpus-pdf --count 2000 --formats pdf --pages 2
    .venv/bin/python bench/make_corpus.py /tmp/corpus --count 500 --mix txt=0.5,md=0.2,pdf=0.3

Writes COUNT résumés straight into OUT_DIR as resume_00001.txt, resume_00002.pdf, ... (stale
files with that name pattern are removed first; nothing else in OUT_DIR is touched). Output is
deterministic for a given --seed, --count and format options, byte for byte (PDFs use reportlab's
invariant mode, DOCX zips get fixed timestamps and core properties), whatever --workers is.

Each résumé is a fictional person (e-mail at example.com, phone 555-01xx) from one of a dozen role
families (backend, infra/SRE, data engineering, frontend, full-stack, ML, mobile, security,
designer, analyst, and career changers from teaching or retail), with a contact block, a summary,
1-5 jobs with 3-6 role-specific bullets naming real technologies and outcomes, dates spelled many
ways, education (none, bootcamp, BS, MS, PhD, spelled many ways), skills and sometimes projects,
certifications, publications or awards. Headings, bullets, entry layouts and section order vary.
Each file is sized to one, two or three pages (--pages forces one length; PDFs are measured,
the other formats estimated). Formats:

    txt   plain text; headings in caps, title case, underlined or with a colon; -, • or * bullets;
          a few files are Windows-1252 or have CRLF line endings
    md    Markdown with # / ## headings and - bullets
    docx  python-docx with Title / Heading 1 / Heading 2 / List Bullet styles (some with tables)
    pdf   reportlab platypus, one column, or (--two-column share, default 0.15) a sidebar layout
          with contact / skills / education in a left frame

--manifest FILE writes one JSON line per résumé (file, format, family, level, pages, layout).
A one-line summary (counts per format, pages, seconds) is printed at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import math
import os
import re
import sys
import time
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import Any

FORMATS = ("txt", "md", "docx", "pdf")
DEFAULT_MIX = {"txt": 0.4, "md": 0.2, "docx": 0.2, "pdf": 0.2}
ANCHOR = (2026, 9)  # "today": the month an ongoing job runs up to
ZIP_TIME = (2026, 9, 1, 9, 0, 0)
FIXED_TIME = dt.datetime(2026, 9, 1, 9, 0, 0)
NAME_RE = re.compile(r"^resume_\d{5,}\.(txt|md|docx|pdf)$")

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MON = [m[:3] for m in MONTHS]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

# --------------------------------------------------------------------------------------------
# Content pools. Everything here is Windows-1252-safe so the standard PDF fonts can show it.
# --------------------------------------------------------------------------------------------

FIRST_NAMES = [
    "Ana",
    "Priya",
    "Wei",
    "Oluwaseun",
    "Mateo",
    "Sofia",
    "Jamal",
    "Hannah",
    "Kenji",
    "Fatima",
    "Liam",
    "Chloé",
    "José",
    "Aisha",
    "Dmitri",
    "Ngozi",
    "Lucas",
    "Mei",
    "Omar",
    "Rachel",
    "Tomás",
    "Yuki",
    "Emily",
    "Arjun",
    "Zoe",
    "Carlos",
    "Ingrid",
    "Kwame",
    "Leila",
    "Noah",
    "Sven",
    "Amara",
    "Diego",
    "Hyun-woo",
    "Elena",
    "Samir",
    "Grace",
    "Rafael",
    "Nadia",
    "Ethan",
    "Björn",
    "Chiara",
    "Malik",
    "Ava",
    "Ravi",
    "Marisol",
    "Tariq",
    "Inès",
    "Connor",
    "Lin",
    "Jordan",
    "Taylor",
    "Morgan",
    "Sam",
    "Alex",
    "Daniela",
    "Femi",
    "Anneliese",
    "Vikram",
    "Mariam",
]
LAST_NAMES = [
    "Okafor",
    "Nguyen",
    "Schmidt",
    "García",
    "Patel",
    "Kowalski",
    "Johnson",
    "Tanaka",
    "Haddad",
    "Müller",
    "O'Brien",
    "Fernández",
    "Kim",
    "Singh",
    "Andersson",
    "Rossi",
    "Mensah",
    "Cohen",
    "Ivanova",
    "Chen",
    "Dubois",
    "Santos",
    "Walker",
    "Yilmaz",
    "Novak",
    "Hughes",
    "Park",
    "Moreau",
    "Ramírez",
    "Abdullah",
    "Lindqvist",
    "Costa",
    "Bianchi",
    "Osei",
    "Reyes",
    "Sato",
    "Bergström",
    "Murphy",
    "Alvarez",
    "Nakamura",
    "Adeyemi",
    "Brennan",
    "Castillo",
    "Dabrowski",
    "Eriksen",
    "Fischer",
    "Gallagher",
    "Hoang",
    "Iyer",
    "Jovanovic",
    "Khan",
    "Larsen",
]
CITIES = [
    ("Chicago, IL", "312"),
    ("Austin, TX", "512"),
    ("Seattle, WA", "206"),
    ("Denver, CO", "303"),
    ("Brooklyn, NY", "718"),
    ("Raleigh, NC", "919"),
    ("Portland, OR", "503"),
    ("Toronto, ON", "416"),
    ("Atlanta, GA", "404"),
    ("Minneapolis, MN", "612"),
    ("Pittsburgh, PA", "412"),
    ("San Diego, CA", "619"),
    ("Boston, MA", "617"),
    ("Columbus, OH", "614"),
    ("Salt Lake City, UT", "801"),
    ("Madison, WI", "608"),
    ("Oakland, CA", "510"),
    ("Philadelphia, PA", "215"),
    ("Nashville, TN", "615"),
    ("Phoenix, AZ", "602"),
    ("Detroit, MI", "313"),
    ("Vancouver, BC", "604"),
]
EMPLOYERS = [
    "Acme Corp",
    "Birchway Labs",
    "Northgate Systems",
    "Cobalt Pay",
    "Riverbend Co-op",
    "Halcyon Ltd.",
    "Quarry Labs",
    "Juniper Row",
    "Lumen Health",
    "Tidewater Logistics",
    "Brightline Analytics",
    "Kestrel Robotics",
    "Orchard Financial",
    "Meridian Media",
    "Copperleaf Software",
    "Bluefin Games",
    "Summit Insurance Group",
    "Harbor & Pine",
    "Vantage Retail",
    "Nimbus Cloud",
    "Stonebridge Bank",
    "Fernwood Studios",
    "Redwood Telecom",
    "Silverline Energy",
    "Atlas Freight",
    "Mosaic Learning",
    "Polaris Biotech",
    "Everstone Capital",
    "Wildflower Commerce",
    "Ironclad Security",
    "Sparrow Mobile",
    "Cedar Health Partners",
    "Helix Genomics",
    "Lantern Travel",
    "Foxglove AI",
    "Granite Peak Software",
    "Beacon Civic Tech",
    "Trellis Agritech",
    "Waypoint Maps",
    "Aurora Streaming",
    "Keystone Payroll",
    "Marigold Foods",
]
SCHOOL_EMPLOYERS = [
    "Pinecrest School District",
    "Lakeview High School",
    "Crescent City Schools",
    "Oak Hollow Middle School",
    "Westfield Elementary",
    "Riverside Charter Academy",
]
RETAIL_EMPLOYERS = [
    "Granite Peak Outfitters",
    "Corner Market Grocers",
    "Brightside Home Goods",
    "Tandem Bike Co.",
    "Maple Street Books",
    "Harvest Table Restaurant Group",
]
SCHOOLS = [
    "University of Lakeshore",
    "Northfield State University",
    "Riverside Institute of Technology",
    "Eastbrook College",
    "Westmont University",
    "Pacific Coast University",
    "Great Plains State University",
    "Harborview University",
    "Granite State Polytechnic",
    "Midland University",
    "Cascadia Institute of Technology",
    "St. Aldric College",
    "University of the Northern Prairie",
    "Bayside Technical University",
]
BOOTCAMPS = [
    "Launchpad Coding Bootcamp",
    "Forge Academy",
    "Codeway Institute",
    "Northstar Tech Bootcamp",
    "Catalyst Data School",
]

# Technology concepts, each a tuple of spellings; a résumé picks one spelling per concept.
TECH: dict[str, list[tuple[str, ...]]] = {
    "lang": [
        ("Go", "Golang"),
        ("Java",),
        ("Python",),
        ("Kotlin",),
        ("C#",),
        ("Ruby",),
        ("Node.js", "NodeJS"),
        ("TypeScript",),
        ("Rust",),
        ("C++",),
        ("Scala",),
        ("Elixir",),
        ("PHP",),
    ],
    "db": [
        ("Postgres", "PostgreSQL"),
        ("MySQL",),
        ("DynamoDB",),
        ("Cassandra",),
        ("MongoDB",),
        ("CockroachDB",),
        ("SQL Server", "MS SQL Server"),
        ("Redis",),
        ("Elasticsearch",),
    ],
    "cache": [("Redis",), ("Memcached",)],
    "queue": [
        ("Kafka", "Apache Kafka"),
        ("RabbitMQ",),
        ("SQS", "Amazon SQS"),
        ("Pub/Sub",),
        ("NATS",),
        ("Kinesis",),
    ],
    "cloud": [("AWS", "Amazon Web Services"), ("GCP", "Google Cloud"), ("Azure",)],
    "orch": [("Kubernetes", "k8s", "K8s"), ("ECS",), ("EKS",), ("GKE",), ("Nomad",)],
    "iac": [("Terraform",), ("Pulumi",), ("CloudFormation",), ("Ansible",), ("Helm",)],
    "ci": [
        ("GitHub Actions",),
        ("Jenkins",),
        ("CircleCI",),
        ("GitLab CI",),
        ("Buildkite",),
        ("ArgoCD", "Argo CD"),
    ],
    "obs": [
        ("Datadog",),
        ("Grafana",),
        ("Prometheus",),
        ("New Relic",),
        ("Honeycomb",),
        ("OpenTelemetry",),
        ("Splunk",),
    ],
    "engine": [
        ("Spark", "Apache Spark", "PySpark"),
        ("Flink", "Apache Flink"),
        ("dbt",),
        ("Apache Beam",),
        ("Trino", "Presto"),
    ],
    "wh": [("Snowflake",), ("BigQuery",), ("Redshift",), ("Databricks",), ("Delta Lake",)],
    "flow": [("Airflow", "Apache Airflow"), ("Dagster",), ("Prefect",)],
    "ml_lib": [
        ("PyTorch",),
        ("TensorFlow",),
        ("scikit-learn", "sklearn"),
        ("XGBoost",),
        ("JAX",),
        ("LightGBM",),
        ("Hugging Face Transformers",),
    ],
    "ml_infra": [
        ("MLflow",),
        ("Kubeflow",),
        ("SageMaker", "Amazon SageMaker"),
        ("Vertex AI",),
        ("Ray",),
        ("Weights & Biases",),
    ],
    "ml_serve": [
        ("Triton Inference Server",),
        ("TorchServe",),
        ("FastAPI",),
        ("ONNX Runtime",),
        ("BentoML",),
    ],
    "fe_lang": [("TypeScript",), ("JavaScript", "JavaScript (ES6+)")],
    "fe_fw": [("React", "React.js", "ReactJS"), ("Next.js",), ("Vue", "Vue.js"), ("Angular",), ("Svelte",)],
    "fe_state": [("Redux",), ("Zustand",), ("React Query", "TanStack Query"), ("MobX",), ("Apollo Client",)],
    "fe_css": [("CSS",), ("Sass",), ("Tailwind CSS", "Tailwind"), ("styled-components",)],
    "fe_test": [("Jest",), ("Cypress",), ("Playwright",), ("Testing Library",), ("Vitest",)],
    "mob_lang": [("Swift",), ("Kotlin",), ("Java",), ("Objective-C",), ("Dart",), ("TypeScript",)],
    "mob_fw": [("SwiftUI",), ("UIKit",), ("Jetpack Compose",), ("Flutter",), ("React Native",)],
    "design_tool": [
        ("Figma",),
        ("Sketch",),
        ("Adobe XD",),
        ("Framer",),
        ("Illustrator",),
        ("Photoshop",),
        ("InVision",),
        ("Miro",),
    ],
    "bi_tool": [
        ("Tableau",),
        ("Power BI", "PowerBI"),
        ("Looker",),
        ("Excel", "Microsoft Excel"),
        ("Google Sheets",),
        ("Mode",),
    ],
    "an_lang": [("SQL",), ("Python",), ("R",), ("VBA",)],
    "sec_tool": [
        ("Burp Suite",),
        ("Splunk",),
        ("CrowdStrike",),
        ("Wiz",),
        ("Tenable",),
        ("Okta",),
        ("Wireshark",),
        ("Nmap",),
    ],
}
FRAMEWORKS = {
    "Go": ["gin", "Echo", "gRPC"],
    "Golang": ["gin", "gRPC"],
    "Java": ["Spring Boot", "Dropwizard"],
    "Python": ["Django", "FastAPI", "Flask"],
    "Kotlin": ["Ktor", "Spring Boot"],
    "C#": ["ASP.NET Core", ".NET 8"],
    "Ruby": ["Rails", "Ruby on Rails", "Sidekiq"],
    "Node.js": ["Express", "NestJS"],
    "NodeJS": ["Express"],
    "TypeScript": ["NestJS", "Express"],
    "Rust": ["Axum", "Actix", "Tokio"],
    "C++": ["gRPC", "Boost", "Abseil"],
    "Scala": ["Akka", "Play", "ZIO"],
    "Elixir": ["Phoenix"],
    "PHP": ["Laravel", "Symfony"],
}

# --------------------------------------------------------------------------------------------
# Role families: titles by level, bullet templates ({slots} are filled per résumé), stack slots,
# skill groups, summary openings and project ideas.
# --------------------------------------------------------------------------------------------

LEVELS = ("intern", "junior", "mid", "senior", "lead")


@dataclass(frozen=True)
class Family:
    key: str
    titles: dict[str, list[str]]
    bullets: list[str]
    stack: dict[str, tuple[int, int]]  # slot -> (min, max) concepts
    skill_groups: list[tuple[list[str], list[str], list[str]]]  # labels, slots, extras
    openings: list[str]
    projects: list[tuple[str, str]]
    fields: list[str]  # degree fields
    certs: list[str]
    concepts: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # TECH overrides


BACKEND_BULLETS = [
    "Designed and built the {domain} service in {lang} ({fw}), serving {rps} at p99 under {ms} ms",
    "Migrated {n} services from a {lang_old} monolith to {lang} microservices on {orch}, cutting "
    "deploy time by {pct}",
    "Owned the public {domain} API used by {users}; added idempotency keys, rate limiting and "
    "cursor pagination",
    "Tuned {db} schemas, indexes and queries on a table with {rows}, reducing p95 latency by {pct}",
    "Built event-driven consumers on {queue} processing {events}",
    "Introduced contract tests and a {ci} pipeline, cutting production incidents by {pct} year over year",
    "Led a zero-downtime migration from {db_old} to {db} covering {n} tables and {data_size} of data",
    "Implemented gRPC and REST endpoints for the {domain} platform in {lang}",
    "Mentored {n} engineers and ran the team's weekly design review",
    "Saved {money} in {cloud} spend by right-sizing instances and caching hot reads in {cache}",
    "Wrote runbooks and took part in a weekly on-call rotation for {n} production services",
    "Added distributed tracing with OpenTelemetry and service dashboards in {obs}",
    "Built a {lang} client SDK and reference docs adopted by {n} partner integrations",
    "Shipped a multi-tenant billing service processing {money_tx} in monthly transactions",
    "Replaced nightly batch jobs with streaming updates on {queue}, so customers see changes in "
    "seconds instead of hours",
    "Refactored a {kloc}k-line legacy {lang_old} codebase into well-tested modules ({pct_cov} test coverage)",
    "Containerized {n} services with Docker and moved them to {orch} using Helm charts",
    "Designed the caching layer with {cache}, lifting the hit rate to {pct_hi} and offloading "
    "{pct} of database reads",
    "Built the authentication service (OAuth 2.0, JWT) used by {n} internal teams",
    "Profiled and fixed memory leaks in a high-throughput {lang} service, cutting pod restarts by {pct}",
    "Wrote the RFC for splitting the {domain} database and drove it through review with {n} teams",
    "Built a job scheduler in {lang} on top of {db} that runs {big_n} tasks an hour",
]
SRE_BULLETS = [
    "Ran {orch} clusters across {n} regions hosting {big_n} pods at {slo} availability",
    "Wrote {iac} modules for VPCs, IAM and managed databases on {cloud}, used by {n} product teams",
    "Cut mean time to recovery from {mttr_from} to {mttr_to} by rebuilding alerting in {obs}",
    "Built a self-service deployment pipeline on {ci}, taking deploys from weekly to {deploys} a day",
    "Led incident response for SEV-1 outages and wrote blameless postmortems",
    "Defined SLOs and error budgets for {n} customer-facing services",
    "Reduced {cloud} costs by {money} with spot instances, autoscaling and storage lifecycle rules",
    "Migrated {n} services from VMs to {orch} with zero customer-facing downtime",
    "Automated OS patching and certificate rotation for {big_n} hosts with Ansible and {lang}",
    "Built a {lang} operator that scales {queue} consumers on lag, reducing backlog by {pct}",
    "Hardened clusters with network policies, Pod Security Standards and image scanning",
    "Managed {db} replication and failover for a fleet handling {rps} at peak",
    "Set up centralized logging with {logs} ingesting {data_vol}",
    "Owned on-call for a platform serving {users}; pages dropped {pct} after an alert cleanup",
    "Designed disaster-recovery drills with cross-region backups and a 15-minute RPO",
    "Introduced GitOps with Argo CD, bringing {big_n} manifests under code review",
    "Ran chaos experiments that found {n} single points of failure before launch",
    "Built capacity models in {lang} that forecast compute needs a quarter ahead",
    "Moved {n} teams from hand-written YAML to shared {iac} templates and Helm charts",
]
DATA_BULLETS = [
    "Built batch and streaming pipelines in {engine} moving {data_vol} into {wh}",
    "Modeled the core revenue tables in dbt with tests and documentation for {n} analysts",
    "Orchestrated {big_n} daily jobs in {flow} with SLAs, retries and lineage",
    "Cut warehouse costs by {pct} by partitioning, clustering and pruning unused tables in {wh}",
    "Ingested CDC streams from {db} through {queue} with Debezium, cutting data latency from "
    "hours to minutes",
    "Wrote {lang} data-quality checks (Great Expectations) that catch {pct_hi} of schema breaks "
    "before production",
    "Migrated legacy cron ETL to {flow} and {engine}, retiring {n} hand-maintained scripts",
    "Built the feature tables that feed {n} machine learning models",
    "Designed a star schema for marketing attribution used in {bi_tool} dashboards by {n} teams",
    "Tuned {engine} jobs (skew, shuffle partitions, broadcast joins), cutting runtime from "
    "{dur_from} to {dur_to}",
    "Set up data contracts so product event schemas are versioned in a schema registry",
    "Backfilled {years_n} years of clickstream data ({rows}) with idempotent jobs",
    "Automated month-end reporting with finance, saving {hours} hours a month",
    "Implemented GDPR deletion workflows across {n} datasets",
    "Maintained {db} replicas and {wh} shares for {n} downstream consumers",
    "Wrote a {lang} library for incremental loads that {n} teams now use",
]
FRONTEND_BULLETS = [
    "Built the {product} UI in {fe_fw} and {fe_lang}, used by {users}",
    "Led the migration from {fe_old} to {fe_fw}, cutting bundle size by {pct}",
    "Created a Storybook component library of {n}0 components meeting WCAG 2.1 AA",
    "Improved Largest Contentful Paint from {lcp_from} to {lcp_to} with code splitting and image "
    "optimization",
    "Wrote end-to-end tests in {fe_test} that run on every pull request in {ci}",
    "Integrated a GraphQL API with {fe_state}, removing {n} redundant REST calls per page",
    "Worked with designers in Figma on a new checkout flow that lifted conversion by {pct_lo}",
    "Implemented server-side rendering with Next.js for {n} marketing pages, growing organic "
    "traffic by {pct}",
    "Ran feature flags and A/B tests for {n} experiments a quarter",
    "Built real-time dashboards with WebSockets and D3.js",
    "Cut front-end error rates by {pct} after adding Sentry and fixing the top {n} issues",
    "Owned design-system theming in {fe_css}, including dark mode",
    "Mentored {n} junior developers through code review and pairing",
    "Localized the app into {n} languages with i18next",
    "Moved the build from Webpack to Vite, taking local builds from {dur_from} to {dur_to}",
    "Built a form library with validation and accessibility baked in, used across {n} apps",
    "Wrote the front-end guild's TypeScript style guide and lint rules",
    "Shipped an offline-first PWA with service workers for {users}",
]
ML_BULLETS = [
    "Trained and shipped a {model_kind} model in {ml_lib} that lifted {metric} by {pct_lo}",
    "Built the training pipeline on {ml_infra} for {n} production models with experiment tracking",
    "Fine-tuned transformer models (Hugging Face) for {nlp_task} on {rows} of labeled data",
    "Served models with {ml_serve} at {rps} and p99 latency under {ms} ms",
    "Designed offline evaluation and A/B tests for ranking changes, shipping {n} launches",
    "Cut GPU training cost by {pct} with mixed precision and distributed data parallel",
    "Built feature pipelines in {engine} over {data_vol} of event data",
    "Developed anomaly detection for payment fraud, reducing chargebacks by {pct}",
    "Published work on {research_topic} at {venue}",
    "Quantized and distilled models to ONNX for on-device inference, shrinking them by {pct}",
    "Wrote labeling guidelines and managed a team of {n} annotators",
    "Added drift monitoring and retraining triggers for {n} models",
    "Built a retrieval-augmented generation prototype with vector search over support docs",
    "Turned research notebooks into tested {lang} packages with CI in {ci}",
]
MOBILE_BULLETS = [
    "Built the {product} app in {mob_lang} with {mob_fw}, rated {stars} stars by {big_n} reviewers",
    "Led the move from {mob_old} to {mob_fw}, covering {pct} of screens",
    "Cut cold-start time from {cold_from} to {cold_to} by lazy-loading modules",
    "Implemented offline sync with {mob_store} and background refresh",
    "Set up Fastlane and {ci} for automated builds and weekly App Store and Google Play releases",
    "Raised crash-free sessions to {crash_free} using Firebase Crashlytics",
    "Built push notifications and deep links that raised 7-day retention by {pct_lo}",
    "Integrated Apple Pay and Google Pay for {users}",
    "Wrote unit and UI tests (XCTest, Espresso), bringing coverage to {pct_cov}",
    "Fixed accessibility for VoiceOver and TalkBack across {n} screens",
    "Shared business logic between iOS and Android with Kotlin Multiplatform",
    "Worked with the API team on a GraphQL schema for mobile clients",
    "Modularized a {kloc}k-line codebase into feature modules, cutting build times by {pct}",
    "Added in-app analytics and experiment hooks used by {n} product teams",
    "Migrated networking to async/await and coroutines, removing {n} callback-based layers",
    "Implemented biometric login (Face ID, fingerprint) and secure token storage",
    "Cut APK/IPA size by {pct} by trimming assets and dependencies",
    "Profiled scrolling performance and fixed dropped frames on low-end devices",
    "Mentored {n} engineers and owned the mobile release train",
]
DESIGN_BULLETS = [
    "Led end-to-end design of the {product} experience, from research to high-fidelity "
    "prototypes in {design_tool}",
    "Ran {n} rounds of usability testing with {big_n} participants; fixes cut task time by {pct}",
    "Built and maintained a design system of {big_n} components in Figma, adopted by {n} squads",
    "Redesigned onboarding, increasing activation by {pct_lo}",
    "Partnered with engineers to ship accessible UI meeting WCAG 2.1 AA",
    "Created journey maps and service blueprints for {n} customer segments",
    "Produced wireframes, user flows and interactive prototypes in {design_tool} and {design_tool2}",
    "Facilitated design sprints with product managers and stakeholders",
    "Conducted {n} user interviews and synthesized the insights in Miro",
    "Designed marketing assets and brand guidelines in Illustrator and Photoshop",
    "Defined interaction patterns for a data-heavy analytics dashboard",
    "Shipped a redesigned settings area that cut related support tickets by {pct}",
    "Wrote UX copy guidelines and reviewed microcopy with content designers",
    "Mapped information architecture for a {big_n}-page help center and ran tree tests",
    "Prototyped mobile flows in {design_tool} and validated them with {n} customers",
    "Set up a research repository so product teams can find past findings",
    "Mentored {n} junior designers and ran weekly design critiques",
    "Worked in a {n}-person squad with engineers and a PM, shipping every two weeks",
]
ANALYST_BULLETS = [
    "Built {bi_tool} dashboards tracking {kpi} for {n} regional teams",
    "Wrote SQL against {db_or_wh} to analyze {rows} of transactions",
    "Automated weekly Excel reporting with Power Query and VBA, saving {hours} hours a month",
    "Ran cohort and funnel analyses that informed a pricing change worth {money}",
    "Forecast quarterly demand in Python (pandas, statsmodels) within {pct_lo} error",
    "Designed A/B test readouts and a sample-size calculator for the growth team",
    "Reconciled general-ledger data with Excel pivot tables and XLOOKUP",
    "Presented findings to executives and turned them into a {n}-point action plan",
    "Cleaned and merged {n} data sources into a single reporting model",
    "Built a churn model in R that flagged at-risk accounts with {pct_hi} precision",
    "Maintained the monthly budget-versus-actuals model in Excel for a {money_budget} budget",
    "Built a {bi_tool} model of sales by region and channel that replaced {n} manual spreadsheets",
    "Defined KPI definitions with finance and operations so every team reports the same numbers",
    "Analyzed customer support tickets in SQL and Python to find the top {n} drivers of contacts",
    "Produced the monthly board deck, including variance analysis and commentary",
    "Built a pricing sensitivity model in Excel (data tables, Solver) for {n} product lines",
    "Wrote Python scripts (pandas) that clean vendor files and load them into {db_or_wh}",
    "Partnered with marketing on campaign attribution; reallocated spend worth {money}",
    "Documented data definitions and trained {n} colleagues on self-serve {bi_tool} reports",
    "Cut report turnaround from {dur_from} to {dur_to} by scheduling refreshes in {bi_tool}",
]
SECURITY_BULLETS = [
    "Ran vulnerability management for {big_n} hosts with {sec_tool}, cutting mean time to patch by {pct}",
    "Built detection rules in Splunk and triaged alerts in a {n}-person SOC",
    "Led the SOC 2 Type II audit, writing {n} policies and collecting evidence",
    "Ran web application penetration tests with Burp Suite against {n} services",
    "Automated IAM access reviews in {lang} on {cloud}, removing {big_n} stale permissions",
    "Threat-modeled new features with product teams using STRIDE",
    "Rolled out Okta SSO and MFA for {big_n} employees",
    "Wrote incident response playbooks and ran quarterly tabletop exercises",
    "Added Terraform and container image scanning to CI to block critical CVEs before deploy",
    "Built a secrets-scanning pre-commit hook and CI check rolled out to {big_n} repositories",
    "Ran the bug bounty program, triaging {big_n} reports a year",
    "Designed least-privilege IAM roles and SCPs for {n} {cloud} accounts",
    "Investigated phishing and malware incidents with {sec_tool} and wrote the reports",
    "Trained {big_n} engineers on secure coding and the OWASP Top 10",
    "Deployed EDR to {big_n} laptops and servers with {pct_hi} coverage",
    "Reviewed vendor security questionnaires and SOC 2 reports for {n} suppliers",
]
TEACHER_BULLETS = [
    "Taught {subject} to {n_students} students across {n} sections in grades {grades}",
    "Designed a project-based curriculum that raised end-of-year test scores by {pct_lo}",
    "Introduced Google Sheets gradebooks and dashboards to track student progress",
    "Started an after-school coding club using Scratch and Python with {n} regular members",
    "Coordinated with parents, counselors and special-education staff on individual plans",
    "Mentored {n} student teachers and led grade-level planning meetings",
    "Managed the department budget and ordered supplies for {n} classrooms",
    "Built Excel reports on attendance and grades for the principal",
    "Led professional development sessions on classroom technology for {n} colleagues",
    "Analyzed assessment data in spreadsheets to group students for targeted support",
    "Wrote and graded AP exam practice materials; {pct_hi} of students passed",
    "Organized the school science fair with {big_n} participants",
]
RETAIL_BULLETS = [
    "Managed a team of {n} associates and weekly schedules for a store with {money_budget} in annual sales",
    "Tracked inventory and shrink in Excel, cutting losses by {pct}",
    "Trained new hires on point-of-sale systems and customer service",
    "Built a shift-scheduling spreadsheet that cut overtime by {pct}",
    "Handled opening and closing, cash reconciliation and bank deposits",
    "Resolved customer escalations and kept satisfaction scores above {pct_hi}",
    "Opened a new location, hiring and training a team of {n}",
    "Analyzed weekly sales reports to plan staffing and promotions",
    "Ran visual merchandising resets for {n} departments",
    "Handled vendor orders and receiving for {money_budget} of annual inventory",
]

CS_FIELDS = [
    "Computer Science",
    "Software Engineering",
    "Computer Engineering",
    "Electrical Engineering",
    "Information Systems",
    "Mathematics",
    "Physics",
]
DATA_FIELDS = [
    "Computer Science",
    "Statistics",
    "Data Science",
    "Applied Mathematics",
    "Mathematics",
    "Physics",
    "Operations Research",
]
CLOUD_CERTS = [
    "AWS Certified Solutions Architect – Associate",
    "AWS Certified Developer – Associate",
    "Certified Kubernetes Administrator (CKA)",
    "Certified Kubernetes Application Developer (CKAD)",
    "HashiCorp Certified: Terraform Associate",
    "Google Cloud Professional Cloud Architect",
    "Microsoft Certified: Azure Fundamentals",
]
DATA_CERTS = [
    "Google Cloud Professional Data Engineer",
    "Databricks Certified Data Engineer Associate",
    "SnowPro Core Certification",
    "AWS Certified Data Engineer – Associate",
]

FAMILIES: dict[str, Family] = {}


def _family(**kwargs: Any) -> None:
    family = Family(**kwargs)
    FAMILIES[family.key] = family


_family(
    key="backend",
    titles={
        "intern": ["Software Engineering Intern", "Backend Engineering Intern"],
        "junior": ["Software Engineer I", "Junior Backend Developer", "Associate Software Engineer"],
        "mid": ["Software Engineer", "Backend Engineer", "Software Engineer II", "Backend Developer"],
        "senior": ["Senior Software Engineer", "Senior Backend Engineer", "Sr. Software Engineer"],
        "lead": ["Staff Software Engineer", "Lead Backend Engineer", "Principal Engineer"],
    },
    bullets=BACKEND_BULLETS,
    stack={
        "lang": (1, 3),
        "db": (1, 2),
        "cache": (1, 1),
        "queue": (1, 1),
        "cloud": (1, 1),
        "orch": (1, 1),
        "ci": (1, 1),
        "obs": (1, 2),
        "iac": (0, 1),
    },
    skill_groups=[
        (["Languages", "Programming Languages"], ["lang"], ["SQL", "Bash"]),
        (["Frameworks", "Frameworks & Libraries"], ["fw"], ["gRPC", "REST", "GraphQL"]),
        (["Data", "Databases", "Data Stores"], ["db", "cache", "queue"], []),
        (
            ["Cloud & DevOps", "Infrastructure", "Tools"],
            ["cloud", "orch", "iac", "ci", "obs"],
            ["Docker", "Linux", "Git"],
        ),
    ],
    openings=[
        "Backend engineer with {years} of experience building reliable services in {lang}",
        "Software engineer focused on APIs and distributed systems ({lang}, {db}, {queue})",
        "{level_adj} backend developer who has shipped payment, search and logistics systems",
        "Engineer with {years} designing, building and running {lang} services on {cloud}",
    ],
    projects=[
        ("ratelimit", "An open-source token-bucket rate limiter in {lang} with {stars_gh} GitHub stars"),
        ("ledger-lite", "A double-entry ledger service in {lang} backed by {db}"),
        ("feedq", "A tiny job queue on {db} with retries and dead-letter handling"),
        ("openapi-lint", "A CLI that checks OpenAPI specs for breaking changes"),
    ],
    fields=CS_FIELDS,
    certs=CLOUD_CERTS,
)
_family(
    key="sre",
    concepts={"lang": [("Go", "Golang"), ("Python",), ("Bash",), ("Ruby",)]},
    titles={
        "intern": ["Site Reliability Intern", "Infrastructure Intern"],
        "junior": ["Junior DevOps Engineer", "Systems Engineer", "Cloud Support Engineer"],
        "mid": [
            "DevOps Engineer",
            "Site Reliability Engineer",
            "Infrastructure Engineer",
            "Platform Engineer",
        ],
        "senior": [
            "Senior Site Reliability Engineer",
            "Senior SRE",
            "Senior Platform Engineer",
            "Senior DevOps Engineer",
        ],
        "lead": ["Staff SRE", "Lead Infrastructure Engineer", "Principal Platform Engineer"],
    },
    bullets=SRE_BULLETS,
    stack={
        "lang": (1, 2),
        "orch": (1, 2),
        "iac": (1, 2),
        "cloud": (1, 2),
        "obs": (2, 3),
        "ci": (1, 2),
        "db": (1, 1),
        "queue": (0, 1),
    },
    skill_groups=[
        (["Cloud", "Cloud Platforms"], ["cloud"], []),
        (["Containers & Orchestration", "Orchestration"], ["orch"], ["Docker", "Helm"]),
        (["Infrastructure as Code", "IaC"], ["iac"], []),
        (["Observability", "Monitoring"], ["obs"], ["PagerDuty"]),
        (["Languages", "Scripting"], ["lang"], ["Bash", "Python"]),
        (["CI/CD"], ["ci"], []),
    ],
    openings=[
        "Site reliability engineer with {years} keeping {orch} platforms fast and boring",
        "Infrastructure engineer who automates everything with {iac} and {lang}",
        "{level_adj} DevOps engineer experienced with {cloud}, {orch} and incident response",
        "Platform engineer with {years} building paved roads for product teams",
    ],
    projects=[
        ("k8s-cost-report", "A {lang} tool that reports {orch} spend per namespace"),
        ("tf-modules", "Open-source {iac} modules for hardened VPCs"),
        ("homelab", "A three-node home lab running {orch}, Prometheus and Grafana"),
    ],
    fields=CS_FIELDS,
    certs=CLOUD_CERTS,
)
_family(
    key="data",
    concepts={"lang": [("Python",), ("Scala",), ("Java",), ("SQL",)]},
    titles={
        "intern": ["Data Engineering Intern", "Data Intern"],
        "junior": ["Junior Data Engineer", "Data Engineer I", "ETL Developer"],
        "mid": ["Data Engineer", "Analytics Engineer", "Data Engineer II"],
        "senior": ["Senior Data Engineer", "Senior Analytics Engineer", "Sr. Data Engineer"],
        "lead": ["Staff Data Engineer", "Lead Data Engineer", "Data Platform Lead"],
    },
    bullets=DATA_BULLETS,
    stack={
        "lang": (1, 2),
        "engine": (1, 2),
        "wh": (1, 2),
        "flow": (1, 1),
        "queue": (1, 1),
        "db": (1, 1),
        "cloud": (1, 1),
        "bi_tool": (1, 1),
    },
    skill_groups=[
        (["Languages"], ["lang"], ["SQL", "Python"]),
        (["Processing", "Big Data"], ["engine"], ["pandas"]),
        (["Warehouses", "Storage"], ["wh", "db"], ["Parquet", "Iceberg"]),
        (["Orchestration & Streaming", "Pipelines"], ["flow", "queue"], []),
        (["Cloud & BI", "Other"], ["cloud", "bi_tool"], ["Docker", "Git"]),
    ],
    openings=[
        "Data engineer with {years} building pipelines in {engine} and {wh}",
        "Analytics engineer who turns messy event data into trusted tables",
        "{level_adj} data engineer comfortable across batch, streaming and warehouse modeling",
        "Engineer with {years} moving data at scale with {lang}, {flow} and {queue}",
    ],
    projects=[
        ("nyc-taxi-lakehouse", "A lakehouse demo on {engine} and {wh} over 1.5B taxi trips"),
        ("dbt-audit", "A dbt package that flags untested models"),
        ("stream-dedupe", "Exactly-once de-duplication for {queue} topics"),
    ],
    fields=DATA_FIELDS,
    certs=DATA_CERTS + CLOUD_CERTS[:2],
)
_family(
    key="frontend",
    titles={
        "intern": ["Frontend Engineering Intern", "Web Development Intern"],
        "junior": ["Junior Frontend Developer", "Front-End Developer", "UI Developer"],
        "mid": ["Frontend Engineer", "Front-End Engineer", "Software Engineer, Web"],
        "senior": ["Senior Frontend Engineer", "Senior Front-End Developer", "Senior UI Engineer"],
        "lead": ["Staff Frontend Engineer", "Frontend Lead", "Principal Web Engineer"],
    },
    bullets=FRONTEND_BULLETS,
    stack={
        "fe_lang": (1, 2),
        "fe_fw": (1, 2),
        "fe_state": (1, 1),
        "fe_css": (1, 2),
        "fe_test": (1, 2),
        "ci": (1, 1),
    },
    skill_groups=[
        (["Languages"], ["fe_lang"], ["HTML5", "CSS3"]),
        (["Frameworks", "Libraries"], ["fe_fw", "fe_state"], ["Node.js", "GraphQL"]),
        (["Styling"], ["fe_css"], []),
        (["Testing & Tooling", "Tools"], ["fe_test", "ci"], ["Webpack", "Vite", "Storybook", "Figma"]),
    ],
    openings=[
        "Frontend engineer with {years} building fast, accessible interfaces in {fe_fw}",
        "Front-end developer who loves design systems, performance budgets and {fe_lang}",
        "{level_adj} UI engineer who works closely with designers and product managers",
    ],
    projects=[
        ("a11y-check", "A browser extension that audits pages for WCAG issues"),
        ("recipe-box", "A {fe_fw} PWA for saving recipes offline"),
        ("tiny-charts", "A 4 kB charting library with {stars_gh} GitHub stars"),
    ],
    fields=CS_FIELDS + ["Human-Computer Interaction"],
    certs=["Meta Front-End Developer Professional Certificate", "IAAP Web Accessibility Specialist"],
)
_family(
    key="ml",
    concepts={
        "lang": [("Python",), ("C++",), ("Scala",), ("R",), ("Julia",)],
        "ci": [("GitHub Actions",), ("Jenkins",), ("GitLab CI",)],
    },
    titles={
        "intern": ["Machine Learning Intern", "Research Intern", "Applied Science Intern"],
        "junior": ["Junior Data Scientist", "Machine Learning Engineer I", "Research Assistant"],
        "mid": ["Machine Learning Engineer", "Data Scientist", "Applied Scientist"],
        "senior": ["Senior Machine Learning Engineer", "Senior Data Scientist", "Senior Applied Scientist"],
        "lead": ["Staff ML Engineer", "Lead Data Scientist", "Principal Applied Scientist"],
    },
    bullets=ML_BULLETS,
    stack={
        "lang": (1, 2),
        "ml_lib": (2, 3),
        "ml_infra": (1, 2),
        "ml_serve": (1, 1),
        "engine": (0, 1),
        "cloud": (1, 1),
        "ci": (0, 1),
    },
    skill_groups=[
        (["Languages"], ["lang"], ["Python", "SQL"]),
        (["ML", "Machine Learning", "Modeling"], ["ml_lib"], ["pandas", "NumPy"]),
        (["MLOps", "Infrastructure"], ["ml_infra", "ml_serve", "cloud"], ["Docker"]),
        (
            ["Methods"],
            [],
            [
                "NLP",
                "recommendation systems",
                "causal inference",
                "time-series forecasting",
                "computer vision",
            ],
        ),
    ],
    openings=[
        "Machine learning engineer with {years} taking models from notebook to production",
        "Applied scientist working on ranking, NLP and experimentation",
        "{level_adj} data scientist fluent in {ml_lib}, statistics and A/B testing",
    ],
    projects=[
        ("tiny-rag", "A retrieval-augmented QA demo with a local vector index"),
        ("kaggle", "Top 3% finish in a Kaggle tabular competition with {ml_lib}"),
        ("eval-harness", "A small evaluation harness for text classifiers"),
    ],
    fields=DATA_FIELDS + ["Machine Learning"],
    certs=[
        "AWS Certified Machine Learning – Specialty",
        "TensorFlow Developer Certificate",
        "Google Cloud Professional Machine Learning Engineer",
    ],
)
_family(
    key="mobile",
    titles={
        "intern": ["iOS Engineering Intern", "Android Intern", "Mobile Intern"],
        "junior": ["Junior iOS Developer", "Junior Android Developer", "Mobile Developer"],
        "mid": ["iOS Engineer", "Android Engineer", "Mobile Engineer"],
        "senior": ["Senior iOS Engineer", "Senior Android Engineer", "Senior Mobile Engineer"],
        "lead": ["Staff Mobile Engineer", "Mobile Lead", "Principal iOS Engineer"],
    },
    bullets=MOBILE_BULLETS,
    stack={"mob_lang": (1, 2), "mob_fw": (1, 2), "ci": (1, 1)},
    skill_groups=[
        (["Languages"], ["mob_lang"], []),
        (["Frameworks", "Mobile"], ["mob_fw"], ["Firebase", "Core Data", "Room", "Retrofit"]),
        (["Tools"], ["ci"], ["Xcode", "Android Studio", "Fastlane", "Git"]),
    ],
    openings=[
        "Mobile engineer with {years} shipping apps in {mob_lang} and {mob_fw}",
        "{level_adj} iOS and Android developer who cares about performance and polish",
    ],
    projects=[
        ("habit-tracker", "A {mob_fw} habit tracker with 10k downloads"),
        ("transit-widget", "A home-screen widget for real-time bus arrivals"),
    ],
    fields=CS_FIELDS,
    certs=["Associate Android Developer (Google)"],
)
_family(
    key="designer",
    titles={
        "intern": ["UX Design Intern", "Product Design Intern"],
        "junior": ["Junior UX Designer", "Visual Designer", "UI Designer"],
        "mid": ["Product Designer", "UX Designer", "UX/UI Designer"],
        "senior": ["Senior Product Designer", "Senior UX Designer"],
        "lead": ["Lead Product Designer", "Design Manager", "Principal Designer"],
    },
    bullets=DESIGN_BULLETS,
    stack={"design_tool": (3, 5)},
    skill_groups=[
        (["Tools", "Design Tools"], ["design_tool"], []),
        (
            ["Methods", "Research"],
            [],
            [
                "user research",
                "usability testing",
                "wireframing",
                "prototyping",
                "design systems",
                "journey mapping",
            ],
        ),
        (["Other"], [], ["HTML", "CSS", "accessibility (WCAG 2.1)", "Jira"]),
    ],
    openings=[
        "Product designer with {years} turning research into clear, accessible interfaces",
        "UX designer who pairs qualitative research with rapid prototyping in {design_tool}",
        "{level_adj} designer with a background in visual design and design systems",
    ],
    projects=[
        ("Portfolio", "Case studies at portfolio.example.com"),
        ("Civic forms redesign", "Volunteer redesign of a city benefits application"),
    ],
    fields=["Graphic Design", "Human-Computer Interaction", "Industrial Design", "Psychology", "Fine Arts"],
    certs=["Google UX Design Professional Certificate", "NN/g UX Certification"],
)
_family(
    key="analyst",
    titles={
        "intern": ["Business Analyst Intern", "Finance Intern"],
        "junior": ["Junior Data Analyst", "Reporting Analyst", "Operations Analyst"],
        "mid": ["Data Analyst", "Business Analyst", "Financial Analyst"],
        "senior": ["Senior Data Analyst", "Senior Business Analyst", "Senior Financial Analyst"],
        "lead": ["Analytics Manager", "Lead Analyst", "FP&A Manager"],
    },
    bullets=ANALYST_BULLETS,
    stack={"bi_tool": (2, 3), "an_lang": (1, 3), "wh": (0, 1)},
    skill_groups=[
        (["Tools", "BI & Tools"], ["bi_tool"], ["Excel"]),
        (["Languages", "Programming"], ["an_lang"], ["SQL"]),
        (
            ["Analysis"],
            [],
            ["forecasting", "A/B testing", "financial modeling", "pivot tables", "regression"],
        ),
    ],
    openings=[
        "Data analyst with {years} turning SQL and {bi_tool} into decisions",
        "Analyst who builds the models and dashboards finance and operations rely on",
        "{level_adj} business analyst with strong Excel, SQL and stakeholder skills",
    ],
    projects=[("Housing dashboard", "A public {bi_tool} dashboard of rent prices by neighborhood")],
    fields=["Economics", "Finance", "Statistics", "Business Administration", "Mathematics"],
    certs=[
        "Tableau Desktop Specialist",
        "Microsoft Certified: Power BI Data Analyst Associate",
        "Google Data Analytics Certificate",
        "CFA Level I",
    ],
)
_family(
    key="security",
    concepts={"lang": [("Python",), ("Go", "Golang"), ("Bash",), ("PowerShell",)]},
    titles={
        "intern": ["Security Intern"],
        "junior": ["SOC Analyst", "Junior Security Engineer", "Security Analyst"],
        "mid": ["Security Engineer", "Cloud Security Engineer", "Application Security Engineer"],
        "senior": ["Senior Security Engineer", "Senior Cloud Security Engineer"],
        "lead": ["Staff Security Engineer", "Security Lead", "Head of Security"],
    },
    bullets=SECURITY_BULLETS,
    stack={"sec_tool": (2, 4), "lang": (1, 2), "cloud": (1, 1)},
    skill_groups=[
        (["Security Tools", "Tools"], ["sec_tool"], ["SIEM", "EDR"]),
        (["Languages"], ["lang"], ["Bash"]),
        (["Frameworks & Compliance", "Compliance"], [], ["SOC 2", "ISO 27001", "OWASP Top 10", "NIST CSF"]),
        (["Cloud"], ["cloud"], ["IAM", "Terraform", "Kubernetes"]),
    ],
    openings=[
        "Security engineer with {years} across detection, cloud security and compliance",
        "{level_adj} application security engineer who likes fixing things, not just finding them",
    ],
    projects=[
        ("CTF team", "Regular competitor with a university capture-the-flag team"),
        ("iam-audit", "A {lang} script that finds unused {cloud} IAM roles"),
    ],
    fields=CS_FIELDS + ["Cybersecurity"],
    certs=["CompTIA Security+", "CISSP", "OSCP", "AWS Certified Security – Specialty", "GIAC GSEC"],
)
_family(
    key="teacher",
    titles={
        "intern": ["Student Teacher"],
        "junior": ["Substitute Teacher", "Teaching Assistant"],
        "mid": [
            "Math Teacher",
            "High School Science Teacher",
            "5th Grade Teacher",
            "AP Computer Science Teacher",
        ],
        "senior": ["Lead Teacher", "Department Chair, Mathematics", "Instructional Coach"],
        "lead": ["Assistant Principal"],
    },
    bullets=TEACHER_BULLETS,
    stack={},
    skill_groups=[
        (["Teaching"], [], ["curriculum design", "classroom management", "Google Classroom", "Canvas"])
    ],
    openings=["Teacher with {years} in the classroom"],
    projects=[],
    fields=["Education", "English", "History", "Mathematics", "Biology"],
    certs=["State Teaching License (Grades 6-12)"],
)
_family(
    key="retail",
    titles={
        "intern": ["Sales Associate"],
        "junior": ["Sales Associate", "Shift Supervisor"],
        "mid": ["Assistant Store Manager", "Operations Coordinator"],
        "senior": ["Store Manager"],
        "lead": ["District Manager"],
    },
    bullets=RETAIL_BULLETS,
    stack={},
    skill_groups=[(["Operations"], [], ["scheduling", "inventory", "point of sale", "Excel"])],
    openings=["Operations lead with {years} running busy stores"],
    projects=[],
    fields=["Business Administration", "Communications", "History"],
    certs=["ServSafe Manager"],
)
FULLSTACK_TITLES = {
    "intern": ["Software Engineering Intern"],
    "junior": ["Junior Full-Stack Developer", "Web Developer", "Associate Engineer"],
    "mid": ["Full-Stack Engineer", "Fullstack Developer", "Software Engineer"],
    "senior": ["Senior Full-Stack Engineer", "Senior Software Engineer"],
    "lead": ["Lead Engineer", "Staff Engineer", "Engineering Lead"],
}
_family(
    key="fullstack",
    titles=FULLSTACK_TITLES,
    bullets=BACKEND_BULLETS[:12] + FRONTEND_BULLETS[:10],
    stack={
        "lang": (1, 2),
        "db": (1, 2),
        "cloud": (1, 1),
        "fe_lang": (1, 1),
        "fe_fw": (1, 1),
        "fe_test": (1, 1),
        "ci": (1, 1),
        "cache": (0, 1),
        "queue": (0, 1),
        "orch": (0, 1),
        "obs": (0, 1),
    },
    skill_groups=[
        (["Languages"], ["lang", "fe_lang"], ["SQL", "HTML", "CSS"]),
        (["Frameworks"], ["fw", "fe_fw"], []),
        (["Databases"], ["db", "cache"], []),
        (["DevOps", "Tools"], ["cloud", "orch", "ci", "fe_test"], ["Docker", "Git"]),
    ],
    openings=[
        "Full-stack engineer with {years} shipping features end to end in {fe_fw} and {lang}",
        "{level_adj} developer comfortable anywhere from the database to the CSS",
    ],
    projects=FAMILIES["backend"].projects[:2] + FAMILIES["frontend"].projects[1:],
    fields=CS_FIELDS,
    certs=CLOUD_CERTS[:2],
)

TECH_FAMILIES = [
    "backend",
    "sre",
    "data",
    "frontend",
    "fullstack",
    "ml",
    "mobile",
    "designer",
    "analyst",
    "security",
]
FAMILY_WEIGHTS = [18, 10, 11, 11, 10, 9, 6, 7, 10, 5]
CHANGER_TARGETS = ["frontend", "fullstack", "backend", "analyst", "designer", "data"]

SUMMARY_MIDDLE = [
    "Comfortable owning work end to end, from the design doc to on-call.",
    "Known for clear writing, careful code review and mentoring newer teammates.",
    "I like small, well-tested changes, good observability and boring deploys.",
    "Experienced working with remote teams across time zones.",
    "Strong communicator who works well with product, design and support.",
    "Happiest when measuring first and optimizing second.",
    "Have led projects of four to eight people through planning, delivery and rollout.",
]
SUMMARY_CLOSERS = [
    "Looking for a senior role on a product-focused team.",
    "Open to remote or hybrid roles.",
    "Seeking a team that values craft, ownership and learning.",
    "Interested in mission-driven companies in health, climate or education.",
    "Authorized to work in the US; no sponsorship required.",
    "",
]
AWARDS = [
    "Hackathon winner, {year}",
    "Employee of the Quarter, {employer}, {year}",
    "Dean's List, {school}",
    "Spot bonus for incident leadership, {year}",
    "Best Paper Award, {venue}",
    "President's Club, {year}",
]
VOLUNTEER = [
    "Volunteer mentor, Code Club for teens ({year} – present)",
    "Board member, neighborhood food bank",
    "Tutor, adult literacy program",
    "Organizer, local Python meetup",
    "Mentor, Women Who Code chapter",
    "Volunteer web developer for a community garden nonprofit",
]
LANGUAGES = [
    "English (native)",
    "Spanish (fluent)",
    "French (professional)",
    "German (B2)",
    "Mandarin (conversational)",
    "Hindi (native)",
    "Portuguese (fluent)",
    "Yoruba (native)",
    "Japanese (JLPT N2)",
    "Arabic (conversational)",
    "Polish (native)",
]
INTERESTS = [
    "trail running",
    "chess",
    "home espresso",
    "woodworking",
    "bouldering",
    "community radio",
    "board games",
    "cycling",
    "film photography",
    "baking sourdough",
]
PUB_WORDS_A = [
    "Efficient",
    "Robust",
    "Scalable",
    "Sparse",
    "Contrastive",
    "Calibrated",
    "Self-Supervised",
    "Federated",
]
PUB_WORDS_B = [
    "Attention for Long Documents",
    "Ranking under Position Bias",
    "Learning with Noisy Labels",
    "Graph Networks for Molecules",
    "Retrieval for Question Answering",
    "Forecasting of Retail Demand",
    "Anomaly Detection in Payment Streams",
    "Entity Linking in Job Postings",
]
VENUES = ["NeurIPS", "ICML", "ACL", "EMNLP", "KDD", "CVPR", "ICLR", "WSDM", "RecSys"]


# --------------------------------------------------------------------------------------------
# Slot values
# --------------------------------------------------------------------------------------------


def _pair(rng: Random, pairs: list[tuple[str, str]]) -> tuple[str, str]:
    return rng.choice(pairs)


def _numeric_slot(name: str, rng: Random) -> str | tuple[str, str] | None:
    """Values for the numeric and generic slots; a pair for *_from/*_to slots."""
    c = rng.choice
    simple: dict[str, Callable[[], str]] = {
        "pct": lambda: f"{c([12, 15, 18, 20, 25, 30, 35, 40, 45, 50, 60, 70])}%",
        "pct_lo": lambda: f"{c([3, 4, 5, 6, 8, 9, 11, 12, 14])}%",
        "pct_hi": lambda: f"{c([85, 88, 90, 92, 94, 95, 97, 98])}%",
        "pct_cov": lambda: f"{c([70, 75, 80, 85, 90, 92])}%",
        "n": lambda: str(c([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14])),
        "big_n": lambda: c(["40", "60", "120", "200", "350", "500", "1,200", "3,000", "8,000"]),
        "rps": lambda: c(
            [
                f"{c([2, 5, 8, 12, 20, 40, 60, 120])}k requests per second",
                f"{c([3, 15, 25, 90])},000 requests/second",
                f"{c([5, 10, 30, 80])}k RPS",
            ]
        ),
        "ms": lambda: str(c([20, 40, 50, 80, 100, 120, 150, 200, 250])),
        "users": lambda: c(
            [
                f"{c([1, 2, 3, 5, 12, 40])}M monthly active users",
                f"{c([1.2, 2.5, 6.8])} million users",
                f"{c([40, 90, 250])}k customers",
                f"{c([15, 40])},000 daily users",
                "every merchant on the platform",
            ]
        ),
        "money": lambda: c(
            [
                f"${c([80, 120, 240, 400])}K a year",
                f"${c([1.1, 1.4, 2.3])}M annually",
                f"${c([15, 35, 60])}k per month",
            ]
        ),
        "money_tx": lambda: c(["$40M", "$180M", "$2.1B", "$600M"]),
        "money_budget": lambda: c(["$2.5M", "$4M", "$12M", "$30M"]),
        "rows": lambda: c(["800M rows", "2.4 billion rows", "50 million rows", "300M records", "12M rows"]),
        "events": lambda: c(
            [
                f"{c([3, 20, 150, 400])}M events per day",
                "1.5B events a day",
                f"{c([5, 20, 60])}k messages per second",
            ]
        ),
        "data_vol": lambda: c(
            [f"{c([2, 4, 12, 30])} TB/day", f"{c([300, 600])} GB a day", f"{c([1, 8])} TB per day"]
        ),
        "data_size": lambda: c(["600 GB", "2 TB", "9 TB", "40 TB"]),
        "kloc": lambda: str(c([40, 80, 150, 250, 400])),
        "hours": lambda: str(c([10, 15, 20, 30, 40, 60])),
        "years_n": lambda: str(c([3, 4, 5, 7, 8])),
        "slo": lambda: c(["99.9%", "99.95%", "99.99%"]),
        "deploys": lambda: c(["20+", "dozens of times", "50"]),
        "crash_free": lambda: c(["99.7%", "99.8%", "99.9%"]),
        "stars": lambda: f"4.{rng.randint(3, 9)}",
        "stars_gh": lambda: c(["300", "1.2k", "2k", "800"]),
        "n_students": lambda: str(rng.randint(110, 180)),
        "grades": lambda: c(["9-12", "6-8", "3-5", "10-11"]),
        "subject": lambda: c(
            [
                "Algebra I",
                "Geometry",
                "Biology",
                "Chemistry",
                "Physics",
                "AP Computer Science Principles",
                "English Language Arts",
                "U.S. History",
            ]
        ),
        "kpi": lambda: c(
            [
                "sales, margin and inventory turns",
                "customer retention",
                "on-time delivery",
                "support ticket volume",
                "pipeline and bookings",
            ]
        ),
        "metric": lambda: c(
            ["click-through rate", "precision@10", "recall", "conversion", "AUC", "revenue per session"]
        ),
        "model_kind": lambda: c(
            [
                "gradient-boosted ranking",
                "two-tower retrieval",
                "transformer text classification",
                "time-series forecasting",
                "CNN image classification",
                "churn prediction",
            ]
        ),
        "nlp_task": lambda: c(
            [
                "intent classification",
                "named entity recognition",
                "document summarization",
                "skill extraction",
            ]
        ),
        "research_topic": lambda: c(
            [
                "efficient attention for long documents",
                "robust learning under label noise",
                "graph neural networks for molecules",
            ]
        ),
        "venue": lambda: f"{c(VENUES)} {rng.randint(2019, 2025)}",
        "product": lambda: c(
            [
                "customer dashboard",
                "checkout",
                "onboarding",
                "search",
                "scheduling",
                "driver",
                "patient portal",
                "mobile banking",
                "travel booking",
                "admin console",
            ]
        ),
        "domain": lambda: c(
            [
                "payments",
                "orders",
                "inventory",
                "identity",
                "notifications",
                "search",
                "pricing",
                "shipping",
                "claims",
                "scheduling",
            ]
        ),
        "lang_old": lambda: c(["PHP", "Ruby on Rails", "Perl", "Java 8", "Python 2", ".NET Framework"]),
        "db_old": lambda: c(["MySQL 5.6", "Oracle", "MongoDB", "SQL Server 2012"]),
        "fe_old": lambda: c(["AngularJS", "jQuery", "Backbone.js", "class components and Redux"]),
        "mob_old": lambda: c(["Objective-C", "UIKit", "XML layouts", "Java"]),
        "mob_store": lambda: c(["Core Data", "Room", "SQLite", "Realm"]),
        "logs": lambda: c(["the ELK stack", "Loki", "Splunk", "OpenSearch"]),
        "db_or_wh": lambda: c(["Snowflake", "Postgres", "BigQuery", "SQL Server", "Redshift"]),
        "level_adj": lambda: c(
            ["Pragmatic", "Hands-on", "Detail-oriented", "Curious", "Results-driven", "Collaborative"]
        ),
    }
    if name in simple:
        return simple[name]()
    pairs = {
        "dur": [
            ("3 hours", "25 minutes"),
            ("45 minutes", "6 minutes"),
            ("2 days", "4 hours"),
            ("90 seconds", "20 seconds"),
        ],
        "lcp": [("4.1 s", "1.8 s"), ("3.2 s", "1.4 s"), ("5 s", "2.1 s")],
        "cold": [("2.8 s", "900 ms"), ("3.5 s", "1.2 s"), ("1.9 s", "700 ms")],
        "mttr": [("3 hours", "35 minutes"), ("90 minutes", "20 minutes"), ("5 hours", "1 hour")],
    }
    base = name.rsplit("_", 1)[0]
    if base in pairs:
        return _pair(rng, pairs[base])
    return None


class Slots(dict[str, str]):
    """Lazy template values: a résumé's stack first, then generated numbers and phrases."""

    def __init__(self, rng: Random, stack: dict[str, list[str]]) -> None:
        super().__init__()
        self.rng = rng
        self.stack = stack

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key.endswith("2") and key[:-1] in self.stack:
            options = [v for v in self.stack[key[:-1]] if v != self.get(key[:-1])]
            value = rng.choice(options) if options else fallback_tech(rng, key[:-1], self.stack)
        elif key == "fw":
            value = rng.choice(self.stack.get("fw") or ["gRPC"])
        elif key in self.stack and self.stack[key]:
            value = rng.choice(self.stack[key])
        elif key in TECH:
            value = fallback_tech(rng, key, self.stack)
        else:
            generated = _numeric_slot(key, rng)
            if generated is None:
                raise KeyError(key)
            if isinstance(generated, tuple):
                base = key.rsplit("_", 1)[0]
                self[f"{base}_from"], self[f"{base}_to"] = generated
                return self[key]
            value = generated
        self[key] = value
        return value


def fallback_tech(rng: Random, slot: str, stack: dict[str, list[str]]) -> str:
    return rng.choice(rng.choice(TECH[slot]))


ARTICLE = re.compile(r"\b([Aa]) (?=[AEIO]|Ubuntu)")


def fill(template: str, rng: Random, stack: dict[str, list[str]], **fixed: str) -> str:
    slots = Slots(rng, stack)
    slots.update(fixed)
    return ARTICLE.sub(r"\1n ", template.format_map(slots))  # "a Excel model" -> "an Excel model"


# --------------------------------------------------------------------------------------------
# The résumé model
# --------------------------------------------------------------------------------------------

Month = tuple[int, int]


@dataclass
class Entry:
    """A job, an education entry or a project: a header and bullets."""

    title: str
    org: str
    place: str
    dates: str
    bullets: list[str] = field(default_factory=list)
    family: str = ""
    level: str = ""
    start: Month | None = None
    end: Month | None = None
    templates: list[str] = field(default_factory=list)
    blurb: str = ""  # a line of context under a job header
    environment: str = ""  # "Environment: Java, Kafka, ..." after a job's bullets


@dataclass
class Style:
    headings: dict[str, str]
    order: list[str]
    bullet: str
    date_style: str
    present: str
    entry_layout: int
    skills_layout: str  # grouped | flat | bullets | pipes
    contact_layout: str  # line | lines | labeled
    name_caps: bool
    heading_case: str  # caps | title | lower-ish
    summary_as_bullets: bool


@dataclass
class Resume:
    name: str
    email: str
    phone: str
    city: str
    links: list[str]
    headline: str
    family: str
    level: str
    changer: bool
    stack: dict[str, list[str]]
    summary: list[str]
    jobs: list[Entry]
    education: list[Entry]
    skills: list[tuple[str, list[str]]]
    projects: list[Entry]
    certifications: list[str]
    extras: dict[str, list[str]]  # publications, awards, volunteer, languages, interests
    style: Style
    rng: Random
    spare_bullets: dict[int, list[str]] = field(default_factory=dict)


HEADINGS = {
    "summary": [
        "Summary",
        "Professional Summary",
        "Profile",
        "About Me",
        "Career Summary",
        "Objective",
        "Summary of Qualifications",
    ],
    "experience": [
        "Experience",
        "Work Experience",
        "Professional Experience",
        "Employment History",
        "Work History",
        "Relevant Experience",
        "Career History",
    ],
    "education": ["Education", "Education & Training", "Academic Background", "Education and Training"],
    "skills": [
        "Skills",
        "Technical Skills",
        "Core Competencies",
        "Tools & Technologies",
        "Skills & Tools",
        "Key Skills",
        "Technologies",
    ],
    "projects": ["Projects", "Selected Projects", "Side Projects", "Personal Projects"],
    "certifications": ["Certifications", "Licenses & Certifications", "Certificates"],
    "publications": ["Publications", "Selected Publications"],
    "awards": ["Awards", "Honors & Awards", "Awards and Recognition"],
    "volunteer": ["Volunteering", "Volunteer Experience", "Community"],
    "languages": ["Languages", "Spoken Languages"],
    "interests": ["Interests", "Outside Work"],
    "contact": ["Contact", "Contact Information"],
}
ORDERS = [
    ["summary", "experience", "education", "skills"],
    ["summary", "skills", "experience", "education"],
    ["skills", "experience", "education"],
    ["summary", "experience", "skills", "education"],
    ["experience", "education", "skills"],
    ["summary", "education", "experience", "skills"],
]
OPTIONAL_SECTIONS = [
    "projects",
    "certifications",
    "publications",
    "awards",
    "volunteer",
    "languages",
    "interests",
]


def month_add(month: Month, delta: int) -> Month:
    index = month[0] * 12 + month[1] - 1 + delta
    return (index // 12, index % 12 + 1)


def month_diff(a: Month, b: Month) -> int:
    return (a[0] - b[0]) * 12 + a[1] - b[1]


def format_month(month: Month, style: str) -> str:
    y, m = month
    if style == "mon_en" or style == "mon_hy":
        return f"{MON[m - 1]} {y}"
    if style == "iso_to":
        return f"{y}-{m:02d}"
    if style == "year":
        return str(y)
    if style == "slash":
        return f"{m:02d}/{y}"
    if style == "short_slash":
        return f"{m}/{y}"
    if style in ("full_tight", "full_hy"):
        return f"{MONTHS[m - 1]} {y}"
    if style == "mon_dot":
        return f"{MON_DOT[m - 1]} {y}"
    if style == "apos":
        return f"{MON[m - 1]} '{y % 100:02d}"
    raise ValueError(style)


DATE_SEPARATORS = {
    "mon_en": " – ",
    "mon_hy": " - ",
    "iso_to": " to ",
    "year": " – ",
    "slash": " - ",
    "short_slash": "-",
    "full_tight": "–",
    "full_hy": " - ",
    "mon_dot": " – ",
    "apos": " – ",
}
DATE_STYLES = list(DATE_SEPARATORS)
DATE_WEIGHTS = [24, 14, 8, 8, 10, 4, 8, 8, 5, 3]


def format_range(
    start: Month, end: Month | None, style: str, present: str, rng: Random, internship: bool = False
) -> str:
    if internship and end is not None and start[1] in (5, 6) and end[1] in (8, 9) and start[0] == end[0]:
        return f"Summer {start[0]}"
    sep = DATE_SEPARATORS[style]
    left = format_month(start, style)
    if end is None:
        if style == "iso_to" and rng.random() < 0.5:
            return f"Since {left}"
        return f"{left}{sep}{present}"
    right = format_month(end, style)
    if style == "year" and left == right:
        return left
    return f"{left}{sep}{right}"


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def pick_stack(rng: Random, family: Family) -> dict[str, list[str]]:
    stack: dict[str, list[str]] = {}
    used: set[str] = set()
    for slot, (low, high) in family.stack.items():
        concepts = [c for c in family.concepts.get(slot, TECH[slot]) if c[0] not in used]
        chosen = rng.sample(concepts, min(len(concepts), rng.randint(low, high)))
        spellings = []
        for concept in chosen:
            used.add(concept[0])
            spellings.append(concept[0] if rng.random() < 0.6 else rng.choice(concept))
        stack[slot] = spellings
    frameworks = [fw for lang in stack.get("lang", []) for fw in FRAMEWORKS.get(lang, [])]
    stack["fw"] = rng.sample(frameworks, min(len(frameworks), 2)) if frameworks else []
    return stack


def make_person(rng: Random, pages: int | None) -> Resume:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    name = f"{first} {last}"
    handle_first = ascii_fold(first).lower().replace("-", "").replace("'", "")
    handle_last = ascii_fold(last).lower().replace("-", "").replace("'", "")
    email = (
        rng.choice(
            [
                f"{handle_first}.{handle_last}",
                f"{handle_first[0]}{handle_last}",
                f"{handle_first}{handle_last}{rng.randint(1, 99)}",
                f"{handle_first}_{handle_last}",
                f"{handle_first}.dev",
            ]
        )
        + "@example.com"
    )
    city, area = rng.choice(CITIES)
    digits = f"{rng.randint(0, 99):02d}"
    phone = rng.choice(
        [
            f"({area}) 555-01{digits}",
            f"{area}-555-01{digits}",
            f"+1 {area} 555 01{digits}",
            f"{area}.555.01{digits}",
        ]
    )
    links = []
    if rng.random() < 0.6:
        links.append(f"linkedin.com/in/{handle_first}-{handle_last}")
    if rng.random() < 0.45:
        links.append(f"github.com/{handle_first[:1]}{handle_last}")
    if rng.random() < 0.15:
        links.append(f"{handle_last}.example.com")

    changer = rng.random() < 0.08
    if changer:
        family_key = rng.choice(CHANGER_TARGETS)
        level = rng.choice(["junior", "junior", "mid"])
    else:
        family_key = rng.choices(TECH_FAMILIES, FAMILY_WEIGHTS)[0]
        weights = {
            None: [14, 16, 30, 28, 12],
            1: [20, 22, 30, 20, 8],
            2: [0, 8, 34, 40, 18],
            3: [0, 0, 20, 45, 35],
        }[pages]
        level = rng.choices(LEVELS, weights)[0]
    family = FAMILIES[family_key]
    stack = pick_stack(rng, family)

    style = Style(
        headings={key: rng.choice(options) for key, options in HEADINGS.items()},
        order=list(rng.choice(ORDERS)),
        bullet=rng.choices(["-", "•", "*"], [5, 4, 1])[0],
        date_style=rng.choices(DATE_STYLES, DATE_WEIGHTS)[0],
        present=rng.choices(["Present", "present", "Current", "Now", "today"], [12, 2, 2, 1, 1])[0],
        entry_layout=rng.randrange(6),
        skills_layout=rng.choices(["grouped", "flat", "bullets", "pipes"], [5, 3, 2, 1])[0],
        contact_layout=rng.choices(["line", "lines", "labeled"], [6, 3, 1])[0],
        name_caps=rng.random() < 0.25,
        heading_case=rng.choices(["caps", "title"], [1, 1])[0],
        summary_as_bullets=rng.random() < 0.12,
    )
    if level == "intern":
        style.order = [s for s in style.order if s != "education"]
        style.order.insert(1 if style.order[0] == "summary" else 0, "education")
        if "summary" in style.order and rng.random() < 0.5:
            style.headings["summary"] = "Objective"

    resume = Resume(
        name=name,
        email=email,
        phone=phone,
        city=city,
        links=links,
        headline="",
        family=family_key,
        level=level,
        changer=changer,
        stack=stack,
        summary=[],
        jobs=[],
        education=[],
        skills=[],
        projects=[],
        certifications=[],
        extras={},
        style=style,
        rng=rng,
    )
    build_jobs(resume, pages)
    build_education(resume)
    build_skills(resume)
    build_summary(resume)
    build_optional(resume, pages or 2)
    return resume


def job_count(level: str, rng: Random) -> int:
    return {
        "intern": rng.randint(1, 2),
        "junior": rng.randint(1, 2),
        "mid": rng.randint(2, 3),
        "senior": rng.randint(3, 5),
        "lead": rng.randint(3, 5),
    }[level]


def employer_for(family: str, rng: Random) -> str:
    if family == "teacher":
        return rng.choice(SCHOOL_EMPLOYERS)
    if family == "retail":
        return rng.choice(RETAIL_EMPLOYERS)
    return rng.choice(EMPLOYERS)


SENIOR_VERBS = (
    "Mentored",
    "Led ",
    "Saved",
    "Owned",
    "Ran ",
    "Wrote the RFC",
    "Managed",
    "Defined",
    "Rolled out",
    "Designed and built",
    "Set up",
)


def add_bullets(resume: Resume, job: Entry, count: int, reuse: bool = True) -> int:
    """Add up to COUNT bullets from templates the job hasn't used, fresh ones first (templates
    another job already used only when REUSE)."""
    rng = resume.rng
    pool = [t for t in FAMILIES[job.family].bullets if t not in job.templates]
    if job.level in ("intern", "junior"):  # interns don't lead migrations or mentor teams
        pool = [t for t in pool if not t.startswith(SENIOR_VERBS)] or pool
    elsewhere = {t for other in resume.jobs for t in other.templates}
    fresh = [t for t in pool if t not in elsewhere]
    reused = [t for t in pool if t in elsewhere] if reuse else []
    rng.shuffle(fresh)
    rng.shuffle(reused)
    chosen = (fresh + reused)[:count]
    first = job.start[0] if job.start else ANCHOR[0]
    last = min((job.end or ANCHOR)[0], ANCHOR[0] - 1)
    for template in chosen:
        venue = f"{rng.choice(VENUES)} {rng.randint(min(first, last), last)}"
        job.templates.append(template)
        job.bullets.append(fill(template, rng, resume.stack, venue=venue))
    return len(chosen)


def new_job(resume: Resume, family_key: str, level: str, end: Month | None, months: int) -> Entry:
    rng = resume.rng
    anchor_end = end or ANCHOR
    start = month_add(anchor_end, -months)
    internship = level == "intern"
    if internship:
        year = anchor_end[0] if anchor_end[1] >= 8 else anchor_end[0] - 1
        start, end = (year, 6), (year, 8)
    family = FAMILIES[family_key]
    title = rng.choice(family.titles[level])
    used = {job.org for job in resume.jobs}
    org = employer_for(family_key, rng)
    for _ in range(5):
        if org not in used:
            break
        org = employer_for(family_key, rng)
    place = rng.choice([resume.city, rng.choice(CITIES)[0], "Remote"])
    style = resume.style.date_style
    if rng.random() < 0.1:
        style = rng.choices(DATE_STYLES, DATE_WEIGHTS)[0]
    dates = format_range(start, end, style, resume.style.present, rng, internship)
    older = len(resume.jobs)
    count = rng.randint(3, max(3, 6 - older)) if not internship else rng.randint(2, 4)
    entry = Entry(
        title=title, org=org, place=place, dates=dates, family=family_key, level=level, start=start, end=end
    )
    add_bullets(resume, entry, count)
    return entry


def build_jobs(resume: Resume, pages: int | None) -> None:
    rng = resume.rng
    count = job_count(resume.level, rng)
    if pages == 1:
        count = min(count, 3)
    elif pages == 3:
        count = max(count, 4)
    end: Month | None = None if rng.random() < 0.8 else month_add(ANCHOR, -rng.randint(1, 6))
    levels_index = LEVELS.index(resume.level)
    for i in range(count):
        if resume.changer:
            prior = rng.choice(["teacher", "retail"])
            family_key = resume.family if i < rng.choice([1, 2]) else prior
            level = "junior" if family_key == resume.family else rng.choice(["mid", "senior"])
        else:
            family_key = resume.family
            level = LEVELS[max(1 if levels_index > 0 else 0, levels_index - (i + 1) // 2)]
            if resume.level == "intern":
                level = "intern"
        months = {
            "intern": 3,
            "junior": rng.randint(8, 30),
            "mid": rng.randint(12, 42),
            "senior": rng.randint(14, 54),
            "lead": rng.randint(18, 60),
        }[level]
        job = new_job(resume, family_key, level, end, months)
        resume.jobs.append(job)
        assert job.start is not None
        if level == "intern":
            end = (job.start[0] - 1, 8)
        else:
            end = month_add(job.start, -rng.choice([0, 0, 0, 1, 1, 2, 3, 5, 8]))
    resume.headline = resume.jobs[0].title if resume.jobs else ""


def add_older_job(resume: Resume) -> bool:
    if len(resume.jobs) >= 5 or resume.level == "intern":
        return False
    rng = resume.rng
    oldest = resume.jobs[-1]
    assert oldest.start is not None
    family_key = oldest.family
    level = "junior" if oldest.level in ("junior", "mid") else "mid"
    job = new_job(resume, family_key, level, month_add(oldest.start, -rng.randint(0, 3)), rng.randint(10, 36))
    del job.bullets[3:], job.templates[3:]
    resume.jobs.append(job)
    return True


def degree_text(kind: str, subject: str, rng: Random) -> str:
    variants = {
        "bs": [
            f"B.S. {subject}",
            f"B.S. in {subject}",
            f"Bachelor of Science in {subject}",
            f"Bachelor of Science, {subject}",
            f"BS {subject}",
            f"BSc {subject}",
            f"BSc (Hons) {subject}",
            f"B.Sc. in {subject}",
        ],
        "ba": [f"B.A. {subject}", f"BA, {subject}", f"Bachelor of Arts in {subject}"],
        "beng": [f"B.Eng. {subject}", f"Bachelor of Engineering, {subject}"],
        "ms": [
            f"M.S. {subject}",
            f"MS in {subject}",
            f"MSc {subject}",
            f"Master of Science in {subject}",
            f"M.Sc. {subject}",
            f"Master's in {subject}",
        ],
        "phd": [
            f"Ph.D. in {subject}",
            f"PhD, {subject}",
            f"Doctor of Philosophy in {subject}",
            f"PhD {subject}",
        ],
        "mba": ["MBA", "Master of Business Administration (MBA)"],
    }
    return rng.choice(variants[kind])


def edu_entry(
    resume: Resume, degree: str, school: str, start_year: int, end_year: int, expected: bool = False
) -> Entry:
    rng = resume.rng
    if expected:
        dates = rng.choice(
            [
                f"Expected May {end_year}",
                f"Expected {end_year}",
                f"{start_year} – {end_year} (expected)",
                f"Class of {end_year}",
            ]
        )
    else:
        dates = rng.choice(
            [
                f"{start_year} – {end_year}",
                f"{end_year}",
                f"May {end_year}",
                f"Graduated {end_year}",
                f"{start_year}-{end_year}",
                f"Sep {start_year} - Jun {end_year}",
            ]
        )
    place = rng.choice(CITIES)[0]
    entry = Entry(title=degree, org=school, place=place, dates=dates)
    if rng.random() < 0.25:
        gpa = rng.choice(["3.5", "3.6", "3.7", "3.8", "3.9"])
        entry.bullets.append(
            rng.choice(
                [
                    f"GPA: {gpa}/4.0",
                    "Dean's List, all semesters",
                    "Graduated cum laude",
                    "Graduated magna cum laude",
                ]
            )
        )
    if rng.random() < 0.2 and resume.family not in ("teacher", "retail"):
        courses = rng.sample(
            [
                "Algorithms",
                "Operating Systems",
                "Databases",
                "Machine Learning",
                "Distributed Systems",
                "Statistics",
                "Computer Networks",
                "Human-Computer Interaction",
                "Linear Algebra",
            ],
            4,
        )
        entry.bullets.append("Relevant coursework: " + ", ".join(courses))
    return entry


def build_education(resume: Resume) -> None:
    rng = resume.rng
    family = FAMILIES[resume.family]
    first_job_year = min(
        (j.start[0] for j in resume.jobs if j.start and j.level != "intern"), default=ANCHOR[0]
    )
    if resume.level == "intern":
        year = ANCHOR[0] + rng.choice([0, 1])
        kind = rng.choices(["bs", "ms"], [4, 1])[0]
        subject = rng.choice(family.fields)
        school = rng.choice(SCHOOLS)
        resume.education.append(
            edu_entry(
                resume,
                degree_text(kind, subject, rng),
                school,
                year - (4 if kind == "bs" else 2),
                year,
                expected=True,
            )
        )
        return
    if resume.changer:
        camp = rng.choice(BOOTCAMPS)
        program = {
            "frontend": "Full-Stack Web Development Certificate",
            "fullstack": "Software Engineering Immersive",
            "backend": "Software Engineering Immersive",
            "analyst": "Data Analytics Bootcamp",
            "data": "Data Engineering Bootcamp",
            "designer": "UX/UI Design Certificate",
        }[resume.family]
        year = first_job_year
        resume.education.append(
            Entry(
                title=program,
                org=camp,
                place="Online",
                dates=rng.choice([f"{year}", f"Jan {year} – Jun {year}", f"Completed {year}"]),
            )
        )
        old = min((j.start[0] for j in resume.jobs if j.start), default=year) - 1
        subject = rng.choice(["Education", "English", "History", "Business Administration", "Biology"])
        resume.education.append(
            edu_entry(resume, degree_text("ba", subject, rng), rng.choice(SCHOOLS), old - 4, old)
        )
        return
    roll = rng.random()
    phd_share = 0.3 if resume.family == "ml" else 0.08 if resume.family == "data" else 0.02
    if roll < 0.06:
        return  # no education section content (self-taught); the heading is dropped too
    if roll < 0.06 + 0.04:
        resume.education.append(
            Entry(
                title="Software Engineering Immersive",
                org=rng.choice(BOOTCAMPS),
                place="Online",
                dates=str(first_job_year),
            )
        )
        return
    bs_year = first_job_year - rng.choice([0, 0, 1])
    kind = "bs"
    if resume.family in ("designer", "analyst"):
        kind = rng.choice(["ba", "bs", "ba"])
    elif rng.random() < 0.1:
        kind = "beng"
    subject = rng.choice(family.fields)
    entries = []
    higher = rng.random()
    if higher < phd_share:
        phd_year = first_job_year
        bs_year = phd_year - 5
        entries.append(
            edu_entry(
                resume,
                degree_text("phd", rng.choice(family.fields), rng),
                rng.choice(SCHOOLS),
                bs_year,
                phd_year,
            )
        )
    elif higher < phd_share + 0.25:
        ms_year = first_job_year
        bs_year = ms_year - 2
        ms_kind = "mba" if resume.family == "analyst" and rng.random() < 0.5 else "ms"
        entries.append(
            edu_entry(
                resume,
                degree_text(ms_kind, rng.choice(family.fields), rng),
                rng.choice(SCHOOLS),
                ms_year - 2,
                ms_year,
            )
        )
    entries.append(
        edu_entry(resume, degree_text(kind, subject, rng), rng.choice(SCHOOLS), bs_year - 4, bs_year)
    )
    resume.education.extend(entries)


def build_skills(resume: Resume) -> None:
    rng = resume.rng
    family = FAMILIES[resume.family]
    groups: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    for labels, slots, extras in family.skill_groups:
        items: list[str] = []
        for slot in slots:
            items.extend(resume.stack.get(slot, []))
        items.extend(rng.sample(extras, rng.randint(min(1, len(extras)), len(extras))))
        unique = []
        for item in items:
            key = item.lower()
            if key not in seen:
                seen.add(key)
                unique.append(item)
        if rng.random() < 0.15:
            unique = [("Kubernetes (k8s)" if s == "Kubernetes" else s) for s in unique]
        if unique:
            groups.append((rng.choice(labels), unique))
    if resume.changer:
        groups.append(
            (
                "Transferable",
                rng.sample(
                    ["public speaking", "mentoring", "Excel", "stakeholder communication", "training"], 3
                ),
            )
        )
    resume.skills = groups


def years_phrase(resume: Resume) -> str:
    months = sum(
        month_diff(j.end or ANCHOR, j.start)
        for j in resume.jobs
        if j.start and j.level != "intern" and j.family == resume.family
    )
    years = max(2, months // 12)
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    return resume.rng.choice(
        [
            f"{years}+ years",
            f"{years} years",
            f"over {years - 1} years",
            f"{words[years - 1]} years" if years <= 10 else f"{years} years",
        ]
    )


def build_summary(resume: Resume) -> None:
    rng = resume.rng
    family = FAMILIES[resume.family]
    if resume.level == "intern":
        subject = resume.education[0].title if resume.education else "Computer Science"
        lines = [
            f"{subject} student looking for a full-time "
            f"{FAMILIES[resume.family].titles['mid'][0].lower()} role starting "
            f"{rng.choice(['summer', 'June', 'fall'])} {ANCHOR[0] + 1}."
        ]
    elif resume.changer:
        prior = next((j.title for j in resume.jobs if j.family in ("teacher", "retail")), "teacher")
        lines = [
            f"Former {prior.lower()} turned {family.titles['mid'][0].lower()}, with "
            f"{rng.choice(['eight', 'six', 'five', 'ten'])} years of explaining hard things "
            "simply and a bootcamp's worth of shipping code."
        ]
    else:
        lines = [fill(rng.choice(family.openings), rng, resume.stack, years=years_phrase(resume)) + "."]
    lines.append(rng.choice(SUMMARY_MIDDLE))
    closer = rng.choice(SUMMARY_CLOSERS)
    if closer and rng.random() < 0.5:
        lines.append(closer)
    resume.summary = lines


def build_optional(resume: Resume, pages: int) -> None:
    rng = resume.rng
    family = FAMILIES[resume.family]
    if family.projects and rng.random() < (0.6 if resume.level in ("intern", "junior") else 0.25):
        add_project(resume)
    if family.certs and rng.random() < 0.25:
        resume.certifications.append(rng.choice(family.certs))
    if resume.family == "ml" and any("Ph" in e.title or "Doctor" in e.title for e in resume.education):
        for _ in range(rng.randint(2, 4)):
            add_publication(resume)
    for key, chance in (("languages", 0.15), ("interests", 0.08), ("awards", 0.08), ("volunteer", 0.08)):
        if rng.random() < chance * (1.5 if pages > 1 else 1):
            add_extra(resume, key)


def add_project(resume: Resume) -> bool:
    rng = resume.rng
    family = FAMILIES[resume.family]
    used = {p.title for p in resume.projects}
    options = [p for p in family.projects if p[0] not in used]
    if not options or len(resume.projects) >= 3:
        return False
    title, description = rng.choice(options)
    entry = Entry(title=title, org="", place="", dates=str(rng.randint(2019, ANCHOR[0])))
    entry.bullets.append(fill(description, rng, resume.stack))
    if rng.random() < 0.5:
        entry.bullets.append(
            rng.choice(
                [
                    "Wrote the docs and a getting-started tutorial",
                    "Accepted contributions from a dozen people",
                    "Presented it at a local meetup",
                    "Deployed with GitHub Actions and Docker",
                ]
            )
        )
    resume.projects.append(entry)
    return True


def add_publication(resume: Resume) -> bool:
    rng = resume.rng
    pubs = resume.extras.setdefault("publications", [])
    if len(pubs) >= 6:
        return False
    initials = resume.name.split()[-1] + ", " + resume.name[0] + "."
    others = [f"{rng.choice(LAST_NAMES)}, {rng.choice('ABCDEFGHJKLMNPRST')}." for _ in range(2)]
    authors = ", ".join(rng.sample([initials, *others], 3))
    title = f"{rng.choice(PUB_WORDS_A)} {rng.choice(PUB_WORDS_B)}"
    pubs.append(f'{authors} "{title}." {rng.choice(VENUES)} {rng.randint(2018, 2025)}.')
    return True


def add_extra(resume: Resume, key: str) -> bool:
    rng = resume.rng
    values = resume.extras.setdefault(key, [])
    employer = resume.jobs[0].org if resume.jobs else "Acme Corp"
    school = resume.education[0].org if resume.education else SCHOOLS[0]
    pools = {"languages": LANGUAGES, "interests": INTERESTS, "awards": AWARDS, "volunteer": VOLUNTEER}
    limits = {"languages": 3, "interests": 4, "awards": 3, "volunteer": 2}
    pool = pools[key]
    spoken = {v.split()[0] for v in values} if key == "languages" else set()
    options = [p for p in pool if p not in values and p.split()[0] not in spoken]
    if len(values) >= limits[key] or not options:
        return False
    choice = rng.choice(options).format(
        year=rng.randint(2016, 2025), employer=employer, school=school, venue=rng.choice(VENUES)
    )
    if any(value.split(",")[0] == choice.split(",")[0] for value in values):
        return False
    if key == "languages" and not values and not choice.startswith("English"):
        values.append("English (fluent)")
    values.append(choice)
    return True


# ------------------------------- growing and shrinking to fit pages ---------------------------


def grow(resume: Resume) -> bool:
    rng = resume.rng
    for index, job in enumerate(resume.jobs[:3]):
        if (
            job.level != "intern"
            and len(job.bullets) < 6 - index
            and rng.random() < 0.8
            and add_bullets(resume, job, 1, reuse=False)
        ):
            return True
    if rng.random() < 0.6 and add_older_job(resume):
        return True
    if rng.random() < 0.5 and add_job_detail(resume):
        return True
    if len(resume.summary) < 3:
        resume.summary.insert(1, rng.choice([s for s in SUMMARY_MIDDLE if s not in resume.summary]))
        return True
    actions: list[Callable[[], bool]] = [
        lambda: add_project(resume),
        lambda: bool(FAMILIES[resume.family].certs) and len(resume.certifications) < 4 and _add_cert(resume),
        lambda: add_extra(resume, "awards"),
        lambda: add_extra(resume, "volunteer"),
        lambda: add_extra(resume, "languages"),
        lambda: add_older_job(resume),
    ]
    if resume.family in ("ml", "data") and any(
        word in e.title for e in resume.education for word in ("M", "Ph", "Doctor")
    ):
        actions.append(lambda: add_publication(resume))
    rng.shuffle(actions)
    for action in actions:
        if action():
            return True
    if add_job_detail(resume) or lengthen_bullet(resume):
        return True
    for job in resume.jobs:
        if len(job.bullets) < 6 and job.level != "intern" and add_bullets(resume, job, 1):
            return True
    return add_extra(resume, "interests") or lengthen_bullet(resume, limit=False)


BLURBS = [
    "Part of a {n}-person team responsible for the {domain} platform.",
    "Joined as an early engineer on the {domain} team; the company grew from 30 to 300 people.",
    "{domain_title} team ({n} people), reporting to the VP of Engineering.",
    "Series B startup; owned {domain} end to end for {users}.",
    "Contract role through an agency; {n}-month engagement extended twice.",
    "Hybrid role; cross-functional squad with product, design and data science.",
]
ENVIRONMENT_LABELS = ["Environment", "Tech stack", "Technologies", "Tools", "Stack"]


CLAUSES = [
    "working closely with product, design and support",
    "and documented the approach in an internal tech talk",
    "which became the team's standard for new projects",
    "while mentoring a junior colleague through the work",
    "coordinating across {n} teams in two time zones",
    "and presented the results to senior leadership",
    "ahead of a hard quarter-end deadline",
    "after interviewing {n} internal stakeholders to scope the work",
    "and wrote the runbook and FAQ that support still uses",
    "with a rollout plan that kept every customer on the old path until sign-off",
    "as the lead of a three-person working group",
    "reviewed and approved by the architecture guild",
    "now reused by two sister teams",
    "starting from a one-week spike that proved the idea",
    "with weekly demos to stakeholders",
    "and handed it over with docs and training sessions",
]


def lengthen_bullet(resume: Resume, limit: bool = True) -> bool:
    """Append a clause to a short bullet: real bullets often run to two lines."""
    rng = resume.rng
    for job in resume.jobs:
        short = [i for i, b in enumerate(job.bullets) if len(b) < 110 and "," not in b[-60:]]
        if short and (not limit or len(job.bullets) - len(short) < (len(job.bullets) + 1) // 2):
            index = rng.choice(short)
            job.bullets[index] += ", " + fill(rng.choice(CLAUSES), rng, resume.stack)
            return True
    return False


def add_job_detail(resume: Resume) -> bool:
    """Give the most recent job without one a context line or an environment line."""
    rng = resume.rng
    techs = [value for values in resume.stack.values() for value in values]
    for job in resume.jobs[:4]:
        if job.family in ("teacher", "retail") or job.level == "intern":
            continue
        if not job.blurb and rng.random() < 0.5:
            job.blurb = fill(
                rng.choice(BLURBS),
                rng,
                resume.stack,
                domain_title=fill("{domain}", rng, resume.stack).capitalize(),
            )
            return True
        if not job.environment and len(techs) >= 3:
            chosen = rng.sample(techs, min(len(techs), rng.randint(3, 7)))
            job.environment = f"{rng.choice(ENVIRONMENT_LABELS)}: {', '.join(chosen)}"
            return True
    return False


def _add_cert(resume: Resume) -> bool:
    options = [c for c in FAMILIES[resume.family].certs if c not in resume.certifications]
    if not options:
        return False
    resume.certifications.append(resume.rng.choice(options))
    return True


def shrink(resume: Resume) -> bool:
    for key in ("interests", "volunteer", "awards", "publications", "languages"):
        if resume.extras.get(key):
            resume.extras[key].pop()
            return True
    if len(resume.projects) > 1:
        resume.projects.pop()
        return True
    if len(resume.certifications) > 1:
        resume.certifications.pop()
        return True
    if len(resume.summary) > 2:
        resume.summary.pop()
        return True
    for job in reversed(resume.jobs):
        if job.environment or job.blurb:
            if job.environment:
                job.environment = ""
            else:
                job.blurb = ""
            return True
    longest = max(resume.jobs, key=lambda j: (len(j.bullets), resume.jobs.index(j)), default=None)
    if longest is not None and len(longest.bullets) > 3:
        longest.bullets.pop()
        del longest.templates[len(longest.bullets) :]
        return True
    if len(resume.jobs) > 1:
        resume.jobs.pop()
        return True
    for job in resume.jobs:
        if len(job.bullets) > 2:
            job.bullets.pop()
            del job.templates[len(job.bullets) :]
            return True
    if resume.projects:
        resume.projects.pop()
        return True
    return False


# --------------------------------------------------------------------------------------------
# Layout: the résumé as a list of blocks every renderer walks
# --------------------------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # name | headline | contact | heading | entry | bullet | para | kv
    section: str
    text: str = ""
    entry: Entry | None = None
    parts: list[str] = field(default_factory=list)


def heading_label(resume: Resume, key: str, caps: bool | None = None) -> str:
    label = resume.style.headings[key]
    use_caps = resume.style.heading_case == "caps" if caps is None else caps
    return label.upper() if use_caps else label


def contact_parts(resume: Resume) -> list[str]:
    style = resume.style
    if style.contact_layout == "labeled":
        parts = [f"Email: {resume.email}", f"Phone: {resume.phone}", f"Location: {resume.city}"]
        parts += [f"{'LinkedIn' if 'linkedin' in link else 'Web'}: {link}" for link in resume.links]
        return parts
    return [resume.city, resume.phone, resume.email, *resume.links]


def layout(resume: Resume) -> list[Block]:
    style = resume.style
    blocks = [Block("name", "contact", resume.name.upper() if style.name_caps else resume.name)]
    if resume.headline and resume.rng.random() < 0.5 or resume.level == "lead":
        blocks.append(Block("headline", "contact", resume.headline))
    blocks.append(Block("contact", "contact", parts=contact_parts(resume)))
    order = list(style.order)
    for key in (
        "projects",
        "certifications",
        "publications",
        "awards",
        "volunteer",
        "languages",
        "interests",
    ):
        present = (
            resume.projects
            if key == "projects"
            else resume.certifications
            if key == "certifications"
            else resume.extras.get(key)
        )
        if present and key not in order:
            if key == "projects" and "experience" in order:
                order.insert(order.index("experience") + 1, key)
            elif key == "publications" and "education" in order:
                order.insert(order.index("education") + 1, key)
            else:
                order.append(key)
    for key in order:
        blocks.extend(section_blocks(resume, key))
    return blocks


def section_blocks(resume: Resume, key: str) -> list[Block]:
    style = resume.style
    out: list[Block] = []
    if key == "summary":
        if not resume.summary:
            return out
        out.append(Block("heading", key, heading_label(resume, key)))
        if style.summary_as_bullets:
            out.extend(Block("bullet", key, line) for line in resume.summary)
        else:
            out.append(Block("para", key, " ".join(resume.summary)))
    elif key == "experience":
        out.append(Block("heading", key, heading_label(resume, key)))
        for job in resume.jobs:
            out.append(Block("entry", key, entry=job))
            if job.blurb:
                out.append(Block("para", key, job.blurb))
            out.extend(Block("bullet", key, b) for b in job.bullets)
            if job.environment:
                out.append(Block("para", key, job.environment))
    elif key == "education":
        if not resume.education:
            return out
        out.append(Block("heading", key, heading_label(resume, key)))
        for edu in resume.education:
            out.append(Block("entry", key, entry=edu))
            out.extend(Block("bullet", key, b) for b in edu.bullets)
    elif key == "skills":
        out.append(Block("heading", key, heading_label(resume, key)))
        if style.skills_layout == "grouped":
            out.extend(Block("kv", key, ", ".join(items), parts=[label]) for label, items in resume.skills)
        elif style.skills_layout == "bullets":
            out.extend(Block("bullet", key, f"{label}: {', '.join(items)}") for label, items in resume.skills)
        else:
            flat = [item for _, items in resume.skills for item in items]
            joiner = " | " if style.skills_layout == "pipes" else ", "
            out.append(Block("para", key, joiner.join(flat)))
    elif key == "projects" and resume.projects:
        out.append(Block("heading", key, heading_label(resume, key)))
        for project in resume.projects:
            out.append(Block("entry", key, entry=project))
            out.extend(Block("bullet", key, b) for b in project.bullets)
    elif key == "certifications" and resume.certifications:
        out.append(Block("heading", key, heading_label(resume, key)))
        out.extend(Block("bullet", key, c) for c in resume.certifications)
    elif resume.extras.get(key):
        out.append(Block("heading", key, heading_label(resume, key)))
        values = resume.extras[key]
        if key in ("languages", "interests"):
            out.append(Block("para", key, ", ".join(values)))
        else:
            out.extend(Block("bullet", key, v) for v in values)
    return out


def entry_lines(entry: Entry, layout_id: int, section: str) -> list[str]:
    """An entry header as plain-text lines, in one of several common layouts."""
    title, org, place, dates = entry.title, entry.org, entry.place, entry.dates
    if section == "projects" or not org:
        return [f"{title} ({dates})" if layout_id % 2 else f"{title} | {dates}"]
    if section == "education":
        layouts = [
            [f"{title}, {org}, {dates}"],
            [f"{org} — {title}", dates],
            [title, f"{org}, {place}", dates],
            [f"{title} | {org} | {dates}"],
            [f"{org}, {place}", f"{title}    {dates}"],
            [f"{dates}  {title}, {org}"],
        ]
        return layouts[layout_id % len(layouts)]
    layouts = [
        [f"{title}, {org} | {dates}"],
        [f"{title} — {org} — {dates}"],
        [f"{org}, {place}", f"{title}    {dates}"],
        [title, f"{org}, {place}", dates],
        [f"{title} at {org} ({dates})"],
        [f"{dates}  {title}, {org}, {place}"],
    ]
    return layouts[layout_id % len(layouts)]


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------


def render_txt(resume: Resume, blocks: list[Block]) -> str:
    rng = resume.rng
    heading_style = rng.choices(["plain", "underline", "colon", "rule"], [5, 2, 2, 1])[0]
    caps = rng.random() < 0.45  # ALL-CAPS headings are common in plain text
    bullet = resume.style.bullet
    indent = rng.choice(["", "", "  "])
    width_sep = rng.choice([" | ", " · ", " • ", "  "])
    lines: list[str] = []
    previous = ""
    for block in blocks:
        if block.kind in ("name", "headline"):
            lines.append(block.text)
        elif block.kind == "contact":
            if resume.style.contact_layout == "line":
                lines.append(width_sep.join(block.parts))
            else:
                lines.extend(block.parts)
        elif block.kind == "heading":
            text = block.text.upper() if caps else block.text
            lines.append("")
            if heading_style == "underline":
                lines += [text, ("=" if rng.random() < 0.3 else "-") * len(text)]
            elif heading_style == "colon":
                lines.append(text + ":")
            elif heading_style == "rule":
                lines += ["_" * 60, text]
            else:
                lines.append(text)
        elif block.kind == "entry":
            assert block.entry is not None
            if previous != "heading" and block.section in ("experience", "projects"):
                lines.append("")
            lines.extend(entry_lines(block.entry, resume.style.entry_layout, block.section))
        elif block.kind == "bullet":
            lines.append(f"{indent}{bullet} {block.text}")
        elif block.kind == "kv":
            lines.append(f"{block.parts[0]}: {block.text}")
        else:
            lines.append(block.text)
        previous = block.kind
    return "\n".join(lines).strip() + "\n"


def render_md(resume: Resume, blocks: list[Block]) -> str:
    rng = resume.rng
    job_as_heading = rng.random() < 0.5
    kv_bullets = rng.random() < 0.5
    lines: list[str] = []
    for block in blocks:
        if block.kind == "name":
            lines.append(f"# {block.text}")
        elif block.kind == "headline":
            lines.append(f"**{block.text}**")
        elif block.kind == "contact":
            lines.append("")
            lines.append(" · ".join(block.parts) if rng.random() < 0.6 else " | ".join(block.parts))
        elif block.kind == "heading":
            lines += ["", f"## {block.text}", ""]
        elif block.kind == "entry":
            entry = block.entry
            assert entry is not None
            if lines and lines[-1] != "":
                lines.append("")
            if block.section == "projects" or not entry.org:
                lines.append(f"**{entry.title}** ({entry.dates})")
            elif job_as_heading:
                lines.append(f"### {entry.title} — {entry.org}")
                where = f" · {entry.place}" if entry.place else ""
                lines.append(f"*{entry.dates}{where}*")
            else:
                lines.append(f"**{entry.title}**, {entry.org} — {entry.dates}")
            if block.section == "experience":
                lines.append("")
        elif block.kind == "bullet":
            lines.append(f"- {block.text}")
        elif block.kind == "kv":
            lines.append(
                f"- **{block.parts[0]}:** {block.text}"
                if kv_bullets
                else f"**{block.parts[0]}:** {block.text}  "
            )
        else:
            lines.append(block.text)
    text = "\n".join(lines).strip() + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(resume: Resume, blocks: list[Block]) -> bytes:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    rng = resume.rng
    document = docx.Document()
    section = document.sections[0]
    margin = rng.choice([0.6, 0.75, 0.9, 1.0])
    section.left_margin = section.right_margin = Inches(margin)
    section.top_margin = section.bottom_margin = Inches(rng.choice([0.5, 0.7, 0.9]))
    document.styles["Normal"].font.name = rng.choice(["Calibri", "Arial", "Georgia", "Garamond"])
    document.styles["Normal"].font.size = Pt(rng.choice([10, 10.5, 11, 11.5]))
    props = document.core_properties
    props.author = props.last_modified_by = resume.name
    props.title = f"{resume.name} - Resume"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    right_tab = section.page_width - section.left_margin - section.right_margin
    job_style = rng.choice(["heading2", "tab", "table", "lines"])
    heading_id = "Heading1" if rng.random() < 0.8 else "Heading2"
    contact_in_header = rng.random() < 0.1

    def paragraph(text: str = "", style_id: str | None = None) -> Any:
        p = document.add_paragraph(text)
        if style_id:
            p._p.style = style_id  # fast path: document.add_paragraph(style=...) is O(styles)
        return p

    for block in blocks:
        if block.kind == "name":
            if rng.random() < 0.6:
                paragraph(block.text, "Title")
            else:
                run = paragraph().add_run(block.text)
                run.bold = True
                run.font.size = Pt(20)
        elif block.kind == "headline":
            paragraph(block.text, "Subtitle" if rng.random() < 0.5 else None)
        elif block.kind == "contact":
            text = " | ".join(block.parts)
            if contact_in_header:
                section.header.paragraphs[0].text = text
            else:
                paragraph(text)
        elif block.kind == "heading":
            paragraph(block.text, heading_id)
        elif block.kind == "entry":
            entry = block.entry
            assert entry is not None
            left = f"{entry.title}, {entry.org}" if entry.org else entry.title
            if job_style == "heading2" and block.section == "experience":
                paragraph(left, "Heading2" if heading_id == "Heading1" else "Heading3")
                run = paragraph().add_run(f"{entry.dates}" + (f" · {entry.place}" if entry.place else ""))
                run.italic = True
            elif job_style == "table" and block.section in ("experience", "education"):
                table = document.add_table(rows=1, cols=2)
                table.cell(0, 0).paragraphs[0].add_run(left).bold = True
                table.cell(0, 1).paragraphs[0].add_run(entry.dates).italic = True
            elif job_style == "lines":
                paragraph().add_run(entry.title).bold = True
                paragraph(f"{entry.org}, {entry.place}" if entry.org else entry.dates)
                if entry.org:
                    paragraph(entry.dates)
            else:
                p = paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(right_tab, WD_TAB_ALIGNMENT.RIGHT)
                p.add_run(entry.title).bold = True
                if entry.org:
                    p.add_run(f", {entry.org}")
                p.add_run(f"\t{entry.dates}")
        elif block.kind == "bullet":
            paragraph(block.text, "ListBullet")
        elif block.kind == "kv":
            p = paragraph()
            p.add_run(f"{block.parts[0]}: ").bold = True
            p.add_run(block.text)
        else:
            paragraph(block.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class PdfLook:
    font: str
    bold: str
    italic: str
    size: float
    heading_size: float
    color: str
    rule: bool
    caps: bool
    margin: float
    bullet: str
    table_dates: bool
    two_column: bool
    header_band: bool


def pdf_look(resume: Resume, two_column: bool, pages: int) -> PdfLook:
    rng = resume.rng
    family = rng.choices(["Helvetica", "Times", "Helvetica/Times"], [6, 3, 1])[0]
    font = {"Helvetica": "Helvetica", "Times": "Times-Roman", "Helvetica/Times": "Times-Roman"}
    bold = {"Helvetica": "Helvetica-Bold", "Times": "Times-Bold", "Helvetica/Times": "Helvetica-Bold"}
    italic = {"Helvetica": "Helvetica-Oblique", "Times": "Times-Italic", "Helvetica/Times": "Times-Italic"}
    return PdfLook(
        font=font[family],
        bold=bold[family],
        italic=italic[family],
        size=rng.choice([10.5, 11] if pages == 3 else [9.5, 10, 10, 10.5, 11]),
        heading_size=rng.choice([11, 12, 13]),
        color=rng.choice(["#000000", "#1f3a5f", "#333333", "#0b5394", "#7f1d1d"]),
        rule=rng.random() < 0.5,
        caps=rng.random() < 0.5,
        margin=rng.choice([0.75, 0.9, 1.0] if pages == 3 else [0.5, 0.6, 0.75, 0.9]),
        bullet=rng.choices(["\u2022", "-", "\u2013"], [6, 1, 1])[0],
        table_dates=rng.random() < 0.5,
        two_column=two_column,
        header_band=rng.random() < 0.5,
    )


def render_pdf(resume: Resume, blocks: list[Block], look: PdfLook) -> tuple[bytes, int, float]:
    """Build the PDF; returns the bytes, the page count and the length in pages (2.4: two pages
    and 40% of a third)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        FrameBreak,
        HRFlowable,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    accent = colors.HexColor(look.color)
    size = look.size
    body = ParagraphStyle("Body", fontName=look.font, fontSize=size, leading=size * 1.25, spaceAfter=2)
    small = ParagraphStyle("Small", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25)
    name_style = ParagraphStyle(
        "Name", parent=body, fontName=look.bold, fontSize=20, leading=24, textColor=accent
    )
    headline_style = ParagraphStyle(
        "Headline", parent=body, fontName=look.italic, fontSize=size + 1, leading=(size + 1) * 1.3
    )
    heading = ParagraphStyle(
        "Heading",
        parent=body,
        fontName=look.bold,
        fontSize=look.heading_size,
        leading=look.heading_size * 1.25,
        spaceBefore=8,
        spaceAfter=3,
        textColor=accent,
    )
    bullet = ParagraphStyle(
        "Bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=1.5, bulletFontName="Helvetica"
    )
    entry_left = ParagraphStyle("EntryL", parent=body, fontName=look.bold, spaceBefore=4, spaceAfter=1)
    entry_right = ParagraphStyle(
        "EntryR", parent=body, fontName=look.italic, alignment=TA_RIGHT, spaceBefore=4, spaceAfter=1
    )
    entry_sub = ParagraphStyle("EntrySub", parent=body, fontName=look.italic, spaceAfter=1)

    page_w, page_h = LETTER
    margin = look.margin * inch
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=LETTER,
        invariant=1,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"{resume.name} - Resume",
        author=resume.name,
        subject="Resume",
        creator="jobmatch bench/make_corpus.py",
    )
    full_w = page_w - 2 * margin
    side_w = 2.1 * inch
    gap = 0.25 * inch
    main_w = full_w - side_w - gap if look.two_column else full_w

    def heading_flowables(text: str, width: float) -> list[Flowable]:
        label = text.upper() if look.caps else text
        items: list[Flowable] = [Paragraph(xml_escape(label), heading)]
        if look.rule:
            items.append(HRFlowable(width=width, thickness=0.6, color=accent, spaceBefore=0, spaceAfter=3))
        return items

    def entry_flowables(entry: Entry, section: str, width: float) -> list[Flowable]:
        left = f"{entry.title}, {entry.org}" if entry.org else entry.title
        if look.table_dates and section != "projects" and width > 4 * inch:
            table = Table(
                [[Paragraph(xml_escape(left), entry_left), Paragraph(xml_escape(entry.dates), entry_right)]],
                colWidths=[width * 0.7, width * 0.3],
                hAlign="LEFT",
            )
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            out: list[Flowable] = [table]
            if entry.place and section == "experience":
                out.append(Paragraph(xml_escape(entry.place), entry_sub))
            return out
        lines = entry_lines(entry, resume.style.entry_layout, section)
        out = [Paragraph(f"<b>{xml_escape(lines[0])}</b>", entry_left)]
        out += [Paragraph(xml_escape(line), entry_sub) for line in lines[1:]]
        return out

    def flow(items: list[Block], width: float, side: bool = False) -> list[Flowable]:
        story: list[Flowable] = []
        for block in items:
            text = xml_escape(block.text)
            if block.kind == "name":
                story.append(Paragraph(text, name_style))
            elif block.kind == "headline":
                story.append(Paragraph(text, headline_style))
            elif block.kind == "contact":
                if side:
                    story += [Paragraph(xml_escape(p), small) for p in block.parts]
                else:
                    story.append(Paragraph(xml_escape("  |  ".join(block.parts)), small))
                    story.append(Spacer(1, 4))
            elif block.kind == "heading":
                story += heading_flowables(block.text, width)
            elif block.kind == "entry":
                assert block.entry is not None
                if side:
                    e = block.entry
                    story.append(Paragraph(f"<b>{xml_escape(e.title)}</b>", small))
                    story.append(Paragraph(xml_escape(f"{e.org}, {e.dates}"), small))
                else:
                    story += entry_flowables(block.entry, block.section, width)
            elif block.kind == "bullet":
                story.append(Paragraph(text, small if side else bullet, bulletText=look.bullet))
            elif block.kind == "kv":
                story.append(
                    Paragraph(f"<b>{xml_escape(block.parts[0])}:</b> {text}", small if side else body)
                )
            else:
                story.append(Paragraph(text, small if side else body))
        return story

    if not look.two_column:
        frame = Frame(
            margin,
            margin,
            full_w,
            page_h - 2 * margin,
            id="main",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate("one", frames=[frame])])
        story = flow(blocks, full_w)
    else:
        side_keys = {"skills", "education", "certifications", "languages", "interests"}
        head = [b for b in blocks if b.kind in ("name", "headline")]
        contact = [b for b in blocks if b.kind == "contact"]
        side = contact + [b for b in blocks if b.section in side_keys]
        main = [b for b in blocks if b.section not in side_keys and b.section != "contact"]
        band_h = 0.9 * inch if look.header_band else 0
        body_h = page_h - 2 * margin - band_h
        x_main = margin + side_w + gap

        def sidebar(canvas: Any, _doc: Any) -> None:
            canvas.saveState()
            canvas.setFillColor(colors.HexColor("#eef1f5"))
            canvas.rect(0, 0, margin + side_w + gap / 2, page_h - band_h - margin / 2, stroke=0, fill=1)
            canvas.restoreState()

        def pad(**kw: Any) -> dict[str, Any]:
            return {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0, **kw}

        frames = []
        if band_h:
            frames.append(Frame(margin, page_h - margin - band_h, full_w, band_h, **pad(id="band")))
        frames += [
            Frame(margin, margin, side_w, body_h, **pad(id="side")),
            Frame(x_main, margin, main_w, body_h, **pad(id="main")),
        ]
        later = Frame(x_main, margin, main_w, page_h - 2 * margin, **pad(id="later"))
        doc.addPageTemplates(
            [
                PageTemplate("first", frames=frames, onPage=sidebar),
                PageTemplate("later", frames=[later], onPage=sidebar),
            ]
        )
        story = [NextPageTemplate("later")]
        if band_h:
            story += flow(head, full_w) + [FrameBreak()]
            story += flow(side, side_w, side=True) + [FrameBreak()]
            story += flow(main, main_w)
        else:
            story += flow(side, side_w, side=True) + [FrameBreak()]
            story += flow(head, main_w) + flow(main, main_w)
    doc.build(story)
    frame = doc.frame
    used = (frame._y2 - frame._y) / frame._height if frame._height else 1.0
    return buffer.getvalue(), doc.page, doc.page - 1 + min(max(used, 0.0), 1.0)


# --------------------------------------------------------------------------------------------
# Sizing: estimated pages for text formats, measured pages for PDFs
# --------------------------------------------------------------------------------------------


def estimate_pages(blocks: list[Block], chars_per_line: int = 95, lines_per_page: int = 54) -> float:
    lines = 0.0
    for block in blocks:
        if block.kind == "heading":
            lines += 2.2
        elif block.kind == "entry":
            lines += 1.4
        elif block.kind == "contact":
            lines += 1.5
        elif block.kind == "name":
            lines += 2
        else:
            lines += math.ceil((len(block.text) + 4) / chars_per_line) + 0.15
    return lines / lines_per_page


def fill_fraction(resume: Resume) -> float:
    """How full the last page should be: students and juniors often leave it half empty."""
    if resume.level in ("intern", "junior"):
        return resume.rng.uniform(0.3, 0.85)
    return resume.rng.uniform(0.45, 0.92)


def fit_estimate(resume: Resume, pages: int, target: float, measure: Callable[[list[Block]], float]) -> None:
    """Grow or shrink until the measured length lands between TARGET and the page limit."""
    for _ in range(80):
        estimate = measure(layout_stable(resume))
        if estimate > pages - 0.03:
            if not shrink(resume):
                return
        elif estimate < target:
            if not grow(resume):
                return
        else:
            return


def fit_text(resume: Resume, pages: int) -> list[Block]:
    fit_estimate(resume, pages, pages - 1 + fill_fraction(resume), estimate_pages)
    return layout_stable(resume)


def layout_stable(resume: Resume) -> list[Block]:
    """``layout`` with a throwaway random stream, so sizing passes don't shift the main one."""
    saved = resume.rng
    resume.rng = Random(f"{resume.name}:{resume.email}")
    try:
        return layout(resume)
    finally:
        resume.rng = saved


def fit_pdf(resume: Resume, pages: int, two_column: bool) -> tuple[bytes, int]:
    """Size with the estimate, build, rescale the estimate by the measured length, repeat."""
    look = pdf_look(resume, two_column, pages)
    width_in = 8.5 - 2 * look.margin - (2.35 if two_column else 0)
    cpl = int(width_in * 72 / (look.size * 0.5))
    lpp = int((11 - 2 * look.margin) * 72 / (look.size * 1.3))
    sidebar = {"skills", "education", "certifications", "languages", "interests", "contact"}
    target = pages - 1 + fill_fraction(resume)
    scale = 1.0

    def measure(blocks: list[Block]) -> float:
        main = [b for b in blocks if not two_column or b.section not in sidebar]
        return estimate_pages(main, cpl, lpp) * scale

    for _ in range(4):
        fit_estimate(resume, pages, target, measure)
        blocks = layout_stable(resume)
        data, count, used = render_pdf(resume, blocks, look)
        if count == pages:
            return data, count
        scale *= used / max(measure(blocks), 0.05)
    for _ in range(6):  # the estimate cannot get there: one step at a time
        if count > pages and shrink(resume) or count < pages and grow(resume):
            data, count, used = render_pdf(resume, layout_stable(resume), look)
        else:
            break
    return data, count


# --------------------------------------------------------------------------------------------
# One file
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    index: int
    fmt: str
    path: str
    seed: int
    pages: int | None
    two_column: bool


def default_pages(level: str, rng: Random) -> int:
    weights = {
        "intern": [85, 15, 0],
        "junior": [70, 28, 2],
        "mid": [40, 52, 8],
        "senior": [20, 60, 20],
        "lead": [15, 55, 30],
    }[level]
    return rng.choices([1, 2, 3], weights)[0]


def generate(task: Task) -> dict[str, Any]:
    rng = Random(f"jobmatch-corpus:{task.seed}:{task.index}")
    pages = task.pages
    resume = make_person(rng, pages)
    if pages is None:
        pages = default_pages(resume.level, rng)
        if resume.family == "ml" and resume.extras.get("publications"):
            pages = max(pages, 2)
    two_column = False
    if task.fmt == "pdf":
        two_column = task.two_column
        data, actual = fit_pdf(resume, pages, two_column)
    else:
        blocks = fit_text(resume, pages)
        actual = pages
        if task.fmt == "txt":
            text = render_txt(resume, blocks)
            roll = rng.random()
            if roll < 0.05:
                data = text.replace("\n", "\r\n").encode("utf-8")
            elif roll < 0.09:
                data = text.encode("cp1252", errors="replace")
            elif roll < 0.11:
                data = text.encode("utf-8-sig")
            else:
                data = text.encode("utf-8")
        elif task.fmt == "md":
            data = render_md(resume, blocks).encode("utf-8")
        else:
            data = render_docx(resume, blocks)
    Path(task.path).write_bytes(data)
    return {
        "file": Path(task.path).name,
        "format": task.fmt,
        "family": resume.family,
        "level": resume.level,
        "career_changer": resume.changer,
        "pages": actual,
        "layout": "two-column" if two_column else "one-column",
        "jobs": len(resume.jobs),
        "bytes": len(data),
    }


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------


def parse_mix(text: str | None, formats: list[str]) -> dict[str, float]:
    if text:
        mix: dict[str, float] = {}
        for part in text.split(","):
            key, _, value = part.partition("=")
            key = key.strip().lower()
            if key not in FORMATS:
                raise SystemExit(f"--mix: unknown format {key!r} (known: {', '.join(FORMATS)})")
            mix[key] = float(value)
        mix = {k: v for k, v in mix.items() if k in formats and v > 0}
    else:
        mix = {k: DEFAULT_MIX[k] for k in formats}
        if len(formats) != len(FORMATS):
            mix = {k: 1.0 for k in formats}
    total = sum(mix.values())
    if total <= 0:
        raise SystemExit("--mix/--formats leave no format to generate")
    return {k: v / total for k, v in mix.items()}


def allocate(count: int, mix: dict[str, float], seed: int) -> list[str]:
    """Exact per-format counts (largest remainder), shuffled deterministically."""
    exact = {k: count * v for k, v in mix.items()}
    counts = {k: int(v) for k, v in exact.items()}
    remainder = count - sum(counts.values())
    for key in sorted(exact, key=lambda k: (counts[k] - exact[k], k))[:remainder]:
        counts[key] += 1
    formats = [k for k in FORMATS for _ in range(counts.get(k, 0))]
    Random(f"jobmatch-corpus-formats:{seed}").shuffle(formats)
    return formats


def build_tasks(
    out_dir: Path, count: int, seed: int, mix: dict[str, float], pages: int | None, two_column_share: float
) -> list[Task]:
    width = max(5, len(str(count)))
    formats = allocate(count, mix, seed)
    layout_rng = Random(f"jobmatch-corpus-layout:{seed}")
    tasks = []
    for index, fmt in enumerate(formats, start=1):
        two_column = fmt == "pdf" and layout_rng.random() < two_column_share
        path = str(out_dir / f"resume_{index:0{width}d}.{fmt}")
        tasks.append(Task(index=index, fmt=fmt, path=path, seed=seed, pages=pages, two_column=two_column))
    return tasks


def run_tasks(tasks: list[Task], workers: int) -> Iterator[dict[str, Any]]:
    if workers <= 1 or len(tasks) < 20:
        yield from map(generate, tasks)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(generate, tasks, chunksize=max(1, min(64, len(tasks) // (workers * 8))))


def check_pools() -> None:
    """Every string in the pools must be Windows-1252, the standard PDF fonts' encoding."""

    def strings(value: Any) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from strings(key)
                yield from strings(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                yield from strings(item)
        elif isinstance(value, Family):
            yield from strings(list(vars(value).values()))

    for name, value in globals().items():
        if name.isupper() or name == "FAMILIES":
            for text in strings(value):
                try:
                    text.encode("cp1252")
                except UnicodeEncodeError:
                    raise SystemExit(f"{name}: {text!r} is not Windows-1252") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out_dir", type=Path, help="directory to write the résumés into")
    parser.add_argument("--count", type=int, required=True, help="how many résumés")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--formats",
        default=",".join(FORMATS),
        help="comma-separated subset of txt,md,docx,pdf (default: all)",
    )
    parser.add_argument(
        "--mix",
        help="format shares, e.g. txt=0.4,md=0.2,docx=0.2,pdf=0.2 "
        "(default: that mix for all four formats, else equal shares)",
    )
    parser.add_argument(
        "--pages",
        type=int,
        choices=(1, 2, 3),
        help="make every résumé this many pages (default: 1-3 by seniority)",
    )
    parser.add_argument(
        "--two-column",
        type=float,
        default=0.15,
        metavar="SHARE",
        help="share of PDFs with a sidebar layout (default 0.15)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="processes to generate with (default: CPU count)",
    )
    parser.add_argument("--manifest", type=Path, help="write one JSON line per résumé here")
    args = parser.parse_args(argv)

    formats = [f.strip().lower() for f in args.formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        parser.error(f"--formats: unknown {unknown} (known: {', '.join(FORMATS)})")
    if args.count < 0:
        parser.error("--count must be >= 0")
    mix = parse_mix(args.mix, formats)
    check_pools()

    started = time.perf_counter()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    stale = [p for p in args.out_dir.iterdir() if p.is_file() and NAME_RE.match(p.name)]
    for path in stale:
        path.unlink()
    tasks = build_tasks(args.out_dir, args.count, args.seed, mix, args.pages, args.two_column)
    records = list(run_tasks(tasks, args.workers))
    if args.manifest:
        with args.manifest.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record) + "\n")
    seconds = time.perf_counter() - started

    by_format = Counter(r["format"] for r in records)
    by_pages = Counter(r["pages"] for r in records)
    two_col = sum(r["layout"] == "two-column" for r in records)
    formats_text = " ".join(f"{k}={by_format[k]}" for k in FORMATS if by_format[k])
    pages_text = "/".join(str(by_pages.get(p, 0)) for p in (1, 2, 3))
    extra = (
        f" (+{sum(v for k, v in by_pages.items() if k > 3)} longer)" if any(k > 3 for k in by_pages) else ""
    )
    total_mb = sum(r["bytes"] for r in records) / 1e6
    print(
        f"make_corpus: {len(records)} résumés in {args.out_dir}: {formats_text or 'none'}; "
        f"two-column pdf={two_col}; pages 1/2/3={pages_text}{extra}; {total_mb:.1f} MB; "
        f"{seconds:.1f}s ({args.workers} workers"
        f"{f', removed {len(stale)} stale files' if stale else ''})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
