"""Checker for a line a résumé need not show (travel, driving, background checks, work rights).

Such a line is left out of the score either way: a résumé that says nothing about a driving
licence is not the worse for it. But many résumés do say it ("Full clean UK driving licence and
own car", "Enhanced DBS, on the Update Service", "Working with Children Check (NSW)"), and a reader
wants to see that: then the line is met, quoting that line. Otherwise it is not assessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from jobmatch.cues import cue_set
from jobmatch.dates import parse_point, today_month
from jobmatch.match.age import check_age
from jobmatch.match.lines import credential_state
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, UNASSESSED, RequirementResult
from jobmatch.models import Evidence, Requirement
from jobmatch.regions import region_of, region_vocabulary
from jobmatch.resources import DataError, alternation, check_keys, load_data, string_list
from jobmatch.terms import (
    FILE,
    HEAVY_ORDER,
    LICENCE_WORD,
    citizenship_words,
    conditions_in,
    licence_classes,
    term_vocabulary,
)

LEFT_OUT = "left out of the score"
# a driving licence's class or category named ("category B", "Class 2", "Code EB", "(B)", "C1E")
LICENCE_CLASS = re.compile(
    r"\b(?i:class|category|cat\.|code|classe|categoría|categoria|klasse)\s*[A-Z0-9]{1,3}\b"
    r"|\(\s*[A-Z]{1,2}[1-9]?E?\s*\)"
)


HEADER_SECTIONS = frozenset({"preamble", "contact"})  # where a résumé says where its author lives
# the place after a preposition, in English and the languages postings mix in ("in de regio
# Rotterdam-Rijnmond", "im Raum Stuttgart", "en la zona de Valencia", "na região de Campinas")
PLACE = re.compile(
    r"\b(?:in|within|near|around|to|from|of|bij|nabij|rond|im|nahe|en|à|em|na|nella|nel|nei|dans|"
    r"près de|perto de|cerca de)\s+"
    r"(?:(?:de|der|die|het|la|le|les|l'|el|o|a|the)\s+)?"
    r"(?:(?i:regio|region|regione|región|região|région|raum|umgebung|omgeving|zona|zone|area|provincie|"
    r"provincia|província|province|grande)\s+(?:de|di|do|da|van|von|of)?\s*)?"
    r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)"
)
# ("Location:" is left out: a job's own header says where the employer is)
ADDRESS = re.compile(
    r"\b(?:address|home address|based in|lives in|residing in|resident of|resident in|home county|"
    # (in other languages only as a label: "Residenza Sanitaria", "ayuda a domicilio" are workplaces)
    r"(?:adres|adresse|anschrift|wohnort|woonplaats|dirección|domicilio|endereço|indirizzo|residenza)\s*:|"
    r"home town)\b",
    re.IGNORECASE,
)
ADMINISTRATIVE = re.compile(
    r"\s+(?:County|Province|Region|District|State|Municipality|Governorate|Prefecture|Metro|Area)$"
)


# a region's side, not a place: "Zona Sul", "Région Nord"
COMPASS = frozenset(
    {
        "Sul",
        "Norte",
        "Leste",
        "Oeste",
        "Nord",
        "Sud",
        "Süd",
        "Ost",
        "West",
        "Sur",
        "Este",
        "North",
        "South",
        "East",
        "Centro",
        "Center",
        "Centre",
        "Central",
        "Noord",
        "Zuid",
        "Oost",
    }
)
# the first word of a town's own hyphenated name ("Saint-Malo", "Stoke-on-Trent", "Bad-Homburg")
TOWN_PREFIXES = frozenset(
    {
        "Saint",
        "Sainte",
        "St",
        "Ste",
        "Sankt",
        "San",
        "Santa",
        "Santo",
        "São",
        "Bad",
        "Stoke",
        "Port",
        "Fort",
        "Mount",
        "Mont",
        "Le",
        "La",
        "Les",
        "Den",
        "Alphen",
    }
)


def _towns_of_a_region(place: str) -> list[str]:
    """ "Rotterdam-Rijnmond", "Dallas-Fort Worth": a region named by two towns, each naming it; a
    town's own hyphenated name ("Stoke-on-Trent", "Saint-Malo") is not two places."""
    parts = place.split("-")
    if len(parts) != 2 or parts[0] in TOWN_PREFIXES:
        return []
    if not all(p[:1].isupper() and len(p) >= 4 for p in parts):
        return []
    return parts


