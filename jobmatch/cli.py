"""The ``jobmatch`` command line. It only orchestrates: parse options, call the library,
pick a renderer, map outcomes to exit codes (see README "Exit codes")."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
import os
import re
import shlex
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

from jobmatch.errors import DataError, InputError, JobmatchError
from jobmatch.safe_text import escape

if TYPE_CHECKING:
    from jobmatch.batch import ReportSpool, ScreenOptions, ScreenStats
    from jobmatch.cache import ResumeCache
    from jobmatch.models import Posting, Resume
    from jobmatch.score import MatchResult
    from jobmatch.spanmodel import ModelSpan

P = ParamSpec("P")
R = TypeVar("R")

EXIT_OK, EXIT_BELOW_THRESHOLD, EXIT_USAGE, EXIT_UNREADABLE, EXIT_SKIPPED = 0, 1, 2, 3, 4
BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool stopped by `| head`
INTERRUPTED = 130  # 128 + SIGINT
STOPPED_BY_SIGNAL = (129, 143)  # 128 + SIGHUP, 128 + SIGTERM: see Terminated


class Terminated(KeyboardInterrupt):
    """SIGTERM (``timeout``, a CI runner) or SIGHUP (a closed terminal), handled like Ctrl-C:
    what was scored is written, the workers are stopped; the exit code is 128 + the signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.exit_code = 128 + signum


_MAIN_PID: list[int] = []  # the process that installed the handler (set by main)
_SIGNALLED: list[int] = []  # the SIGTERM/SIGHUP received, kept in case its Terminated was swallowed


def _terminate(signum: int, frame: object) -> None:
    import signal

    if _MAIN_PID and os.getpid() != _MAIN_PID[0]:
        # a worker forked a moment ago, stopped before it set its own handlers: it just ends
        # (raising here would print a traceback from its start-up)
        os._exit(128 + signum)
    signal.signal(signum, signal.SIG_IGN)  # a second signal must not cut the clean-up short
    _SIGNALLED.append(signum)
    raise Terminated(signum)


def _drop_swallowed_termination(unraisable: Any) -> None:
    """``sys.unraisablehook``: a Terminated dropped where exceptions cannot propagate is not an
    error to print (with a traceback) but a stop that :func:`_raise_if_signalled` makes again."""
    if not isinstance(unraisable.exc_value, Terminated):
        sys.__unraisablehook__(unraisable)


def _raise_if_signalled() -> None:
    """Raise the Terminated a signal raised already. Python runs a handler between any two
    bytecodes, and where it lands in code whose exceptions are printed and dropped (an at-fork
    hook as a worker process starts, a ``__del__``), the run would go on and exit 0: long work
    calls this at its safe points, so that the signal still stops it."""
    if _SIGNALLED:
        raise Terminated(_SIGNALLED[0])


def _exit_code(interrupt: KeyboardInterrupt) -> int:
    return getattr(interrupt, "exit_code", INTERRUPTED)


def _without_flag_types(params: list[Any]) -> list[Any]:
    """A flag takes no value, so --help shows no type for it (typer would show ``<bool>``)."""
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


@contextlib.contextmanager
def _reader_gone_exits_141() -> Iterator[None]:
    """Help and version text printed to a reader that went away (``jobmatch --help | true``):
    a quiet exit 141 like every command, not click's exit 1. Typer prints help through a rich
    console of its own, which on a broken pipe points stdout at /dev/null and exits 1 itself
    (``Console.on_broken_pipe``): the only way printing help can exit."""
    try:
        yield
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error on the final flush
        raise typer.Exit(BROKEN_PIPE) from None
    except SystemExit as exit:
        if exit.code != 1:
            raise
        raise typer.Exit(BROKEN_PIPE) from None


def _show_help(ctx: Any, param: Any, value: bool) -> None:
    """The --help option's callback (click's, with a reader that went away handled)."""
    if not value or ctx.resilient_parsing:
        return
    with _reader_gone_exits_141():
        text = ctx.get_help()  # typer's rich help prints itself and returns nothing to echo
        if text:
            typer.echo(text, color=ctx.color)
        sys.stdout.flush()
    ctx.exit()


