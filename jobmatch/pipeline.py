"""The spaCy pipeline: a blank English tokenizer plus rule-based components.

Components, in order:
  ``skill_ruler`` (phrase patterns whose ids are canonical skill ids; aliases match on
  LOWER) and ``ambiguous_ruler`` (ambiguous aliases such as "Go" on exact ORTH);
  ``skill_context`` (keeps an ambiguous mention only with technical context, resolves overlaps,
  writes ``doc.spans["skills"]``); ``jobmatch_norm`` (norm = lower-cased lookup lemma from
  spacy-lookups-data) so that ``concept_ruler`` (concept phrases and evidence on NORM, written
  to ``doc.spans["concepts"]``) matches inflected forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

import numpy
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from jobmatch.activities import Activities, activities, find_activities
from jobmatch.cues import AmbiguityRules, ambiguity_rules
from jobmatch.facts import facts_vocabulary
from jobmatch.models import SkillMention
from jobmatch.phrases import role_variants
from jobmatch.taxonomy import Taxonomy, load_taxonomy
from jobmatch.terms import term_vocabulary
from jobmatch.textnorm import ELIDED_PREPOSITIONS

SKILLS = "skills"
CONCEPTS = "concepts"
RAW_SKILLS = "skill_candidates"
PLAIN, AMBIGUOUS = "SKILL", "AMBIGUOUS"
LABEL = re.compile(r"^\W*(\w+)\s*:")  # "Languages:" at the start of a line
CONCEPT_PHRASE, CONCEPT_EVIDENCE = "CONCEPT", "EVIDENCE"


def fast_tokenizer_rules(nlp: Language) -> None:
    """Drop whitespace-only tokenizer special cases, and the emoticons that swallow a bracket.

    spaCy stops caching tokens for the rest of a document after a special-case hit, and "\\n"
    is one, so every multi-line document paid full tokenization cost. Tokens are unchanged
    (tests/test_pipeline.py checks it).
    """
    nlp.tokenizer.rules = {
        key: value for key, value in nlp.tokenizer.rules.items() if key.strip() and key not in DIGIT_EMOTICONS
    }
    # spaCy caches at most 10,000 chunks and stops caching once full: the taxonomy's 16,000
    # aliases, tokenized to build the phrase matchers, filled it, and every résumé after that was
    # tokenized word by word (1.6x the NLP time of a screen). Room for the aliases and a run's words.
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE


# spaCy's emoticons made of a figure and a bracket: in a posting "8)" closes "(Dash 8)" or "(Level 8)",
# and kept whole it hid the name from the taxonomy ("dash 8")
DIGIT_EMOTICONS = frozenset({"8)", "8-)", "(-8", "8D", "8-D"})
TOKENIZER_CACHE_SIZE = 200_000  # chunks (about 100 bytes each)
# An Italian preposition elided onto the next word ("all'OPI", "dell'Albo"): a token of its own
ITALIAN_ELISION = rf"(?i:{ELIDED_PREPOSITIONS})['’](?=[^\W\d_])"


def elision_prefixes(nlp: Language) -> None:
    """Split an elided article or preposition from the word it leans on ("Iscrizione all'OPI" asks for
    OPI). English has no word that starts so."""
    prefixes = [*nlp.Defaults.prefixes, ITALIAN_ELISION]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


@Language.factory("jobmatch_norm")
def make_norm(nlp: Language, name: str) -> LowerLemma:
    return LowerLemma(english_lemma_lookup(), nlp.vocab.strings)


def english_lemma_lookup() -> dict[str, str]:
    """spacy-lookups-data's English lemma lookup table (form -> lemma) as a plain dict."""
    import gzip
    import json
    from importlib import resources

    path = resources.files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        return json.load(handle)