def _place_stated(requirement: Requirement, profile: Profile) -> Evidence | None:
    """ "Must reside in Lagos": where the résumé says its author lives (the contact block's place,
    a line before its first section or an address line), when that names the place; an
    employer's city in a job line is not where the candidate lives."""
    places = [m.group(1) for m in PLACE.finditer(requirement.text)]
    places += _listed_places(requirement.text)
    # "Residence Location: United Arab Emirates": a country named as a facet's value
    facet = re.match(r"^[\w ]{3,30}:\s*([A-Z][\w'’ -]+?)\s*\.?$", requirement.text.strip())
    if facet:
        places.append(facet.group(1))
    if not places:
        return None
    # "Nakuru County", "Gauteng Province": the place is named without its kind of division too
    places += [short for p in places if (short := ADMINISTRATIVE.sub("", p)) != p and short]
    places += [part for p in places for part in _towns_of_a_region(p)]
    places = [p for p in places if p not in COMPASS]  # "na Zona Sul de São Paulo": no place of its own
    regions = [r for r in (region_of(p) for p in places) if r is not None]
    within = [region_vocabulary().regions[r].places for r in regions]

    def names_it(text: str) -> bool:
        return any(re.search(rf"\b{re.escape(place)}\b", text) for place in places) or any(
            w.search(text.lower()) for w in within
        )  # "United Arab Emirates": "Dubai, UAE"

    location = profile.resume.contact.location
    if location and names_it(location):
        return Evidence(text=location, section="contact", line=0)
    for line in profile.lines:
        if (line.section in HEADER_SECTIONS or ADDRESS.search(line.text)) and names_it(line.text):
            return line
    return None


NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
# "in Pasig, Mandaluyong or Marikina": the names listed after the first
LISTED_AFTER = re.compile(rf"(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and|&)\s+)({NAME})")
# "or nearby cities (Mandaluyong, Marikina, Cainta)": a bracket of names after a kind of place
PLACES_IN_BRACKETS = re.compile(
    r"\b(?:cities|towns|suburbs|areas|municipalities|districts|regions|provinces|counties|boroughs|"
    r"neighbourhoods|neighborhoods|communities|villages)\s*\(([^()]{3,200})\)",
    re.IGNORECASE,
)


def _listed_places(text: str) -> list[str]:
    """Places a location line names besides the one after its preposition: the others of its list
    ("residing in Pasig, Mandaluyong or Marikina") and a bracket of names after a kind of place
    ("or nearby towns (Bradford, Wakefield)")."""
    places: list[str] = []
    for found in PLACE.finditer(text):
        at = found.end()
        while (more := LISTED_AFTER.match(text, at)) is not None:
            places.append(more.group(1))
            at = more.end()
    for bracket in PLACES_IN_BRACKETS.finditer(text):
        places += re.findall(NAME, bracket.group(1))
    return places


DURATION = re.compile(r"\b(\d{1,3})\s*(day|week|month)s?\b", re.IGNORECASE)
DAYS = {"day": 1, "week": 7, "month": 30}
IMMEDIATE = re.compile(r"\bimmediate(?:ly)?\b|\bno notice\b", re.IGNORECASE)
NOTICE = re.compile(r"\bnotice\b", re.IGNORECASE)


def _days(text: str) -> int | None:
    found = DURATION.search(text)
    if found is not None:
        return int(found.group(1)) * DAYS[found.group(2).lower()]
    return 0 if IMMEDIATE.search(text) else None