class _Command(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _without_flag_types(super().get_params(ctx))

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.callback = _show_help
        return option


class _Group(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _without_flag_types(super().get_params(ctx))

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.callback = _show_help
        return option

    def get_help(self, ctx: Any) -> str:
        """Also printed without --help, when the group is given no command (no_args_is_help)."""
        with _reader_gone_exits_141():
            return super().get_help(ctx)


app = typer.Typer(
    name="jobmatch",
    help="How well a résumé meets a job posting, and why. Offline: nothing leaves this machine.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        from jobmatch import __version__

        with _reader_gone_exits_141():
            typer.echo(f"jobmatch {__version__}")
            sys.stdout.flush()
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """How well a résumé meets a job posting, and why. Offline: nothing leaves this machine."""


taxonomy_app = typer.Typer(
    help="Inspect and validate the skills taxonomy and the rule files that ship with jobmatch.",
    no_args_is_help=True,
    cls=_Group,
)
app.add_typer(taxonomy_app, name="taxonomy")


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich would exit 1 here; let :func:`cli_errors` stop quietly with 141 like every command."""
        raise BrokenPipeError


stdout = _Console()
stderr = _Console(stderr=True, soft_wrap=True)  # messages are lines: never wrapped at 80 columns


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"
    yaml = "yaml"


class ReportFormat(str, Enum):
    """Output formats of ``score``; each owns a renderer (see :data:`REPORT_RENDERERS`)."""

    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"


def _render_terminal(result: MatchResult) -> str:
    from jobmatch.render import print_result

    print_result(result, stdout)
    return ""


def _report_renderers() -> dict[ReportFormat, Callable[[MatchResult], str]]:
    from jobmatch.render import result_html, result_json, result_markdown

    return {
        ReportFormat.terminal: _render_terminal,
        ReportFormat.json: result_json,
        ReportFormat.markdown: result_markdown,
        ReportFormat.html: result_html,
    }


REPORT_SUFFIXES = {
    ".txt": ReportFormat.terminal,
    ".text": ReportFormat.terminal,
    "": ReportFormat.terminal,  # a name without an extension: the text a terminal shows
    ".json": ReportFormat.json,
    ".md": ReportFormat.markdown,
    ".markdown": ReportFormat.markdown,
    ".html": ReportFormat.html,
    ".htm": ReportFormat.html,
}  # what `score -o FILE` writes when --format is not given; any other extension is refused


class ShortlistFormat(str, Enum):
    """Output formats of ``screen --output``, picked by the file's extension."""

    csv = "csv"
    json = "json"
    markdown = "markdown"
    html = "html"


SHORTLIST_SUFFIXES = {
    ".csv": ShortlistFormat.csv,
    ".json": ShortlistFormat.json,
    ".md": ShortlistFormat.markdown,
    ".markdown": ShortlistFormat.markdown,
    ".html": ShortlistFormat.html,
    ".htm": ShortlistFormat.html,
}

Format = TypeVar("Format", ReportFormat, ShortlistFormat)


def format_of_output(path: Path, suffixes: dict[str, Format], command: str) -> Format:
    """The format an output file's extension names; an extension the command cannot write
    (``score -o report.csv``) is a one-line usage error listing what it can."""
    suffix = path.suffix.lower()
    if suffix in suffixes:
        return suffixes[suffix]
    writable = ", ".join(s for s in suffixes if s) + (" or no extension" if "" in suffixes else "")
    named = f"{suffix!r} files" if suffix else "a file without an extension"
    raise fail(
        f"--output {path}: {command} cannot write {named}; the extension picks the format: {writable}",
        EXIT_USAGE,
    )


class SkillsFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


def fail(message: str, code: int) -> typer.Exit:
    """Print a one-line error to stderr and return the Exit to raise."""
    stderr.print(f"[bold red]jobmatch: error:[/bold red] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def cli_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn domain errors into a one-line message and a documented exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            outcome = command(*args, **kwargs)
            sys.stdout.flush()  # a reader that went away is found here, not at interpreter exit
            return outcome
        except InputError as error:
            raise fail(f"{error.source}: {error.reason}", EXIT_UNREADABLE) from None
        except JobmatchError as error:
            raise fail(str(error), EXIT_USAGE) from None
        except KeyboardInterrupt as interrupt:
            stderr.print("interrupted")
            raise typer.Exit(_exit_code(interrupt)) from None
        except BrokenPipeError:  # the reader went away (| head): stop quietly, as Unix tools do
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error on the final flush
            raise typer.Exit(BROKEN_PIPE) from None

    return wrapper


def check_output(path: Path | None, option: str) -> None:
    """Refuse an output file that cannot be written before any work is done (exit 2), rather
    than with a traceback after it."""
    if path is None:
        return
    folder = path.parent
    if MANGLED_URL.match(str(path)):
        from jobmatch.loaders import URL_NOT_WRITTEN

        raise fail(f"{option} {_unmangled(path)}: {URL_NOT_WRITTEN}", EXIT_USAGE)
    if path.is_dir():
        problem = "is a folder; give a file name"
    elif not folder.is_dir():
        problem = (
            f"the folder {folder} does not exist" if not folder.exists() else f"{folder} is not a folder"
        )
    elif not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        problem = "cannot be written (permission denied)"
    else:
        return
    raise fail(f"{option} {path}: {problem}", EXIT_USAGE)


def _same_file(first: Path, second: Path | str) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet): not the same file
        return False


def refuse_overwriting_inputs(
    outputs: Iterable[tuple[str, Path | None]], inputs: Iterable[tuple[str, Path | str | None]]
) -> None:
    """Refuse (exit 2, before any work) an output file that is one of the inputs: ``score r.txt
    -o r.txt`` would replace the résumé with its report. Links and other names of the same file
    count; two outputs naming one file are refused too (one would overwrite the other)."""
    outputs = [(option, path) for option, path in outputs if path is not None]
    inputs = list(inputs)
    for index, (option, output) in enumerate(outputs):
        for role, source in inputs:
            if source is not None and _same_file(output, source):
                named = "" if str(source) == str(output) else f" ({source})"
                raise fail(
                    f"{option} {output}: is the {role}{named}, which it would replace; "
                    "give another file name",
                    EXIT_USAGE,
                )
        for other_option, other in outputs[:index]:
            if output.absolute() == other.absolute() or _same_file(output, other):
                raise fail(
                    f"{option} {output}: is also the {other_option} file; give another file name", EXIT_USAGE
                )


def refuse_overwriting_screened(
    outputs: Iterable[tuple[str, Path | None]], folder: Path, pattern: str | None
) -> None:
    """Refuse (exit 2, before any work) an output file that is one of the files being screened,
    unless jobmatch wrote it (a shortlist from an earlier run, which a rerun replaces)."""
    from jobmatch.batch import screened_file
    from jobmatch.loaders import is_own_report

    for option, output in outputs:
        if output is None or not screened_file(output, folder, pattern):
            continue
        try:
            with output.open("rb") as handle:
                head = handle.read(4096)
        except OSError:
            head = b""
        if not is_own_report(head):
            raise fail(
                f"{option} {output}: is a file in the folder being screened ({folder}), not a report "
                "jobmatch wrote; give another file name",
                EXIT_USAGE,
            )


MANGLED_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):/+")


def _unmangled(path: Path) -> str:
    """A URL as typed, from the path type's squashed ``https:/...``."""
    return MANGLED_URL.sub(lambda m: m.group(1) + "://", str(path), count=1)


def local_file(path: Path, reason: str | None = None) -> Path:
    """The path itself; a URL given where a file is expected (``-p https://...``, which the
    path type has already squashed to ``https:/...``) is refused (exit 3), naming the URL as
    typed, with ``reason`` (by default: save the page)."""
    if MANGLED_URL.match(str(path)):
        from jobmatch.loaders import URL_NOT_FETCHED

        raise InputError(_unmangled(path), reason or URL_NOT_FETCHED)
    return path


POSTING_HINT = "the posting is one file (.txt, .md, .html, .pdf, .docx, .odt or .rtf)"


def a_file(path: Path, hint: str = "") -> Path:
    """``path`` when it is not a folder; a folder where one file is expected is refused (exit 3)
    with what to do in this place (a posting folder is no job for ``screen``)."""
    if path.is_dir():
        from jobmatch.loaders import FOLDER_NOT_FILE

        raise InputError(path, FOLDER_NOT_FILE + (f": {hint}" if hint else ""))
    return path


def skill_names() -> dict[str, str]:
    from jobmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    names = {skill_id: skill.name for skill_id, skill in taxonomy.skills.items()}
    names.update({concept_id: c.name for concept_id, c in taxonomy.concepts.items()})
    return names


POSTING_DEFAULT_HELP = (
    "Job posting file (default: the example posting that ships with jobmatch, a software "
    "engineering job, for trying it out)."
)

PostingArgument = Annotated[
    Path,
    typer.Argument(
        metavar="POSTING",
        help="Job posting: .txt, .md, .html, .pdf, .docx, .odt or .rtf.",
        show_default=False,
    ),
]


@app.command(cls=_Command)
@cli_errors
def extract(
    posting: PostingArgument,
    output_format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="table for people, json/yaml for programs.")
    ] = ExtractFormat.table,
) -> None:
    """Extract a posting's [bold]minimum[/bold] and [bold]preferred[/bold] requirements.

    Each requirement comes with its kinds (skill, experience, education, domain, soft), the
    canonical skills it names, any-of groups ("Go, Java or C++": one is enough), years as a
    range and degree level. Technologies named outside the requirements are listed as context.

    Example: [cyan]jobmatch extract posting.pdf --format json[/cyan]
    """
    from jobmatch.render import posting_json, posting_yaml, print_posting

    result = extract_isolated(a_file(local_file(posting), POSTING_HINT), POSTING_TIMEOUT)
    if not result.requirements:
        from jobmatch.models import no_requirements_reason

        stderr.print(
            f"[yellow]warning:[/yellow] {escape(str(posting))}: {escape(no_requirements_reason(result))}",
            soft_wrap=True,
        )
    if output_format is ExtractFormat.json:
        typer.echo(posting_json(result))
    elif output_format is ExtractFormat.yaml:
        typer.echo(posting_yaml(result), nl=False)
    else:
        print_posting(result, stdout, skill_names())