class LowerLemma:
    """Set ``token.norm_`` to the lower-cased lookup lemma, so "Mentored" matches "mentor".

    The lookup lemmatizer is case-sensitive ("Mentored" is not in its table), so it is applied
    to the lower-cased text here instead of as its own pipe.
    """

    def __init__(self, table: dict[str, str], strings: StringStore) -> None:
        self.table = table
        self.strings = strings
        self.norm_of: dict[int, int] = {}  # hash of the lower-case form -> hash of its lemma

    def restrict_to(self, words: Iterable[str]) -> None:
        """Keep only the entries that can matter for patterns made of ``words``.

        A token's norm can only match a pattern token when the norm is one of the patterns'
        lemmas, so the table keeps the forms whose lemma, or who themselves, are among them;
        every other token keeps its lower-case form, as it would without a match anyway.
        Saves ~15 MB in every process."""
        lemmas = {self.table.get(word, word) for word in words} | set(words)
        self.table = {form: lemma for form, lemma in self.table.items() if lemma in lemmas or form in lemmas}
        self.norm_of.clear()

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lowers = doc.to_array("LOWER").tolist()
        norm_of, norms = self.norm_of, []
        for lower in lowers:
            norm = norm_of.get(lower)
            if norm is None:
                text = self.strings[lower]
                norm = self.strings.add(self.table.get(text, text))
                if len(norm_of) < 500_000:
                    norm_of[lower] = norm
            norms.append(norm)
        doc.from_array(["NORM"], numpy.asarray(norms, dtype="uint64").reshape(-1, 1))
        return doc


@Language.factory("phrase_spans", default_config={"spans_key": "", "attr": "LOWER", "overwrite": True})
def make_phrase_spans(nlp: Language, name: str, spans_key: str, attr: str, overwrite: bool) -> PhraseSpans:
    return PhraseSpans(nlp, spans_key, attr, overwrite)


class PhraseSpans:
    """Phrase patterns written to ``doc.spans[spans_key]``: what spaCy's SpanRuler does with
    phrase patterns, with the same spans in the same order and less overhead. (SpanRuler also
    runs an empty token Matcher under a warnings filter, builds every match as a Span to
    de-duplicate them by hashing, and runs the pipes before it over every pattern.)"""

    def __init__(self, nlp: Language, spans_key: str, attr: str, overwrite: bool) -> None:
        self.strings = nlp.vocab.strings
        self.matcher = PhraseMatcher(nlp.vocab, attr=attr)
        self.spans_key, self.overwrite = spans_key, overwrite
        self.label_of: dict[int, tuple[int, int]] = {}  # match key -> (label, id) hashes

    def add_patterns(self, patterns: Iterable[dict], make_doc: Callable[[str], Doc]) -> None:
        """``patterns`` as for SpanRuler ({"label", "pattern", "id"}); ``make_doc`` turns a phrase
        into a Doc carrying the attribute matched on (tokens; for NORM, the norms too)."""
        for pattern in patterns:  # one Doc at a time: holding all 12,000 would keep ~40 MB
            label, span_id = pattern["label"], pattern.get("id", "")
            key = f"{label}\x1f{span_id}"
            self.matcher.add(key, [make_doc(pattern["pattern"])])
            self.label_of[self.strings[key]] = (self.strings.add(label), self.strings.add(span_id))

    def __call__(self, doc: Doc) -> Doc:
        # Span order is (start, end, label, id), as SpanRuler sorts them; equal matches once.
        found = sorted(
            {(start, end, *self.label_of[key]) for key, start, end in self.matcher(doc) if end > start}
        )
        spans = [Span(doc, start, end, label=label, span_id=span_id) for start, end, label, span_id in found]
        if not self.overwrite and self.spans_key in doc.spans:
            spans = spans_of(doc, self.spans_key) + spans
        set_spans(doc, self.spans_key, spans)
        return doc


# The spans last written to each key, with the SpanGroup that holds them (the last document's only):
# each pass over a SpanGroup makes a new Span object per span (~1-2 us each), and every résumé's
# candidates, skills and concepts were read back that way once more.
_written: dict[str, tuple[SpanGroup, list[Span]]] = {}


def set_spans(doc: Doc, key: str, spans: list[Span]) -> None:
    """``doc.spans[key] = spans``, keeping ``spans`` for :func:`spans_of`."""
    doc.spans[key] = spans
    _written[key] = (doc.spans[key], spans)