def _notice_compared(requirement: Requirement, evidence: Evidence) -> str | None:
    """ "Notice period of up to 30 days": a stated notice is met only when it is no longer than
    that. MET or MISSING when both give a length, None when either does not say one."""
    if not NOTICE.search(requirement.text):
        return None
    asked, stated = _days(requirement.text), _days(evidence.text)
    if asked is None or stated is None:
        return None
    return MET if stated <= asked else MISSING


STARTS_FROM = re.compile(
    r"\b(?:available|availability|start|starting|join|joining|take up the post|commence)\b[^.;]{0,20}?"
    r"(?:\b(?:from|in|on|by)\s+|\bdate\s*:?\s*)((?:[^\W\d_]+\.?\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _start_compared(requirement: Requirement, evidence: Evidence, profile: Profile) -> str | None:
    """ "Available from August 2027" against "able to take up the post in August 2027" or "can join
    within 30 days": MET when the candidate can start by then, MISSING when only later; None when
    either gives no date."""
    stated = STARTS_FROM.search(evidence.text)
    can_start = parse_point(stated.group(1), is_end=False) if stated else None
    if can_start is None:
        return None
    asked_date = STARTS_FROM.search(requirement.text)
    by = parse_point(asked_date.group(1), is_end=True) if asked_date else None
    if by is None and (days := _days(requirement.text)) is not None:
        by = today_month(profile.as_of) + (days + 29) // 30  # "within 4 weeks": by next month
    if by is None:
        return None
    return MET if can_start <= by else MISSING


NOT_FULL = re.compile(r"\b(?:provisional|learner'?s?|learning permit|learner permit)\b")
STATED_REACH = (30, 50)  # characters before and after the stated phrase where a state word speaks of it


# a provisional licence's stage the posting may name as enough ("open or P2", "P1 or P2 accepted")
PROVISIONAL_STAGE = re.compile(r"\b(?:p[12]|provisional)\b", re.IGNORECASE)


REFUSED = re.compile(r"\b(?:no|not|never|excluded|unacceptable|cannot|can't)\b", re.IGNORECASE)


def _provisional_accepted(asked: str, lowered: str) -> bool:
    """Does the line take the provisional licence the résumé's line names ("Queensland P2
    provisional driver's licence" for "a current Australian driver's licence (open or P2)")?"""
    stages = {m.group().lower() for m in PROVISIONAL_STAGE.finditer(asked)}
    held = {m.group().lower() for m in PROVISIONAL_STAGE.finditer(lowered)}
    # "(P1 and P2 licences not accepted)", "provisional licences are excluded": the stage refused
    return bool(stages & held) and not REFUSED.search(asked)


def _not_held(lowered: str, stated: re.Pattern[str] | None) -> str:
    """The word that says a stated licence or check is not held yet (pending, lapsed, provisional),
    near the phrase that states it; "" when there is none."""
    found = stated.search(lowered) if stated is not None else None
    if found is None:
        return ""
    before, after = STATED_REACH
    start = max(0, found.start() - before)
    for stop in (";", "|"):
        cut = lowered.rfind(stop, start, found.start())
        start = cut + 1 if cut >= 0 else start
    end = min(len(lowered), found.end() + after)
    for stop in (";", "|"):
        cut = lowered.find(stop, found.end(), end)
        end = cut if cut >= 0 else end
    if lowered[end : end + 1] == "|":
        # a table row's next cell that opens with the state ("... licence, Class B | Expired 06/2026")
        cell = lowered[end + 1 :].split("|")[0]
        state, cue = credential_state(cell)
        if state != "held" and cue and cell.lstrip(" ([").startswith(cue.lower()):
            return cue
    return _pending_in(lowered[start:end])


def _another_class_held(requirement: Requirement, profile: Profile) -> Evidence | None:
    """A licence line naming classes, none of them one the posting asks ("category B" for "C or CE")."""
    wanted = licence_classes(requirement.text)
    if not wanted or not all(any(c.isalpha() for c in w) for w in wanted):
        return None  # numbered classes climb differently by country (a BC Class 3 drives Class 5 trucks)
    held = [
        (line, classes)
        for line in profile.lines
        if LICENCE_WORD.search(line.text) and (classes := licence_classes(line.text))
    ]
    if held and not any(_holds_class(wanted, classes) for _, classes in held):
        return held[0][0]
    return None


def _holds_class(wanted: frozenset[str], held: frozenset[str]) -> bool:
    """One of the classes asked, one that adds a trailer to it ("CE" for "C"), or a heavier
    Australian class ("MC" for "HR")."""
    return (
        bool(wanted & held)
        or any(h.startswith(w) and h.endswith("E") for w in wanted for h in held)
        or any(_heavier(h, w) for w in wanted for h in held)
    )


def _heavier(held: str, wanted: str) -> bool:
    return (
        held in HEAVY_ORDER and wanted in HEAVY_ORDER and HEAVY_ORDER.index(held) >= HEAVY_ORDER.index(wanted)
    )


MOTORCYCLE = re.compile(r"\b(?:motorcycles?|motorbikes?|motor\s?bikes?|riding licen[cs]e)\b", re.IGNORECASE)


def _a_sub_class(wanted: frozenset[str], held: frozenset[str]) -> bool:
    """A numbered sub-class of a lettered class asked ("A2" or "A1" for "A", "C1" for "C")."""
    return any(re.fullmatch(rf"{re.escape(w)}\d", h) for w in wanted if w.isalpha() for h in held)


def _class_stated(requirement: Requirement, profile: Profile) -> Evidence | None:
    """ "Valid Class 5 driver's licence": a résumé line naming that class ("Manitoba Class 5");
    "category C or CE": a licence line listing one of them ("Driving licence categories B and C")."""
    wanted = licence_classes(requirement.text)
    if wanted:
        for line in profile.lines:
            if LICENCE_WORD.search(line.text) and _holds_class(wanted, licence_classes(line.text)):
                return line
    for asked in LICENCE_CLASS.finditer(requirement.text):
        named = re.compile(rf"(?<![\w-]){re.escape(asked.group().strip('() '))}(?![\w-])", re.IGNORECASE)
        if asked.group().startswith("("):
            continue  # "(B)" alone is too short to find in a résumé
        found = next((line for line in profile.lines if named.search(line.text)), None)
        if found is not None:
            return found
    return None


def _result(
    requirement: Requirement, verdict: str, reason: str, evidence: tuple[Evidence, ...]
) -> RequirementResult:
    condition = requirement.condition or ""
    return RequirementResult(
        requirement=requirement,
        verdict=verdict,
        confidence=1.0,
        reason=reason,
        evidence=evidence,
        matched=(condition,) if verdict == MET else (),
        missing=(condition,) if verdict == MISSING else (),
        searched_for=(condition,) if evidence else (),
        suggestion="",
        gap="",
    )


@dataclass(frozen=True)
class Citizenship:
    """How a résumé states a nationality (data/terms.yaml ``citizenship``)."""

    words: re.Pattern[str]  # "nationality", "citizen", "passport" ...
    blocs: dict[str, frozenset[str]]  # "eu" -> the nationalities of its members
    nations: re.Pattern[str]  # every way of writing a nationality, one alternation
    nation_of: dict[str, str]  # a way of writing it, lower-cased -> the nationality ("germany" -> "german")

    def named(self, text: str) -> set[str]:
        """The nationalities a text names, as their English adjectives."""
        return {self.nation_of[m.group(0).lower()] for m in self.nations.finditer(text)}


def _alternation(forms: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(forms)})(?!\w)", re.IGNORECASE)