@app.command(cls=_Command)
@cli_errors
def skills(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="A text, posting or résumé file; '-' (default) reads standard input."
        ),
    ] = "-",
    per_line: Annotated[
        bool,
        typer.Option("--per-line", help="Treat each input line as its own text: one JSON object per line."),
    ] = False,
    output_format: Annotated[
        SkillsFormat | None,
        typer.Option("--format", "-f", help="table or jsonl (default: jsonl with --per-line, else table)."),
    ] = None,
    model: Annotated[
        bool,
        typer.Option(
            "--model/--no-model",
            help="With --per-line, also run the learned skill-span model on each line (the 'spans' key).",
        ),
    ] = True,
) -> None:
    """List the taxonomy skills named in a text, with character offsets and canonical ids.

    With [bold]--per-line[/bold] every input line is a separate text (a posting's requirement line)
    and the output has exactly one JSON object per input line, in order:
    [cyan]{"line": i, "mentions": [{"start", "end", "text", "skill"}], "spans": [{"start", "end",
    "text", "label"}]}[/cyan], offsets into that line. [bold]mentions[/bold] are taxonomy skills;
    [bold]spans[/bold] come from the learned skill-span model (README "The skill-span model"):
    label "knowledge" (a tool, product, method or domain) or "skill" (an applied or soft skill),
    found in the first 1,000 characters of a line; [bold]--no-model[/bold] leaves the key out.

    Example: [cyan]printf 'Go and C++\\nR&D budget\\n' | jobmatch skills --per-line[/cyan]
    """
    from jobmatch.loaders import TEXT_SUFFIXES, decode_text, load_document
    from jobmatch.pipeline import find_skills, find_skills_per_line, get_pipeline
    from jobmatch.render import mention_dict, model_span_dict, print_mentions, print_model_spans

    if file == "-":
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        path = a_file(local_file(Path(file)), "skills reads one text, posting or résumé file, or '-'")
        if per_line or path.suffix.lower() in TEXT_SUFFIXES:
            if not path.is_file():
                raise InputError(path, "no such file")
            text = decode_text(path.read_bytes(), path)
        else:
            text = load_document(path).text
    output_format = output_format or (SkillsFormat.jsonl if per_line else SkillsFormat.table)
    lines = text.replace("\r\n", "\n").split("\n") if per_line else [text]
    if per_line and lines and lines[-1] == "":
        lines.pop()  # a trailing newline ends the last line; it does not start a new one
    get_pipeline()
    settle_heap()
    results = find_skills_per_line(lines) if per_line else [find_skills(text)]
    model_spans: Iterable[tuple[ModelSpan, ...]] = ()
    if per_line and model:
        from itertools import tee

        from jobmatch.spanmodel import iter_spans

        results, mentions_for_model = tee(results)  # the model reads the taxonomy's mentions too
        model_spans = iter_spans(lines, mentions_for_model)
    if output_format is SkillsFormat.jsonl:
        spans_of_lines = iter(model_spans)
        for index, mentions in enumerate(results):
            if per_line:
                record = {"line": index, "mentions": [mention_dict(m) for m in mentions]}
                if model:
                    record["spans"] = [model_span_dict(span) for span in next(spans_of_lines)]
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                for mention in mentions:
                    sys.stdout.write(json.dumps(mention_dict(mention), ensure_ascii=False) + "\n")
    else:
        if per_line:
            rows = [(index + 1, m) for index, mentions in enumerate(results) for m in mentions]
        else:  # one text: report the line each mention is on
            rows = [(text.count("\n", 0, m.start) + 1, m) for mentions in results for m in mentions]
        print_mentions(rows, stdout, skill_names())
        if per_line and model:
            print_model_spans(
                [(index + 1, s) for index, spans in enumerate(model_spans) for s in spans], stdout
            )


def parse_as_of(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="Resolve 'Present' in date ranges to this date (default: today).",
    ),
]
RedactOption = Annotated[
    bool, typer.Option("--redact", help="Hide name, e-mail, phone, address and links in every output.")
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        exists=True,
        dir_okay=False,
        readable=True,
        help="YAML file overriding scoring settings (weights by kind, credits, the gate factor, "
        "thresholds); settings it leaves out keep the built-in defaults (README, Scoring).",
    ),
]
JUnitOption = Annotated[
    Path | None,
    typer.Option(
        "--junit",
        dir_okay=False,
        metavar="FILE",
        help="Also write the results as JUnit XML, for CI test reports (README, CI).",
    ),
]