def spans_of(doc: Doc, key: str) -> list[Span]:
    """``list(doc.spans[key])`` (empty without the key): the list :func:`set_spans` kept when the
    group is still the one it wrote, else the spans read from the group."""
    group = doc.spans.get(key)
    if group is None:
        return []
    kept = _written.get(key)
    if kept is not None and kept[0] is group and len(kept[1]) == len(group):
        return list(kept[1])
    return list(group)


COMPANY_REACH = 80  # characters after a name where a company's legal form makes it the company's
SENSE_WINDOW = 16  # tokens either side of a short form where its other sense's words are looked for


def spans_without_overlap(spans: list[Span]) -> list[Span]:
    """The longest spans that do not overlap (spaCy's ``filter_spans``); then a span left out
    because a longer one of another skill ran into it with an everyday word ("Figma design" over
    "design system") is taken back when that skill's own shorter match ends before the word
    ("Figma"): two skills named, not one. ("OSHA 30-Hour Construction" keeps its own word.)"""
    kept = filter_spans(spans)
    everyday = term_vocabulary().generic
    chosen = {(s.start, s.end, s.id) for s in kept}
    for left_out in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if (left_out.start, left_out.end, left_out.id) in chosen:
            continue
        clashing = [k for k in kept if k.start < left_out.end and left_out.start < k.end]
        if len(clashing) != 1:
            continue
        longer = clashing[0]
        if longer.id == left_out.id or not (
            longer.start < left_out.start < longer.end < left_out.end
            or left_out.start < longer.start < left_out.end < longer.end
        ):
            continue  # the same skill, or one span inside the other
        shared = longer.doc[max(longer.start, left_out.start) : min(longer.end, left_out.end)]
        if not all(t.lower_ in everyday for t in shared):
            continue
        shorter = [
            s
            for s in spans
            if s.id == longer.id
            and longer.start <= s.start
            and s.end <= longer.end
            and (s.end <= left_out.start or left_out.end <= s.start)
        ]
        if not shorter:
            continue
        own = max(shorter, key=lambda s: s.end - s.start)
        kept = [own if k is longer else k for k in kept] + [left_out]
        chosen = {(s.start, s.end, s.id) for s in kept}
    return sorted(kept, key=lambda s: s.start)


@Language.factory("activity_spans")
def make_activity_spans(nlp: Language, name: str) -> ActivitySpans:
    return ActivitySpans(nlp.vocab.strings)


class ActivitySpans:
    """A skill named by the activity a line does ("Analysed experimental data" is Data Analysis):
    see :mod:`jobmatch.activities`. Added as a plain candidate only where no skill name is written
    in its words, so it never swallows one ("Analysed Tableau usage data" keeps Tableau)."""

    def __init__(self, strings: StringStore) -> None:
        self.strings = strings
        self.vocabulary: Activities | None = None

    def use(self, vocabulary: Activities) -> None:
        self.vocabulary = vocabulary

    def __call__(self, doc: Doc) -> Doc:
        if self.vocabulary is None or not doc.user_data.get(ACTIVITIES):
            return doc
        words = [token.lower_ for token in doc]
        if not any(word in self.vocabulary.things for word in words):
            return doc
        punctuation = [not (token.is_alpha or token.is_digit) for token in doc]
        candidates = spans_of(doc, RAW_SKILLS)
        taken = bytearray(len(doc))
        for span in candidates:
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        label = self.strings.add(PLAIN)
        added = [
            Span(doc, start, end, label=label, span_id=self.strings.add(skill))
            for start, end, skill in find_activities(words, punctuation, self.vocabulary)
            if not any(taken[start:end])
        ]
        if added:
            set_spans(doc, RAW_SKILLS, sorted(candidates + added, key=lambda s: (s.start, s.end)))
        return doc


@Language.factory("skill_context")
def make_skill_context(nlp: Language, name: str) -> SkillContext:
    return SkillContext(ambiguity_rules())


