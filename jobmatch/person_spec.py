"""Person specifications: criteria rows that end in an Essential / Desirable column.

UK councils, the NHS, universities and schools publish a table of criteria, each row ending in
"E" or "D" and often in how it is assessed ("Application / Interview"). Extracted to text (a PDF,
a DOCX table), a row becomes one line, sometimes wrapped over two or three, with the columns at its
end. :func:`mark_rows` rewrites such a text so that the posting reader sees one requirement per
line: the marker columns dropped, a desirable row labelled "Desirable:" (which makes it preferred),
the group headings inside the table ("EXPERIENCE", "OTHER") dropped so that every
row stays under the specification. Line numbers do not change: a joined row keeps its first line
and the lines it took become empty. Nothing changes in a text without a legend or column header.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from jobmatch.resources import alternation, check_keys, load_data, string_list

FILE = "person_spec.yaml"
MAX_ROW_LINES = 3  # a criterion wrapped over more lines than this is not a row
OUTER_PIPES = re.compile(r"^[\s|]+|[\s|]+$")  # a row's empty first or last cells
GROUP_HEADING = re.compile(r"^[A-Z][A-Z &/,'’()-]{2,60}$")  # "QUALIFICATIONS AND REGISTRATION"
SPEC_HEADING = "Person specification"  # a requirements heading (data/sections.yaml)
LEGEND_WORDS = 12  # "Criteria | Essential/Desirable | Assessed by": a legend line, not prose


@dataclass(frozen=True)
class PersonSpecVocabulary:
    legend: re.Pattern[str]
    row_end: re.Pattern[str]  # " E Application / Interview" at a line's end; group "mark"
    mark_only: re.Pattern[str]  # "D Interview" on a line of its own, under a wrapped criterion
    methods_only: re.Pattern[str]  # a line that is only the assessment column ("Interview")
    essential: frozenset[str]
    desirable: frozenset[str]
    # header cells naming a column's bucket: "essential" -> False, "desirable" -> True (preferred)
    column_headers: Mapping[str, bool] = field(default_factory=dict)
    # a first header cell that names the rows' areas ("Area | Essential | Desirable"): not a bucket
    label_headers: frozenset[str] = frozenset()
    status_first: frozenset[str] = frozenset()  # "Requirement | Status | Notes": the first header cell
    status_header: frozenset[str] = frozenset()  # ... and the status column's
    status_mark: re.Pattern[str] | None = None  # a row's status word; group "mark"
    status_preferred: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()  # "Qualifications", "Personal qualities": a table's group rows


@cache
def person_spec_vocabulary() -> PersonSpecVocabulary:
    keys = ("legends", "essential", "desirable", "methods")
    data = check_keys(
        load_data(FILE),
        file=FILE,
        where="top level",
        required=keys,
        optional=["column_headers", "status_columns", "groups"],
    )
    status = check_keys(
        data.get("status_columns") or {},
        file=FILE,
        where="status_columns",
        optional=["first", "status", "minimum", "preferred"],
    )
    status_lists = {
        key: string_list(status.get(key), file=FILE, where=f"status_columns.{key}")
        for key in ("first", "status", "minimum", "preferred")
    }
    status_marks = [*status_lists["minimum"], *status_lists["preferred"]]
    headers = check_keys(
        data.get("column_headers") or {},
        file=FILE,
        where="column_headers",
        optional=["minimum", "preferred", "label"],
    )
    column_headers = {
        cell.lower(): bucket == "preferred"
        for bucket in ("minimum", "preferred")
        for cell in string_list(headers.get(bucket), file=FILE, where=f"column_headers.{bucket}")
    }
    lists = {key: string_list(data[key], file=FILE, where=key) for key in keys}
    # "SSSC register check", "PVG check": a body's or scheme's acronym before a check
    method = rf"(?:[A-Z]{{2,6}}\s+)?(?i:{alternation(lists['methods'])})"
    methods = rf"{method}(?:\s*[/,&]\s*{method})*\s*/?"
    marks = alternation([*lists["essential"], *lists["desirable"]])
    cell = r"(?:\s*[|\t]\s*|\s+)"  # the columns: spaces in a PDF's text, " | " in a DOCX table's
    return PersonSpecVocabulary(
        legend=re.compile(rf"(?<!\w)(?:{alternation(p.lower() for p in lists['legends'])})(?!\w)"),
        row_end=re.compile(rf"{cell}(?P<mark>{marks})(?:{cell}{methods})?[\s|]*$"),
        mark_only=re.compile(rf"^(?P<mark>{marks})(?:{cell}{methods})?[\s|]*$"),
        methods_only=re.compile(rf"^\s*{methods}[\s|]*$"),
        essential=frozenset(lists["essential"]),
        desirable=frozenset(lists["desirable"]),
        column_headers=MappingProxyType(column_headers),
        label_headers=frozenset(
            cell.lower()
            for cell in string_list(headers.get("label"), file=FILE, where="column_headers.label")
        ),
        status_first=frozenset(cell.lower() for cell in status_lists["first"]),
        status_header=frozenset(cell.lower() for cell in status_lists["status"]),
        status_mark=re.compile(rf"(?:^|[\s|])(?P<mark>{alternation(status_marks)})(?=[\s|]|$)")
        if status_marks
        else None,
        status_preferred=frozenset(status_lists["preferred"]),
        groups=frozenset(g.lower() for g in string_list(data.get("groups"), file=FILE, where="groups")),
    )


CELL_SPLIT = re.compile(r"\s*\|\s*")


def split_columns(text: str) -> str:
    """``text`` with a table whose header row names a bucket per column ("Essential |
    Desirable") read column-wise: each row's cells become items of their column's bucket, a
    preferred one labelled "Desirable:". The table's lines are replaced in place (a row of two
    cells becomes two lines, so later line numbers move by the rows' extra cells)."""
    vocab = person_spec_vocabulary()
    if "|" not in text or not vocab.column_headers:
        return text
    lines = text.split("\n")
    out: list[str] = []
    columns: list[bool | None] | None = None  # per column: preferred? (None: the rows' labels)
    for line in lines:
        cells = CELL_SPLIT.split(line.strip())
        if columns is None:
            header = [" ".join(cell.lower().rstrip(":").split()) for cell in cells]
            labelled = len(header) >= 3 and header[0] in vocab.label_headers
            buckets = header[1:] if labelled else header
            if len(buckets) >= 2 and all(cell in vocab.column_headers for cell in buckets):
                columns = [None] * labelled + [vocab.column_headers[cell] for cell in buckets]
                continue
            out.append(line)
            continue
        if "|" not in line or len(cells) > len(columns):
            columns = None  # the table has ended
            if out and out[-1].startswith("- ") and line.strip():
                out[-1] = out[-1].rstrip() + ("" if out[-1].rstrip().endswith(".") else ".")
            out.append(line)
            continue
        for preferred, cell in zip(columns, cells, strict=False):
            if cell and preferred is not None:  # (an area's label names no requirement)
                out.append(f"- Desirable: {cell}" if preferred else f"- {cell}")
    return "\n".join(out)


def mark_rows(text: str) -> str:
    """``text`` with its person specification's rows made one line each (see the module)."""
    vocab = person_spec_vocabulary()
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if _is_legend(line, vocab)), None)
    if start is None:
        return text
    out = list(lines)
    if not vocab.row_end.search(lines[start]):
        # the legend or the column header itself, which says what the table is: a heading of
        # requirements, whatever heading stood above it ("Location | Kings Heath" in a facts table);
        # a legend inside a sentence of prose is only dropped
        out[start] = SPEC_HEADING if len(lines[start].split()) <= LEGEND_WORDS else ""
    pending: list[int] = []  # lines of a criterion waiting for its marker
    rows = 0
    for index in range(start + 1, len(lines)):
        line = OUTER_PIPES.sub("", lines[index])
        if not line:
            if rows and not pending and not _table_goes_on(lines, index, vocab):
                break  # the table has ended
            continue
        if _is_legend(line, vocab):
            out[index] = ""  # a second legend line ("Criteria  E / D  Assessed by")
            continue
        found = vocab.row_end.search(line)
        if found is not None and found.start() > 0:
            parts = [_cell_text(lines[i]) for i in pending] + [_cell_text(line[: found.start()])]
            row = " ".join(part for part in parts if part)
            first = pending[0] if pending else index
            for taken in [*pending, index]:
                out[taken] = ""
            desirable = found.group("mark") in vocab.desirable
            out[first] = f"- Desirable: {row}" if desirable else f"- {row}"
            pending, rows = [], rows + 1
            continue
        found = found or vocab.mark_only.match(line)
        if found is not None or vocab.methods_only.match(line):
            # a marker or the assessment column alone, wrapped under its criterion
            if pending:
                mark = found.group("mark") if found is not None else None
                row = " ".join(_cell_text(lines[i]) for i in pending)
                for taken in [*pending, index]:
                    out[taken] = ""
                out[pending[0]] = f"- Desirable: {row}" if mark in vocab.desirable else f"- {row}"
                pending, rows = [], rows + 1
            else:
                out[index] = ""
            continue
        a_group = GROUP_HEADING.match(line) or _cell_text(line).lower().rstrip(":") in vocab.groups
        if a_group and not pending:
            out[index] = ""  # "EXPERIENCE", "Personal qualities": a group inside the table, not a new section
            continue
        pending.append(index)
        if len(pending) > MAX_ROW_LINES:
            break  # prose after the table
    _end_last_row(out, [*pending, len(out)][0])
    return "\n".join(out)