@app.command(cls=_Command)
@cli_errors
def score(
    resume: Annotated[
        Path,
        typer.Argument(
            metavar="RESUME",
            help="Résumé: .pdf, .docx, .odt, .rtf, .txt, .md, .html or JSON Resume .json.",
            show_default=False,
        ),
    ],
    posting: Annotated[
        Path | None,
        typer.Option("--posting", "-p", help=POSTING_DEFAULT_HELP),
    ] = None,
    output_format: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="terminal, json, markdown or html (default: from the --output file's extension: "
            ".json, .md, .html or .htm; .txt or none for terminal text).",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            dir_okay=False,
            help="Write the report to this file; its extension picks the format (see --format), "
            "any other extension is refused.",
        ),
    ] = None,
    as_of: AsOfOption = None,
    redact: RedactOption = False,
    config: ConfigOption = None,
    fail_under: Annotated[
        int | None,
        typer.Option("--fail-under", min=0, max=100, help="Exit with code 1 when the score is below this."),
    ] = None,
    junit: JUnitOption = None,
    max_size: Annotated[
        float,
        typer.Option(
            "--max-size", min=0.01, help="Refuse files larger than this many MB (1 MB = 1,000,000 bytes)."
        ),
    ] = 10.0,
    timeout: Annotated[
        float,
        typer.Option("--timeout", min=0, help="Seconds allowed for reading the two files (0: no limit)."),
    ] = 30.0,
) -> None:
    """Score a résumé against a posting: [bold]met / partly met / missing[/bold] per requirement.

    Each requirement gets a verdict, the résumé line that proves it, a one-line reason and what
    to add. Minimum requirements act as gates, preferred ones add a bonus (see README, Scoring).

    Examples:
      [cyan]jobmatch score resume.pdf[/cyan]   (against the bundled posting)
      [cyan]jobmatch score cv.docx --posting job.html -o report.html[/cyan]   (HTML, from the name)
      [cyan]jobmatch score cv.md --format json --fail-under 60[/cyan]   (for CI)

    With [bold]--junit FILE[/bold] every requirement is a testcase (a missing minimum one
    fails) plus one "score" testcase that fails when --fail-under does.
    """
    from jobmatch.api import score as score_profile
    from jobmatch.config import load_config
    from jobmatch.models import require_requirements

    check_output(output, "--output")
    check_output(junit, "--junit")
    every = f"to score every résumé in it: jobmatch screen {shlex.quote(str(resume))} -p POSTING"
    resume = a_file(local_file(resume), every)
    posting_path = a_file(local_file(posting), POSTING_HINT) if posting else _default_posting()
    refuse_overwriting_inputs(
        [("--output", output), ("--junit", junit)],
        [("résumé", resume), ("posting", posting_path), ("--config file", config)],
    )
    if output_format is None:
        output_format = ReportFormat.terminal
        if output is not None:
            output_format = format_of_output(output, REPORT_SUFFIXES, "score")
    scoring = load_config(config)
    job_posting, profile = _read_isolated(
        resume,
        posting_path,
        parse_as_of(as_of),
        redact,
        max_size,
        timeout,
    )
    result = score_profile(require_requirements(job_posting), profile, scoring)
    if redact:
        from jobmatch.batch import no_name_redacted

        if no_name_redacted(profile):
            stderr.print(
                "[yellow]warning:[/yellow] --redact found no candidate name in this résumé (a name in "
                "lower case, say), so none was hidden; the report may still name the candidate",
                highlight=False,
            )
    report = (
        _report_renderers()[output_format](result)
        if (output is None or output_format is not ReportFormat.terminal)
        else ""
    )
    if output is not None:
        with _writing(output):
            if output_format is ReportFormat.terminal:
                from jobmatch.render import print_result

                with output.open("w", encoding="utf-8") as handle:
                    print_result(result, Console(file=handle, width=120, color_system=None))
            else:
                output.write_text(report, encoding="utf-8")
        stderr.print(f"wrote {output}", highlight=False)
    elif report:
        sys.stdout.write(report if report.endswith("\n") else report + "\n")
    for warning in result.resume.warnings:
        stderr.print(f"[yellow]warning:[/yellow] {escape(str(resume))}: {escape(warning)}", soft_wrap=True)
    stderr.print(f"score {result.score}/100: {result.summary}", highlight=False)
    if junit is not None:
        from jobmatch.junit import score_cases, write_junit

        write_junit(junit, f"jobmatch score {resume.name}", score_cases(result, resume.name, fail_under))
        stderr.print(f"wrote {junit}", highlight=False)
    if fail_under is not None and result.score < fail_under:
        stderr.print(f"[red]score {result.score} is below --fail-under {fail_under}[/red]")
        raise typer.Exit(EXIT_BELOW_THRESHOLD)


def _default_posting() -> Path:
    from jobmatch.resources import default_posting

    return default_posting()


POSTING_TIMEOUT = 60.0  # seconds to read a posting in ``extract`` and ``screen`` (a résumé has 30)


def extract_isolated(path: Path, timeout: float, in_child: bool = True) -> Posting:
    """The extracted posting, read under ``timeout`` like a résumé is, so that a hostile posting
    cannot hang ``extract`` or ``screen``: in a child process, or (``screen``, whose forked
    workers then inherit the spaCy pipeline built here) in this one under SIGALRM."""
    from jobmatch.codec import MAX_ROW_BYTES, CodecError, dumps, loads
    from jobmatch.errors import InputError
    from jobmatch.isolate import call_in_child, outcome_of, run_limited
    from jobmatch.models import Posting

    def read() -> str:
        from jobmatch.extract import extract_posting  # imports spaCy: only when needed

        return dumps(extract_posting(path))

    if in_child:
        text = call_in_child(read, str(path), timeout)
    else:
        text = outcome_of(run_limited(read, timeout), str(path), timeout)
    if len(text) > MAX_ROW_BYTES:
        raise InputError(path, f"what was read from it is too big ({len(text):,} characters)")
    try:
        return loads(Posting, text)
    except CodecError as error:
        raise InputError(path, f"what was read from it cannot be used ({error})") from None