class SkillContext:
    """Keep an ambiguous mention (Go, C, R, Rust ...) only when context says it is technical:
    a trigger word nearby ("language", "experience", "developer"), or a list it shares with
    another skill ("Go, Java and C/C++"). Blockers ("go to market") always win."""

    def __init__(self, rules: AmbiguityRules) -> None:
        self.rules = rules
        self._text: str | None = None

    def __call__(self, doc: Doc) -> Doc:
        self._text: str | None = doc.user_data.get(TEXT)  # doc.text would join every token
        candidates = spans_of(doc, RAW_SKILLS)  # each pass over a SpanGroup makes new Spans
        plain = spans_without_overlap(
            [
                span
                for span in candidates
                if span.label_ == PLAIN and span_text(span) not in self.rules.lower_case_words
            ]
        )
        anchored = bytearray(len(doc))  # 1 where a kept skill mention covers the token
        for span in plain:
            anchored[span.start : span.end] = b"\x01" * (span.end - span.start)
        pending = [
            span
            for span in candidates
            if span.label_ == AMBIGUOUS
            and not any(anchored[span.start : span.end])
            and not self._blocked(span)
        ]
        kept: list[Span] = []
        # Two passes, so ambiguous mentions can vouch for each other once one is anchored ("Go, Rust").
        for _ in range(2):
            still_pending = []
            for span in pending:
                if (
                    self._has_trigger(span)
                    or self._next_to_skill(span, anchored)
                    or self._on_label_line(span)
                    or self._near_skill(span, anchored)
                ):
                    kept.append(span)
                    anchored[span.start : span.end] = b"\x01" * (span.end - span.start)
                else:
                    still_pending.append(span)
            if len(still_pending) == len(pending):
                break
            pending = still_pending
        kept += self._same_sense_elsewhere(pending, kept, anchored)
        found = sorted(filter_spans(plain + kept), key=lambda s: s.start)
        set_spans(doc, SKILLS, [self._in_its_sense(span) for span in found] if self.rules.senses else found)
        return doc

    def _same_sense_elsewhere(self, pending: list[Span], kept: list[Span], anchored: bytearray) -> list[Span]:
        """One sense per document: "Storage: Snowflake, MySQL" settles what "tables in Snowflake"
        means further down. A name written exactly as a kept mention of the same skill is kept too,
        unless it opens its line (where any word is capitalised) or runs on into a longer name."""
        confirmed = {(span_text(span), span.id_) for span in kept}
        if not confirmed:
            return []
        return [
            span
            for span in pending
            if (span_text(span), span.id_) in confirmed
            and self._line_prefix(span).strip()
            and not self._in_a_longer_name(span)
            and not self._capitalised_neighbour(span, anchored)
        ]

    @staticmethod
    def _capitalised_neighbour(span: Span, anchored: bytearray) -> bool:
        """ "the Spark Award", "Excel Logistics": a capitalised word beside it that is no skill
        makes the name another one's part (the list's "Spark" settles only the name alone)."""
        doc = span.doc
        before = span.start - 1
        # (the line's first word is capitalised anyway)
        opens_line = before == 0 or (before > 0 and "\n" in doc[before - 1].text)
        neighbours = [i for i in (before, span.end) if 0 <= i < len(doc) and not (i == before and opens_line)]
        return any(
            not anchored[i] and doc[i].is_alpha and doc[i].text[:1].isupper() and "\n" not in doc[i].text
            for i in neighbours
        )

    def _in_a_longer_name(self, span: Span) -> bool:
        """ "Spark Energy Lda", "Excel Logistics Ltd": capitalised words running on into a
        company's legal form make the name part of the company's."""
        if self._text is None:
            self._text = span.doc.text
        after = self._text[span.end_char : span.end_char + COMPANY_REACH]
        return facts_vocabulary().company_name_after.match(after) is not None

    def _in_its_sense(self, span: Span) -> Span:
        """ "Strong CRM skills in a two-crew cockpit": a short form whose line speaks of another
        sense (its context words within a few tokens) is that sense's skill."""
        choices = self.rules.senses.get(span_text(span))
        if not choices:
            return span
        doc, reach = span.doc, SENSE_WINDOW
        nearby = {
            doc[i].lower_
            for i in (
                *range(max(0, span.start - reach), span.start),
                *range(span.end, min(len(doc), span.end + reach)),
            )
            if "\n" not in doc[i].text
        }
        for skill_id, context in choices:
            if nearby & context:
                return Span(doc, span.start, span.end, label=span.label_, span_id=skill_id)
        return span

    def _blocked(self, span: Span) -> bool:
        doc, alias = span.doc, span_text(span)
        after_rules = self.rules.blockers_after.get(alias)
        before_rules = self.rules.blockers_before.get(alias)
        if not after_rules and not before_rules:
            return False
        after = tuple(doc[i].lower_ for i in range(span.end, min(len(doc), span.end + 3)))
        before = tuple(doc[i].lower_ for i in range(max(0, span.start - 3), span.start))
        if any(after[: len(sequence)] == sequence for sequence in after_rules or ()):
            return True
        return any(before[len(before) - len(sequence) :] == sequence for sequence in before_rules or ())

    def _has_trigger(self, span: Span) -> bool:
        doc, window, triggers = span.doc, self.rules.window, self.rules.triggers
        nearby = [
            *range(max(0, span.start - window), span.start),
            *range(span.end, min(len(doc), span.end + window)),
        ]
        for index in nearby:
            token = doc[index]
            if "\n" not in token.text and (token.lower_ in triggers or token.norm_ in triggers):
                return True
        return False

    def _line_prefix(self, span: Span) -> str:
        """The text of the span's line before it (a string search on the document's text)."""
        if self._text is None:
            self._text = span.doc.text
        text = self._text
        return text[text.rfind("\n", 0, span.start_char) + 1 : span.start_char]

    def _on_label_line(self, span: Span) -> bool:
        """ "Languages: English (C1), German (B1)" - a line labelled as a list of skills."""
        label = LABEL.match(self._line_prefix(span))
        return label is not None and label.group(1).lower() in self.rules.triggers

    def _near_skill(self, span: Span, anchored: bytearray) -> bool:
        """ "ETL jobs in Spark": a capitalised name within a few words of another skill, and not
        the first word of its line (where any word is capitalised)."""
        if not span_text(span)[:1].isupper() or not self._line_prefix(span).strip():
            return False
        if self._in_a_longer_name(span):  # "Analytics at Spark Energy Lda": an employer
            return False
        doc, window = span.doc, self.rules.window
        low, high = max(0, span.start - window), min(len(doc), span.end + window)
        return any(anchored[low : span.start]) or any(anchored[span.end : high])

    def _next_to_skill(self, span: Span, anchored: bytearray) -> bool:
        """True when only list separators stand between ``span`` and another skill mention, and
        the name does not run on into a longer one ("Data Analyst, Spark Energy Lda")."""
        if self._in_a_longer_name(span):
            return False
        doc, separators = span.doc, self.rules.list_separators
        for step, edge in ((-1, span.start - 1), (1, span.end)):
            index = edge
            for _ in range(5):
                if index < 0 or index >= len(doc):
                    break
                if anchored[index]:
                    return True
                token = doc[index]
                if token.lower_ not in separators or "\n" in token.text:
                    break
                index += step
        return False