# a cell that goes on on the next line: it ends in a comma or a word that needs what follows
OPEN_END = re.compile(
    r"(?:,|\b(?:a|an|the|of|to|by|for|from|in|on|at|with|and|or|as|your|their|our|its|be|is|are))$",
    re.IGNORECASE,
)


def mark_status_rows(text: str) -> str:
    """``text`` with a status-column table ("Requirement Status Notes") made one line per row:
    the requirement's wrapped lines joined, a preferred status labelled "Desirable:", the status
    and the notes (with the lines they wrap over) dropped. Line numbers do not change.

    A PDF gives a row's cells in one of two orders: the status where the requirement's last line
    ends, the notes on the lines after it ("... an equivalent program Required" / "Bring the
    original ..."); or the status and the notes' first line after the requirement ("Immunization
    Required Up-to-date ..."), a status alone on its line when the row has no notes."""
    vocab = person_spec_vocabulary()
    if vocab.status_mark is None:
        return text
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _is_status_header(line, vocab)]
    if not starts:
        return text
    out = list(lines)
    for start in starts:
        _mark_status_table(lines, out, start, vocab)
    return "\n".join(out)


def _mark_status_table(lines: list[str], out: list[str], start: int, vocab: PersonSpecVocabulary) -> None:
    """One status-column table from its header at ``start``, written into ``out``: it ends at an
    empty line after its rows (what follows is a heading or prose), at another header, or at prose."""
    notes_column = _has_notes_column(lines[start], vocab)
    out[start] = ""
    pending: list[int] = []  # lines of a requirement waiting for its status
    notes: str | None = None  # the last line of the notes of the row before, while they may go on
    rows = 0
    for index in range(start + 1, len(lines)):
        line = lines[index].strip()
        if not line:
            if pending or rows:
                break
            continue
        if _is_status_header(line, vocab):
            break  # the next table, read from its own header
        found = _status_of(line, vocab)
        if (
            found is None
            and notes is not None
            and (notes == "" or line[:1].islower() or OPEN_END.search(notes))
        ):
            out[index], notes = "", line  # the notes begin or wrap on
            continue
        if found is None:
            pending.append(index)
            notes = None  # the next row has begun
            if len(pending) > MAX_ROW_LINES:
                break  # prose after the table
            continue
        before = _cell_text(line[: found.start()])
        row = " ".join(part for part in [*(_cell_text(lines[i]) for i in pending), before] if part)
        if not row:
            break
        first = pending[0] if pending else index
        for taken in [*pending, index]:
            out[taken] = ""
        preferred = found.group("mark") in vocab.status_preferred
        out[first] = f"- Desirable: {row}" if preferred else f"- {row}"
        rows += 1
        after = _cell_text(line[found.end() :])
        # the status ends the line after the requirement's words: the notes, if any, come next
        notes = after if after else ("" if before and notes_column else None)
        pending = []
    _end_last_row(out, [*pending, len(out)][0])