def _read_isolated(
    resume: Path, posting: Path, as_of: dt.date | None, redact: bool, max_size: float, timeout: float
) -> tuple[Posting, Resume]:
    """The posting and the résumé, read in a child process under the per-file limits of
    ``screen`` (size, time; a call stuck in C code is killed), so that no file can hang or
    crash ``score``. They come back as validated JSON (:mod:`jobmatch.codec`)."""
    from jobmatch.codec import dumps, loads
    from jobmatch.files import MB
    from jobmatch.isolate import call_in_child
    from jobmatch.models import Posting, Resume

    max_bytes = int(max_size * MB)

    def read_both() -> str:
        from jobmatch.extract import extract_posting
        from jobmatch.loaders import load_document
        from jobmatch.resume import extract_resume

        # Both files are read before the slow part, the résumé first: a bad résumé is not
        # reported after the posting was worked through.
        resume_document = load_document(resume, max_bytes=max_bytes)
        posting_document = load_document(posting, max_bytes=max_bytes)
        job_posting = extract_posting(posting_document)
        profile = extract_resume(resume_document, as_of=as_of, redact=redact)
        return json.dumps([dumps(job_posting), dumps(profile)])

    from jobmatch.codec import MAX_ROW_BYTES, CodecError
    from jobmatch.errors import InputError

    posting_json, resume_json = json.loads(call_in_child(read_both, str(resume), timeout))
    # a parsed file too big for the codec is that file's fault: exit 3 naming it, no traceback
    for path, text in ((posting, posting_json), (resume, resume_json)):
        if len(text) > MAX_ROW_BYTES:
            raise InputError(path, f"what was read from it is too big ({len(text):,} characters)")
    try:
        return loads(Posting, posting_json), loads(Resume, resume_json)
    except CodecError as error:
        raise InputError(resume, f"what was read from it cannot be used ({error})") from None


class Engine(str, Enum):
    """Where ``screen`` runs the per-file work."""

    local = "local"
    dask = "dask"