@cache
def _citizenship() -> Citizenship:
    entry = check_keys(
        load_data(FILE).get("citizenship"),
        file=FILE,
        where="citizenship",
        required=["words", "blocs"],
        optional=["nations"],
    )
    blocs, nations = entry["blocs"], entry.get("nations") or {}
    if not isinstance(blocs, dict) or not isinstance(nations, dict):
        raise DataError(FILE, "citizenship", "expected blocs and nations as mappings of name -> words")
    members = {
        str(bloc).lower(): frozenset(
            n.lower() for n in string_list(names, file=FILE, where=f"citizenship.{bloc}")
        )
        for bloc, names in blocs.items()
    }
    nation_of: dict[str, str] = {}
    for nation, forms in nations.items():
        key = str(nation).lower()
        for form in [key, *string_list(forms, file=FILE, where=f"citizenship.nations.{nation}")]:
            nation_of[form.lower()] = key
    for nationality in set().union(*members.values()):
        nation_of.setdefault(nationality, nationality)
    return Citizenship(citizenship_words(), members, _alternation(list(nation_of)), nation_of)


RIGHT_WORDS = frozenset(
    {"permanent", "resident", "residency", "work", "permit", "visa", "right", "rights", "valid"}
)


def _accepted_nations(requirement: Requirement) -> set[str]:
    """The nationalities a line asks for, its blocs' members included (empty: it names none)."""
    citizenship = _citizenship()
    accepted = citizenship.named(requirement.text)
    for bloc in re.findall(r"[a-z]+", requirement.text.lower()):
        accepted |= citizenship.blocs.get(bloc, frozenset())
    return accepted