def _status_of(line: str, vocab: PersonSpecVocabulary) -> re.Match[str] | None:
    """The status word that ends a row's requirement: a cell that is only that word in a table with
    pipes ("Completion of Mandatory Training | Required | ..."), else the last one written so
    ("Required Safety Training: WHMIS Required Provided by us" is required, its training too)."""
    assert vocab.status_mark is not None
    found = list(vocab.status_mark.finditer(line))
    if "|" in line:
        cells = [m for m in found if _cell_text(line[m.start() : m.end()]) == m.group("mark")]
        alone = [m for m in cells if _alone_in_cell(line, m)]
        return alone[0] if alone else None
    return found[-1] if found else None


def _alone_in_cell(line: str, found: re.Match[str]) -> bool:
    before = line[: found.start("mark")].rstrip()
    after = line[found.end("mark") :].lstrip()
    return (not before or before.endswith("|")) and (not after or after.startswith("|"))


def _has_notes_column(header: str, vocab: PersonSpecVocabulary) -> bool:
    """Does a column follow the status one ("Requirement Status Notes")?"""
    rest = " ".join(_cell_text(header).lower().split()[1:])
    for name in sorted(vocab.status_header, key=len, reverse=True):
        at = f" {rest} ".find(f" {name} ")
        if at >= 0:
            return bool(rest[at + len(name) :].strip())
    return False