@app.command(cls=_Command)
@cli_errors
def screen(
    folder: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",
            show_default=False,
            help="Folder of résumés (searched recursively), or an fsspec URL "
            "such as s3://bucket/cvs (needs the dask extra and its backend).",
        ),
    ],
    posting: Annotated[
        Path | None,
        typer.Option("--posting", "-p", help=POSTING_DEFAULT_HELP),
    ] = None,
    glob: Annotated[
        str | None, typer.Option("--glob", help="Only files matching this pattern, e.g. '*.pdf'.")
    ] = None,
    top: Annotated[
        int, typer.Option("--top", min=1, help="Show the N best in the table (files from --output list all).")
    ] = 25,
    min_score: Annotated[
        int | None, typer.Option("--min-score", min=0, max=100, help="Show only scores of at least S.")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            dir_okay=False,
            help="Also write the shortlist; the extension picks the format: .csv (a verdict column per "
            "requirement), .json, .md or .html (.markdown, .htm).",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Processes to screen with, this one included (default: all cores)."
        ),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            help="local: a process pool here; dask: a Dask cluster "
            "(pip install 'jobmatch\\[dask]'); no résumé cache with dask.",
        ),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="tcp://HOST:PORT",
            help="Dask scheduler to run on (default: a local cluster of --jobs workers).",
        ),
    ] = None,
    cache_dir: Annotated[
        Path | None, typer.Option("--cache-dir", file_okay=False, help="Where parsed résumés are cached.")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")] = False,
    max_size: Annotated[
        float,
        typer.Option(
            "--max-size", min=0.01, help="Skip files larger than this many MB (1 MB = 1,000,000 bytes)."
        ),
    ] = 10.0,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Seconds allowed per file (0: no limit).")
    ] = 30.0,
    as_of: AsOfOption = None,
    redact: RedactOption = False,
    config: ConfigOption = None,
    junit: JUnitOption = None,
    stats: Annotated[
        Path | None,
        typer.Option("--stats", dir_okay=False, help="Write timing and cache statistics as JSON."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print statistics to stderr.")] = False,
) -> None:
    """Screen a folder of résumés against a posting and rank them, with the reasons.

    Every file jobmatch reads (.pdf .docx .odt .rtf .txt .md .html .json, and a .doc that is
    really one of these) is parsed once, scored and ranked. Other files (a Word 97-2003 .doc,
    images ...) and files that cannot be read (encrypted, scanned, broken, too big, too slow) are
    listed as skipped with the reason and what to do; they never stop the batch. Parsed résumés
    are cached, so screening the same folder against another posting is fast.

    Exit codes: 0 all files scored, 4 some files skipped, 2 usage error, 3 posting unreadable.
    With [bold]--junit FILE[/bold] each file is a testcase: an error when skipped, a failure
    when below --min-score (if given). With [bold]--engine dask[/bold] the work runs on a Dask
    cluster whose workers read the files themselves (see README, Scaling out).

    Examples:
      [cyan]jobmatch screen cvs/ --posting job.pdf --top 20[/cyan]
      [cyan]jobmatch screen cvs/ -p job.md -o shortlist.html --redact[/cyan]
      [cyan]jobmatch screen s3://bucket/cvs -p job.pdf --engine dask --scheduler tcp://10.0.0.5:8786[/cyan]
    """
    from jobmatch.batch import ReportSpool, ScreenOptions, run_local, walk_folder
    from jobmatch.batch import screen as run_screen
    from jobmatch.cache import ResumeCache, default_cache_dir
    from jobmatch.config import load_config
    from jobmatch.files import MB
    from jobmatch.models import require_requirements
    from jobmatch.resources import default_posting
    from jobmatch.taxonomy import load_taxonomy

    shortlist_format = format_of_output(output, SHORTLIST_SUFFIXES, "screen") if output is not None else None
    check_output(output, "--output")
    check_output(junit, "--junit")
    check_output(stats, "--stats")
    if scheduler is not None and engine is not Engine.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="'--scheduler'")
    if glob is not None and (glob.startswith(("/", "\\")) or ".." in Path(glob).parts):
        raise typer.BadParameter(
            f"{glob!r} must be a pattern inside SOURCE, such as '*.pdf' or 'cvs/*'", param_hint="'--glob'"
        )
    if engine is Engine.dask:
        from jobmatch.engines import require_dask

        require_dask()
    from jobmatch.loaders import FOLDER_URL_NOT_FETCHED, is_url, is_web_url

    if is_web_url(folder):
        raise InputError(folder, FOLDER_URL_NOT_FETCHED)
    source_is_url = is_url(folder)
    if not source_is_url and not Path(folder).is_dir():
        if Path(folder).exists():  # one file: what `score` is for
            problem = f"is not a folder; to score one résumé: jobmatch score {shlex.quote(folder)} -p POSTING"
        else:
            problem = "does not exist"
        raise typer.BadParameter(f"{folder!r} {problem}", param_hint="'SOURCE'")
    posting_path = a_file(local_file(posting), POSTING_HINT) if posting else default_posting()
    outputs = [("--output", output), ("--junit", junit), ("--stats", stats)]
    refuse_overwriting_inputs(outputs, [("posting", posting_path), ("--config file", config)])
    if not source_is_url:
        refuse_overwriting_screened(outputs, Path(folder), glob)
    from jobmatch import __version__

    as_of_date = parse_as_of(as_of) or dt.date.today()
    cache_path: Path | None = None
    from jobmatch.resources import rules_version

    version = f"{__version__}:{load_taxonomy().version}:{rules_version()}:{as_of_date}:{redact}"
    checked = None
    if not no_cache and engine is Engine.local:
        # Checked (and rebuilt if corrupt) once here; the workers then read and write it.
        warn = lambda message: stderr.print(f"[yellow]warning:[/yellow] {escape(message)}", soft_wrap=True)  # noqa: E731
        checked = ResumeCache(cache_dir or default_cache_dir(), warn)
        if checked.connection is not None:
            cache_path = cache_dir or default_cache_dir()
    job_posting = _cached_posting(posting_path, checked, version)
    settle_heap()  # before the workers fork
    if checked is not None:
        checked.close()
    options = ScreenOptions(
        posting=require_requirements(job_posting),
        config=load_config(config),
        as_of=as_of_date,
        redact=redact,
        max_bytes=int(max_size * MB),
        timeout=timeout,
        cache_dir=str(cache_path) if cache_path else None,
        cache_version=version,
        reports=shortlist_format in (ShortlistFormat.json, ShortlistFormat.html),
    )
    unlisted: list = []  # subfolders that cannot be listed: skipped rows
    if source_is_url:
        from jobmatch.engines import list_source

        paths: list[Path] | list[str] = list_source(folder, glob)  # URLs: read by the workers
    else:
        paths, unlisted = walk_folder(Path(folder), glob)
    if not paths and not unlisted:
        stderr.print(
            f"no files under {escape(folder)}" + (f" match {escape(repr(glob))}" if glob else ""),
            highlight=False,
        )
    jobs = jobs or os.cpu_count() or 1
    from contextlib import nullcontext

    if engine is Engine.dask:
        from jobmatch.engines import DaskEngine

        engine_context = DaskEngine(scheduler, jobs)
    else:
        engine_context = nullcontext(lambda p, o: run_local(p, o, jobs))
    spool = ReportSpool()
    with spool, engine_context as executor:
        if engine is Engine.dask:
            jobs = executor.threads
            stderr.print(executor.describe(), highlight=False)
        done: list = []  # rows so far, kept if the run is interrupted

        def keep(on_row: Callable) -> Callable:
            return lambda row: (done.append(row), on_row(row), _raise_if_signalled())

        started = time.perf_counter()
        interrupted, exit_code = False, INTERRUPTED
        try:
            rows, statistics = _with_progress(
                len(paths) + len(unlisted),
                lambda on_row: run_screen(paths, options, executor, keep(on_row), spool, unlisted),
            )
        except KeyboardInterrupt as interrupt:
            # Ctrl-C (or SIGTERM/SIGHUP): what was parsed is already cached; write what was
            # scored, then stop.
            from jobmatch.batch import ScreenStats

            interrupted, rows, exit_code = True, done, _exit_code(interrupt)
            statistics = ScreenStats(
                files=len(paths) + len(unlisted),
                jobs=jobs,
                seconds=time.perf_counter() - started,
                interrupted=True,
            )
            for row in done:
                statistics.add(row)
            stderr.print(
                f"interrupted after {len(done)} of {len(paths) + len(unlisted)} file(s)", highlight=False
            )
        _finish_screen(
            rows,
            statistics,
            spool,
            options,
            folder,
            output,
            stats,
            junit,
            top,
            min_score,
            redact,
            verbose and not interrupted,
            len(rows) if interrupted else len(paths) + len(unlisted),
            jobs,
        )
        if interrupted:
            raise typer.Exit(exit_code)
        _raise_if_signalled()  # one that came as the last file finished: all is written, yet it stops
    if statistics.failed:  # reports jobmatch wrote into the folder are no failed files
        raise typer.Exit(EXIT_SKIPPED)


def _cached_posting(path: Path, cache: ResumeCache | None, version: str) -> Posting:
    """The extracted posting, from the cache when this exact file was extracted before."""
    from jobmatch.cache import content_key
    from jobmatch.files import read_regular_file
    from jobmatch.loaders import MAX_FILE_BYTES
    from jobmatch.safe_text import display_name

    key = None
    if cache is not None and cache.connection is not None and path.is_file():
        data = read_regular_file(path, MAX_FILE_BYTES)
        key = content_key(data, version + ":posting:" + display_name(str(path.resolve())))
        found = cache.get_posting(key)
        if found is not None:
            return found
    extracted = extract_isolated(path, POSTING_TIMEOUT, in_child=False)
    if key is not None and cache is not None:
        cache.put_posting(key, extracted)
    return extracted