def _sponsorship_needed(requirement: Requirement, profile: Profile) -> Evidence | None:
    """The résumé's own line saying its writer needs a visa sponsored ("Work status: seeking
    employer sponsorship"): not a job's bullet about other people's visas, not a line that also
    states a right held ("permanent resident (previously subclass 482)"), and not where the
    posting offers to sponsor (unless it says it does not: "no visa sponsorship available")."""
    offered = cue_set("sponsorship_offered").search(requirement.text)
    if offered is not None and not NOT_OFFERED.search(requirement.text.lower()[: offered.start()]):
        return None
    needed, held = cue_set("sponsorship_needed"), cue_set("right_held")
    for line in profile.lines:
        if not profile.in_a_job(line) and needed.search(line.text) and not held.search(line.text):
            return line
    return None


# "no visa sponsorship available", "we are unable to offer sponsorship": an offer denied
NOT_OFFERED = re.compile(r"\b(?:no|not|unable|cannot|can't|won't|will not)\b[^.;,()]{0,25}$")


def _another_nation(requirement: Requirement, line: Evidence) -> bool:
    """A résumé line stating nationalities, none of them one the requirement asks for."""
    asked = _accepted_nations(requirement)
    stated = _citizenship().named(line.text)
    return bool(asked and stated) and not asked & stated


def _others_matters(profile: Profile, index: int) -> bool:
    """Is line ``index`` a job's line about other people's matters ("Prepared spouse visa and
    British citizenship applications"), not the candidate's own status?"""
    others = term_vocabulary().others_matters
    line = profile.lines[index]
    return profile.in_a_job(line) and others is not None and others.search(line.text) is not None


def _citizenship_stated(requirement: Requirement, profile: Profile) -> Evidence | None:
    """A nationality line naming the country asked ("Italian work permit": "Nationality:
    Italian"; "Singapore Citizen": "Nationality: Singaporean"), or a member of the bloc asked
    ("EU passport": "Italian and Argentine citizen")."""
    citizenship = _citizenship()
    capitals = re.findall(r"\b[A-Z][A-Za-z]+\b", requirement.text)
    # the country or bloc named: not the words of the right itself ("Citizen or Permanent Resident")
    asked = {
        w.lower() for w in capitals if not citizenship.words.fullmatch(w) and w.lower() not in RIGHT_WORDS
    }
    accepted = asked | _accepted_nations(requirement)
    if not accepted:
        return None
    for index, line in enumerate(profile.lines):
        if not citizenship.words.search(line.text) or _others_matters(profile, index):
            continue  # "Prepared ... British citizenship applications": the clients' citizenship
        stated = set(re.findall(r"[a-zà-ÿ]+", line.text.lower())) | citizenship.named(line.text)
        if accepted & stated:
            return line
    return None