def _is_status_header(line: str, vocab: PersonSpecVocabulary) -> bool:
    """ "Requirement Status Notes", "Requirement | Status | Notes": a short line whose first cell
    names the requirements and a later one their status."""
    words = _cell_text(line).lower().split()
    if not 2 <= len(words) <= 6 or words[0] not in vocab.status_first:
        return False
    rest = " ".join(words[1:])
    return any(rest == h or rest.startswith(h + " ") or f" {h} " in f" {rest} " for h in vocab.status_header)


def _end_last_row(out: list[str], after: int) -> None:
    """A table's last row followed at once by a paragraph (a DOCX gives no empty line after a
    table) ends with a full stop, so that the paragraph is not read as the row wrapping on."""
    previous = next((i for i in range(after - 1, -1, -1) if out[i].strip()), None)
    if previous is None or after >= len(out) or not out[after].strip() or previous != after - 1:
        return
    if out[previous].startswith("- ") and not out[previous].rstrip().endswith((".", "!", "?", ":", ";")):
        out[previous] = out[previous].rstrip() + "."


def _is_legend(line: str, vocab: PersonSpecVocabulary) -> bool:
    return vocab.legend.search(" ".join(line.lower().replace("|", " ").split())) is not None


def _cell_text(text: str) -> str:
    return " ".join(text.replace("|", " ").split())


def _table_goes_on(lines: list[str], index: int, vocab: PersonSpecVocabulary) -> bool:
    """After an empty line: is the next line still a row or a group heading of the table?"""
    following = next((OUTER_PIPES.sub("", line) for line in lines[index + 1 :] if line.strip()), "")
    return bool(following) and bool(vocab.row_end.search(following) or GROUP_HEADING.match(following))