def _finish_screen(
    rows: list,
    statistics: ScreenStats,
    spool: ReportSpool,
    options: ScreenOptions,
    folder: str,
    output: Path | None,
    stats: Path | None,
    junit: Path | None,
    top: int,
    min_score: int | None,
    redact: bool,
    verbose: bool,
    total: int,
    jobs: int,
) -> None:
    """Rank, print and write what a screening run produced."""
    from jobmatch.batch import rank
    from jobmatch.render import print_shortlist

    statistics.jobs = jobs
    ranked, skipped_rows = rank(rows)
    if redact:  # file names often carry the candidate's name: show the same ids as the reports
        from dataclasses import replace

        from jobmatch.resume import pseudonym
        from jobmatch.safe_text import display_name

        unnamed = [row for row in ranked if row.unnamed]
        ranked = [
            replace(
                row,
                path=pseudonym(display_name(row.path)),
                duplicates=tuple(pseudonym(display_name(p)) for p in row.duplicates),
            )
            for row in ranked
        ]
        skipped_rows = [replace(row, path=pseudonym(display_name(row.path))) for row in skipped_rows]
        spool.where = {pseudonym(display_name(path)): where for path, where in spool.where.items()}
        if unnamed:
            stderr.print(
                f"[yellow]warning:[/yellow] --redact found no candidate name in {len(unnamed)} résumé(s), "
                "so none was hidden in them (a name in lower case, say); their reports may still name "
                "the candidate: "
                + escape(", ".join(pseudonym(display_name(row.path)) for row in unnamed[:10]))
                + (" ..." if len(unnamed) > 10 else ""),
                highlight=False,
                soft_wrap=True,
            )
    # Files first: a reader that stops early (| head) must not cost the shortlist.
    if output is not None:
        with _writing(output):
            _write_shortlist(
                output, ranked, skipped_rows, options.posting, str(folder), redact, statistics, spool.report
            )
    if stats is not None:
        with _writing(stats):
            stats.write_text(json.dumps(statistics.as_dict(), indent=2), encoding="utf-8")
    eligible = [r for r in ranked if min_score is None or (r.score or 0) >= min_score]
    print_shortlist(
        eligible[:top],
        skipped_rows[:top],
        stdout,
        root=str(folder),
        redact=redact,
        scored=len(ranked),
        skipped_total=len(skipped_rows),
        min_score=min_score,
        best_score=ranked[0].score if ranked else None,
    )
    _say_what_is_shown(len(ranked), len(eligible), len(skipped_rows), top, min_score)
    if output is not None:
        stderr.print(f"wrote {output}", highlight=False)
    if verbose:
        stderr.print_json(data=statistics.as_dict())
    reports = f" ({statistics.own_reports} of them written by jobmatch)" if statistics.own_reports else ""
    stderr.print(
        f"screened {total} file(s): {statistics.scored} scored, {statistics.skipped} skipped{reports} "
        f"in {statistics.seconds:.1f} s (parsed {statistics.parsed}, cache hits {statistics.cache_hits})",
        highlight=False,
    )
    if junit is not None:
        from jobmatch.junit import screen_cases, write_junit

        in_order = sorted(ranked + skipped_rows, key=lambda row: row.path)
        write_junit(junit, f"jobmatch screen {folder}", screen_cases(in_order, min_score, str(folder)))
        stderr.print(f"wrote {junit}", highlight=False)


def _say_what_is_shown(scored: int, eligible: int, skipped: int, top: int, min_score: int | None) -> None:
    """One line on stderr when the tables leave rows out: how many of each, and why."""
    shown = []
    hints = []
    if min(top, eligible) < scored:
        ranked = f"the best {min(top, eligible)} of {scored} ranked"
        if eligible < scored:
            ranked += f" ({scored - eligible} scored below --min-score {min_score})"
        shown.append(ranked)
        hints.append("--top N shows more" if eligible > top else "a lower --min-score shows more")
    if skipped > top:
        shown.append(f"{top} of {skipped} skipped")
        if "--top N shows more" not in hints:
            hints.append("--top N shows more")
    if shown:
        stderr.print(
            f"showing {' and '.join(shown)}; {', '.join([*hints, '--output FILE lists all'])}",
            highlight=False,
            soft_wrap=True,
        )


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """An output file that cannot be written (a full disk, no permission) is a one-line error
    (exit 2, like --junit), never a traceback."""
    try:
        yield
    except OSError as error:
        raise JobmatchError(f"{path}: cannot write: {error.strerror or error}") from None