RULE_ROW = re.compile(r"[\s|:\-–—=+]*")


def _cell_under(header: str, row: str, stated: re.Pattern[str] | None) -> str:
    """The value row's cell under the header cell that states the condition."""
    labels, values = header.split("|"), row.split("|")
    column = next((i for i, label in enumerate(labels) if stated is not None and stated.search(label)), None)
    return values[column] if column is not None and len(values) == len(labels) else ""


def _pending_in(cell: str) -> str:
    """The word that says the thing in a text is not held yet ("in process", "scheduled", "expired")."""
    word = NOT_FULL.search(cell)
    if word:
        return word.group()
    state, cue = credential_state(cell)
    return cue if state in ("pending", "lapsed") else ""


def _a_header_row(line: str) -> bool:
    """A table's row of labels ("| Nationality | Date of Birth | Driving Licence |"): short cells,
    no figures."""
    cells = [cell.strip() for cell in line.split("|") if cell.strip()]
    return len(cells) >= 3 and all(len(c.split()) <= 4 and not any(ch.isdigit() for ch in c) for c in cells)


def _asks_a_start(text: str) -> bool | None:
    """ "Able to join within 30 days" is shown by when the candidate can start, "a rotating Saturday
    roster" by the hours they work: a résumé line of the other kind shows neither. None when the
    vocabulary names no start phrases."""
    start = term_vocabulary().availability_start
    return None if start is None else start.search(text.lower()) is not None


def check_condition(requirement: Requirement, profile: Profile) -> RequirementResult:
    """The line's condition as the résumé states it; a line of several things the candidate is
    willing to do ("work on customer sites, travel within the GCC and join a 24x7 on-call rota")
    is shown by one of them the résumé states, when its first is not stated."""
    result = _check_one(requirement, profile)
    willing = term_vocabulary().willingness
    if result.verdict != UNASSESSED or requirement.condition not in willing:
        return result
    for other in conditions_in(requirement.text):
        if other != requirement.condition and other in willing:
            shown = _check_one(replace(requirement, condition=other), profile)
            if shown.verdict == MET:
                return shown
    return result