def pluralize(alias: str) -> str | None:
    """ "relational database" -> "relational databases", for multi-word lower-case aliases."""
    last = alias.split()[-1] if alias.split() else ""
    if " " in alias and last.isalpha() and last.islower() and len(last) > 3 and not last.endswith("s"):
        return alias + ("es" if last.endswith(("x", "ch", "sh")) else "s")
    return None


def skill_patterns(taxonomy: Taxonomy) -> list[dict]:
    patterns: list[dict] = []
    seen: set[str] = set()
    for skill in taxonomy.skills.values():
        for alias in skill.plain_aliases:
            for variant in (alias, pluralize(alias), *role_variants(alias)):
                if variant and variant.lower() not in seen:
                    seen.add(variant.lower())
                    patterns.append({"label": PLAIN, "pattern": variant, "id": skill.id})
    return patterns


def ambiguous_patterns(taxonomy: Taxonomy) -> list[dict]:
    """Exact-case phrases ("Go", "Rust", "Spark"); kept only with context (see SkillContext)."""
    return [
        {"label": AMBIGUOUS, "pattern": alias, "id": skill.id}
        for skill in taxonomy.skills.values()
        for alias in skill.ambiguous_aliases
    ]


def concept_patterns(taxonomy: Taxonomy) -> list[dict]:
    patterns: list[dict] = []
    for concept in taxonomy.concepts.values():
        for phrase in concept.phrases:
            patterns.append({"label": CONCEPT_PHRASE, "pattern": phrase, "id": concept.id})
        for phrase in concept.evidence:
            patterns.append({"label": CONCEPT_EVIDENCE, "pattern": phrase, "id": concept.id})
    return patterns