def _with_progress(total: int, work: Callable[[Callable[[object], None]], R]) -> R:
    """Run ``work`` with a progress bar on stderr (hidden when stderr is not a terminal)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn("screening"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]} files/s"),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
    ) as progress:
        task = progress.add_task("screen", total=total, rate="–")
        started = time.perf_counter()

        def advance(_: object) -> None:
            progress.advance(task)
            done = progress.tasks[0].completed
            progress.update(task, rate=f"{done / max(time.perf_counter() - started, 1e-6):.0f}")

        return work(advance)


def _write_shortlist(
    output: Path,
    ranked: list,
    skipped: list,
    posting: Posting,
    root: str,
    redact: bool,
    statistics: ScreenStats,
    report_of: Callable,
) -> None:
    from jobmatch.render import shortlist_csv, shortlist_html, shortlist_markdown, write_shortlist_json

    written = SHORTLIST_SUFFIXES[output.suffix.lower()]  # checked before any work
    with output.open("w", encoding="utf-8", newline="" if written is ShortlistFormat.csv else None) as handle:
        if written is ShortlistFormat.csv:
            handle.write(shortlist_csv(ranked, skipped, posting, root))
        elif written is ShortlistFormat.json:
            write_shortlist_json(handle, ranked, skipped, posting, report_of, statistics.as_dict())
        elif written is ShortlistFormat.markdown:
            handle.write(shortlist_markdown(ranked, skipped, posting, root, redact))
        else:
            handle.write(shortlist_html(ranked, skipped, posting, root, redact, report_of))


@app.command(cls=_Command)
@cli_errors
def check(
    expectations: Annotated[
        Path,
        typer.Argument(
            metavar="EXPECTATIONS",
            help="YAML file of cases: a résumé, a posting and the expected outcome.",
            show_default=False,
        ),
    ],
    junit: JUnitOption = None,
    config: ConfigOption = None,
) -> None:
    """Check example résumés against postings: fail CI when a change moves a score the wrong way.

    The file holds a list of [cyan]cases[/cyan], each with [cyan]name[/cyan] and [cyan]resume[/cyan]
    and any of [cyan]posting[/cyan] (default: the bundled one), [cyan]min_score[/cyan],
    [cyan]max_score[/cyan], [cyan]meets_minimum[/cyan], [cyan]must_meet[/cyan] and
    [cyan]must_miss[/cyan] (substrings of requirement texts); an optional top-level
    [cyan]as_of: YYYY-MM-DD[/cyan] pins "Present". Paths are relative to the file (README, CI).

    Every case runs. Exit codes: 0 all passed, 1 a case failed, 2 the file is invalid,
    3 a case's résumé or posting (or the file) cannot be read.

    Example: [cyan]jobmatch check expectations.yaml --junit report.xml[/cyan]
    """
    from jobmatch.checks import ERROR, FAILED, load_expectations, print_results, run_expectations
    from jobmatch.config import load_config
    from jobmatch.loaders import FILE_URL_NOT_FETCHED
    from jobmatch.pipeline import get_pipeline

    check_output(junit, "--junit")
    started = time.perf_counter()
    loaded = load_expectations(local_file(expectations, FILE_URL_NOT_FETCHED))
    refuse_overwriting_inputs(
        [("--junit", junit)],
        [
            ("expectations file", expectations),
            ("--config file", config),
            *((f"résumé of case {case.name!r}", case.resume) for case in loaded.cases),
            *((f"posting of case {case.name!r}", case.posting) for case in loaded.cases),
        ],
    )
    get_pipeline()
    settle_heap()
    results = run_expectations(loaded, load_config(config))
    print_results(results, stdout)
    if junit is not None:
        from jobmatch.junit import check_cases, write_junit

        write_junit(junit, f"jobmatch check {expectations.name}", check_cases(results))
        stderr.print(f"wrote {junit}", highlight=False)
    failed = sum(r.status == FAILED for r in results)
    errors = sum(r.status == ERROR for r in results)
    for result in results:
        if result.status == ERROR:
            stderr.print(
                f"[bold red]jobmatch: error:[/bold red] case {escape(repr(result.case.name))}: "
                f"{escape('; '.join(result.failures))}",
                highlight=False,
                soft_wrap=True,
            )
    stderr.print(
        f"check {expectations}: {len(results)} case(s), {len(results) - failed - errors} passed, "
        f"{failed} failed, {errors} error(s) in {time.perf_counter() - started:.1f} s",
        highlight=False,
    )
    if errors:
        raise typer.Exit(EXIT_UNREADABLE)
    if failed:
        raise typer.Exit(EXIT_BELOW_THRESHOLD)


@app.command(cls=_Command)
@cli_errors
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the [cyan]score --format json[/cyan] report.

    The report's [cyan]schema_version[/cyan] is a const in the schema; it changes whenever the
    report's shape does.

    Example: [cyan]jobmatch schema > jobmatch-score.schema.json[/cyan]
    """
    from jobmatch.schema import schema_json

    typer.echo(schema_json())


@taxonomy_app.command("check", cls=_Command)
@cli_errors
def taxonomy_check() -> None:
    """Validate every rule file: unknown keys, duplicate ids or aliases, broken patterns.

    Messages name the file and the entry. Exit code 0 when all is well, 2 otherwise.
    """
    from jobmatch.cues import PHRASE_FAMILIES, ambiguity_rules, any_of_cues, cue_set
    from jobmatch.extract import page_vocabulary
    from jobmatch.facts import credential_vocabulary, facts_vocabulary
    from jobmatch.fields import field_vocabulary
    from jobmatch.languages import language_vocabulary
    from jobmatch.match.credential import parts_passed
    from jobmatch.phrases import degree_vocabulary, experience_cue, years_patterns
    from jobmatch.pipeline import build_pipeline
    from jobmatch.sections import KINDS, vocabulary
    from jobmatch.taxonomy import check_taxonomy
    from jobmatch.terms import people_with_a_condition, same_meaning, term_vocabulary

    taxonomy, problems = check_taxonomy()
    loaders = (
        [lambda f=f: cue_set(f) for f in PHRASE_FAMILIES]
        + [
            ambiguity_rules,
            any_of_cues,
            degree_vocabulary,
            years_patterns,
            experience_cue,
            field_vocabulary,
            language_vocabulary,
            facts_vocabulary,
            credential_vocabulary,
            page_vocabulary,
            term_vocabulary,
            same_meaning,
            parts_passed,
            people_with_a_condition,
        ]
        + [lambda k=k: vocabulary(k) for k in KINDS]
    )
    for load in loaders:
        try:
            load()
        except DataError as error:
            problems.append(str(error))
    if taxonomy is not None and not problems:
        try:
            build_pipeline(taxonomy)
        except Exception as error:  # a pattern spaCy rejects
            problems.append(f"taxonomy: spaCy rejected a pattern: {error}")
    for problem in problems:
        stderr.print(f"[red]✗[/red] {escape(problem)}", highlight=False, soft_wrap=True)
    if problems:
        raise typer.Exit(EXIT_USAGE)
    assert taxonomy is not None
    concepts = len(taxonomy.concepts)
    aliases = sum(len(s.plain_aliases) + len(s.ambiguous_aliases) for s in taxonomy.skills.values())
    stdout.print(
        f"[green]✓[/green] taxonomy {taxonomy.version}: {len(taxonomy.skills)} skills, "
        f"{aliases} aliases, {concepts} concepts; all rule files valid",
        highlight=False,
        soft_wrap=True,
    )


def settle_heap() -> None:
    """Resume the garbage collector, paused by :func:`main`, once the long-lived objects are loaded.

    Loading spaCy, the taxonomy and the pipeline makes about a million objects that live as long
    as the process; with the collector running, it scans them again and again as they pile up
    (about 0.3 s of a 1 s start). ``gc.freeze`` then moves them out of its sight for good, which
    also keeps forked workers from writing to (and so copying) the pages they share."""
    gc.freeze()
    gc.enable()


def main() -> None:
    """Console entry point. Commands that go on working after loading call :func:`settle_heap`;
    one-document commands (score, extract) end soon enough to leave the collector paused."""
    import signal

    _MAIN_PID[:] = [os.getpid()]
    sys.unraisablehook = _drop_swallowed_termination
    for signum in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if signum is not None:
            signal.signal(signum, _terminate)
    gc.disable()
    try:
        app()
    finally:
        gc.freeze()  # spares interpreter shutdown a full collection over every object (~0.2 s)