def _check_one(requirement: Requirement, profile: Profile) -> RequirementResult:
    condition = requirement.condition or ""
    if condition == "age":
        settled = check_age(requirement, profile)
        if settled is not None:
            met, line, reason = settled
            return _result(requirement, MET if met else MISSING, f"{reason}; {LEFT_OUT}", (line,))
    stated = term_vocabulary().stated.get(condition)
    found = None
    personal = condition in term_vocabulary().of_the_person
    asked_start = _asks_a_start(requirement.text) if condition == "availability" else None
    if stated is not None:
        found = next(
            (
                i
                for i, line in enumerate(profile.lowered)
                if stated.search(line)
                and not (personal and _others_matters(profile, i))
                and (asked_start is None or _asks_a_start(line) == asked_start)
            ),
            None,
        )
    cell = ""
    if found is not None and _a_header_row(profile.lowered[found]):
        # "| Visa Status | Driving Licence |": the row under the labels says what is held
        header = found
        rows = [
            i
            for i in range(found + 1, min(found + 3, len(profile.lines)))
            if not RULE_ROW.fullmatch(profile.lowered[i])
        ]
        same_shape = [i for i in rows if profile.lowered[i].count("|") == profile.lowered[header].count("|")]
        found = same_shape[0] if same_shape else found
        cell = _cell_under(profile.lowered[header], profile.lowered[found], stated)
    evidence = profile.lines[found] if found is not None else None
    if evidence is not None and condition == "work authorisation" and _another_nation(requirement, evidence):
        evidence = found = None  # "Citizenship: Australia" for a New Zealand citizen
    if evidence is None and condition == "location":
        evidence = _place_stated(requirement, profile)
    if evidence is None and condition == "work authorisation":
        evidence = _citizenship_stated(requirement, profile)
    if condition == "work authorisation" and (needs := _sponsorship_needed(requirement, profile)) is not None:
        # "Work status: seeking employer sponsorship (subclass 482)": no right to work yet
        reason = f"the résumé says a work visa would have to be sponsored (“{needs.text[:80]}”); {LEFT_OUT}"
        return _result(requirement, MISSING, reason, (needs,))
    if evidence is not None and found is not None:
        not_held = _not_held(profile.lowered[found], stated) or _pending_in(cell)
        if (
            not_held
            and condition == "driving"
            and _provisional_accepted(requirement.text, profile.lowered[found])
        ):
            not_held = ""  # "(open or P2)": the line takes the provisional licence the résumé names
        if not_held:  # "UK provisional driving licence", "UAE licence - test scheduled"
            reason = f"the résumé says it is not held yet (“{not_held}”); {LEFT_OUT}"
            return _result(requirement, MISSING, reason, (evidence,))
    if (
        evidence is not None
        and condition == "availability"
        and _start_compared(requirement, evidence, profile) == MISSING
    ):
        reason = f"the résumé says the candidate can start only later (“{evidence.text[:80]}”); {LEFT_OUT}"
        return _result(requirement, MISSING, reason, (evidence,))
    if evidence is not None and condition == "availability" and NOTICE.search(evidence.text):
        compared = _notice_compared(requirement, evidence)
        if compared == MISSING:
            reason = f"the résumé states a longer notice period than asked; {LEFT_OUT}"
            return _result(requirement, MISSING, reason, (evidence,))
        if compared is None and NOTICE.search(requirement.text) and _days(requirement.text) is not None:
            evidence = None  # a notice asked in days, the résumé's without one: not settled
    if evidence is not None and condition == "driving" and MOTORCYCLE.search(requirement.text):
        riding = next(
            (
                line
                for line in profile.lines
                if MOTORCYCLE.search(line.text) and LICENCE_WORD.search(line.text)
            ),
            None,
        )
        if riding is None:  # "Code 08 (B), own bakkie" for "a motorcycle riding licence"
            reason = f"the résumé's licence is not for a motorcycle (“{evidence.text[:80]}”); {LEFT_OUT}"
            return _result(requirement, MISSING, reason, (evidence,))
        evidence = riding
    if evidence is not None and condition == "driving" and _another_nation(requirement, evidence):
        # "UAE Driving Licence" for "a full UK driving licence": a licence, from another country
        reason = f"the résumé's licence is from another country (“{evidence.text[:80]}”); {LEFT_OUT}"
        return _result(requirement, PARTIAL, reason, (evidence,))
    if evidence is not None and condition == "driving":
        other = _another_class_held(requirement, profile)
        if other is not None and _a_sub_class(licence_classes(requirement.text), licence_classes(other.text)):
            # "class A2 (motorcycle)" for "class A": the same kind of vehicle, a narrower class
            reason = f"the résumé's licence is a sub-class of the one asked (“{other.text[:80]}”); {LEFT_OUT}"
            return _result(requirement, PARTIAL, reason, (other,))
        if other is not None:  # "clase B1" held where "clase G" (farm machinery) is asked
            reason = f"the résumé's licence is of another class (“{other.text[:80]}”); {LEFT_OUT}"
            return _result(requirement, MISSING, reason, (other,))
        evidence = _class_stated(requirement, profile) or evidence
    if evidence is None and condition == "driving":
        evidence = _class_stated(requirement, profile)
    if evidence is None and condition == "driving" and LICENCE_CLASS.search(requirement.text):
        # "a valid driving licence (category B)": where postings name the category, résumés state it
        reason = f"no driving licence stated, and the posting names its category; {LEFT_OUT}"
        return _result(requirement, MISSING, reason, ())
    if evidence is None:
        return _result(requirement, UNASSESSED, f"a résumé does not show this ({condition}); {LEFT_OUT}", ())
    return _result(requirement, MET, f"the résumé states it ({condition}); {LEFT_OUT}", (evidence,))