def build_pipeline(taxonomy: Taxonomy | None = None) -> Language:
    """A fresh pipeline. Costs about a second; use :func:`get_pipeline` to share one."""
    taxonomy = taxonomy or load_taxonomy()
    nlp = spacy.blank("en")
    fast_tokenizer_rules(nlp)
    elision_prefixes(nlp)
    # Each ruler's patterns are made of what it matches on: tokens for the two skill rulers,
    # tokens with their lemma norms for the concept ruler.
    nlp.add_pipe("phrase_spans", name="skill_ruler", config={"spans_key": RAW_SKILLS, "attr": "LOWER"})
    nlp.get_pipe("skill_ruler").add_patterns(skill_patterns(taxonomy), nlp.make_doc)
    # A second phrase matcher, on exact case: token patterns would be checked at every token.
    nlp.add_pipe(
        "phrase_spans",
        name="ambiguous_ruler",
        config={"spans_key": RAW_SKILLS, "attr": "ORTH", "overwrite": False},
    )
    nlp.get_pipe("ambiguous_ruler").add_patterns(ambiguous_patterns(taxonomy), nlp.make_doc)
    nlp.add_pipe("activity_spans").use(activities(taxonomy))
    nlp.add_pipe("skill_context")
    norm = nlp.add_pipe("jobmatch_norm")
    patterns = concept_patterns(taxonomy)
    norm.restrict_to({token.lower_ for p in patterns for token in nlp.make_doc(p["pattern"])})
    nlp.add_pipe("phrase_spans", name="concept_ruler", config={"spans_key": CONCEPTS, "attr": "NORM"})
    nlp.get_pipe("concept_ruler").add_patterns(patterns, lambda text: norm(nlp.make_doc(text)))
    return nlp


@cache
def get_pipeline() -> Language:
    """The process-wide pipeline, built on first use (once per worker in batch mode)."""
    return build_pipeline()


TEXT = "jobmatch_text"


def make_doc(text: str) -> Doc:
    """A tokenized Doc that remembers its text (``doc.text`` rebuilds it from every token)."""
    doc = get_pipeline().make_doc(text)
    doc.user_data[TEXT] = text
    return doc


def span_text(span: Span) -> str:
    """``span.text``, cut from the text the Doc was made from: ``span.text`` makes a Token object
    for each of its words, and every mention of a résumé is asked for its text."""
    text = span.doc.user_data.get(TEXT)
    return span.text if text is None else text[span.start_char : span.end_char]


ACTIVITIES = "jobmatch_activities"  # a Doc whose lines' activities name skills (a résumé's)


def analyse(text: str, activities: bool = False) -> Doc:
    """Run the whole pipeline on ``text``; with ``activities``, ``activity_spans`` reads it too."""
    doc = make_doc(text)
    if activities:
        doc.user_data[ACTIVITIES] = True
    return get_pipeline()(doc)


def skill_mentions(doc: Doc, offset: int = 0) -> list[SkillMention]:
    return [
        SkillMention(start=s.start_char - offset, end=s.end_char - offset, text=span_text(s), skill=s.id_)
        for s in doc.spans[SKILLS]
    ]


def find_skills(text: str) -> list[SkillMention]:
    """Every taxonomy skill named in ``text``, with character offsets and canonical ids."""
    return skill_mentions(analyse(text))


def find_skills_per_line(lines: Iterable[str], batch_size: int = 256) -> Iterable[list[SkillMention]]:
    """Skill mentions for each line separately (offsets relative to that line)."""
    nlp = get_pipeline()
    docs = (make_doc(re.sub(r"[\r\n]", " ", line)) for line in lines)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield skill_mentions(doc)
