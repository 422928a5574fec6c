"""The ``searchidx`` command: a thin click layer over the library."""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

import click
from click.core import ParameterSource

from . import render
from .documents import Document
from .engine.limits import DEFAULT_TIMEOUT_S
from .errors import (
    IngestError,
    QueryTimeoutError,
    SearchidxError,
)
from .facets import FACET_FIELDS
from .index import AddReport, Index, collect_files
from .search import SORTS, Results, parse_date_bound

DEFAULT_INDEX = "index"


class _UsageError(click.UsageError):
    """A usage error told as one ``Error: ...`` line, like ours, with where
    to read about the command (click prints its usage block first)."""

    points_to_help = True

    def show(self, file=None) -> None:
        message = self.format_message()
        if self.ctx is not None and self.points_to_help:
            stop = "" if message.endswith((".", "?", "!")) else "."
            message += f"{stop} See: {self.ctx.command_path} --help"
        click.echo(f"Error: {message}", file=file, err=file is None)


def _one_line(error: click.UsageError, fix: str | None = None) -> _UsageError:
    """Return ``error`` as one line; with ``fix``, that replaces the help pointer."""
    one = _UsageError(fix or error.format_message(), error.ctx)
    one.exit_code = error.exit_code
    one.points_to_help = fix is None
    return one


_FORMER_COMMANDS = {"show": "get"}
# The libraries ingest reads pages with, whose log lines only --debug shows.
_QUIET_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext")


class _Group(click.Group):
    """Turns every library error into one ``Error: ...`` line, exit status 1,
    and click's usage errors into one such line too, exit status 2."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.exceptions.NoArgsIsHelpError:
            raise  # `searchidx` alone prints the help
        except click.UsageError as error:
            if isinstance(error, _UsageError):
                raise
            raise _one_line(error) from None

    def get_command(self, ctx: click.Context, cmd_name: str):
        # Former names, kept working (CHANGELOG.md); `--help` lists the new.
        return super().get_command(ctx, _FORMER_COMMANDS.get(cmd_name, cmd_name))

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except _UsageError:
            raise
        except click.UsageError as error:
            raise _one_line(error) from None
        except SearchidxError as error:
            # A file name or query can carry terminal control characters too.
            raise click.ClickException(render.safe(str(error))) from error
        except (
            click.ClickException,
            click.exceptions.Exit,
            click.Abort,
            KeyboardInterrupt,
        ):
            raise
        except BrokenPipeError:
            # The reader had enough (`searchidx query ... | head`): that is
            # success, not an error. Point stdout at devnull so Python's final
            # flush does not fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(0)
        except ImportError as error:
            # A dependency missing or broken in this environment (a package
            # split out of another, an install cut short): say which.
            if ctx.obj and ctx.obj.get("debug"):
                raise
            reason = " ".join(str(error).split())
            what = f"cannot import {error.name} ({reason})" if error.name else reason
            raise click.ClickException(
                f"{what}: a package searchidx needs is missing or broken; "
                "reinstall searchidx with its dependencies"
            ) from error
        except Exception as error:  # last resort: never show a traceback
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise click.ClickException(
                f"internal error ({type(error).__name__}: {error}); rerun with --debug for details"
            ) from error


def _set_index_path(ctx: click.Context, _param, value: Path | None) -> None:
    """Let ``--index`` given after the command win over the group's."""
    if value is not None:
        ctx.obj["index_path"] = value
        ctx.obj["is_default_index"] = False


class _Command(click.Command):
    """A command that takes ``--index`` after its name too (unless
    ``uses_index=False``): users type the command first and the options after."""

    def __init__(self, *args, uses_index: bool = True, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if uses_index:
            self.params.append(
                click.Option(
                    ["--index", "index_path"],
                    type=click.Path(path_type=Path),
                    expose_value=False,
                    callback=_set_index_path,
                    help="Index folder (also accepted before the command; "
                    "env SEARCHIDX_INDEX).",
                )
            )

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, list(args))
        except click.UsageError as error:
            raise _one_line(error, _with_hint(self, ctx, args, error)) from None


def _with_hint(
    command: click.Command, ctx: click.Context, args: list[str], error: Exception
) -> str | None:
    """Return the error's message with the fix when an argument starts with
    '-', or None when there is no fix to give."""
    message = error.format_message()
    names = {
        name: param
        for param in command.params
        if isinstance(param, click.Option)
        for name in (*param.opts, *param.secondary_opts)
    }
    if isinstance(error, click.NoSuchOption) and not error.option_name.startswith("--"):
        # "-drill exercise" read as the short options -d, -r, ...
        words = [a for a in args if a.startswith(error.option_name) and a != "--"]
        if words:
            rest = [a for a in args if a not in words and a != "--"]
            fixed = shlex.join([*rest, "--", *words])
            return (
                f"{message} An argument starting with '-' goes after --: "
                f"{ctx.command_path} {fixed}"
            )
    if "--" in args and message.startswith("Got unexpected extra argument"):
        # `query -- "-drill" --limit 2`: all after -- is arguments.
        cut = args.index("--")
        before, after, moved = args[:cut], [], []
        tail = iter(args[cut + 1 :])
        for arg in tail:
            option = names.get(arg)
            if option is None:
                after.append(arg)
            else:
                moved.append(arg)
                if not option.is_flag and not option.count:
                    moved.append(next(tail, ""))
        if moved:
            fixed = shlex.join([*before, *moved, "--", *after])
            return (
                f"{message}: all after -- is taken as arguments, so options go "
                f"before it: {ctx.command_path} {fixed}"
            )
    return None


_Group.command_class = _Command


class _DateBound(click.ParamType):
    """YYYY, YYYY-MM or YYYY-MM-DD, as the first (or last) day it covers."""

    name = "YYYY[-MM[-DD]]"

    def __init__(self, *, start: bool) -> None:
        self.start = start

    def convert(self, value, param, ctx) -> date:
        if isinstance(value, date):
            return value
        try:
            return parse_date_bound(str(value), start=self.start)
        except ValueError as error:
            self.fail(str(error), param, ctx)


def _bundled_corpus() -> Path:
    """Return the sample corpus shipped with the package (or the source tree's)."""
    installed = Path(__file__).parent / "corpus"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "corpus"


def _print_version(ctx: click.Context) -> None:
    # Read when asked for, not at import (importlib.metadata is slow to
    # import, and every command would pay for it), and "0.0.0+source" in a
    # never-installed checkout, where click's own version_option stops with
    # an error.
    from . import __version__

    click.echo(f"searchidx, version {__version__}")
    ctx.exit()


@click.group(
    name="searchidx",
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--index",
    "index_path",
    envvar="SEARCHIDX_INDEX",
    default=DEFAULT_INDEX,
    show_default=True,
    type=click.Path(path_type=Path),
    help="Index folder (env SEARCHIDX_INDEX).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
@click.option(
    "--scheduler",
    envvar="SEARCHIDX_SCHEDULER",
    metavar="ADDRESS",
    help="A sharded index's Dask scheduler, e.g. tcp://host:8786 "
    "(env SEARCHIDX_SCHEDULER); default: this machine.",
)
@click.option(
    "--all-shards",
    is_flag=True,
    help="Fail when a shard of a sharded index cannot answer, "
    "instead of showing the others' hits.",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx) if value else None,
    help="Show the version and exit.",
)
@click.pass_context
def cli(
    ctx: click.Context,
    index_path: Path,
    debug: bool,
    scheduler: str | None,
    all_shards: bool,
) -> None:
    """Full-text search for press releases.

    \b
    Example:
      searchidx query "multilateral exercise"
      searchidx index ~/releases/
    """
    # Errors and warnings reach the user as the CLI's own one-line messages
    # (a shard that did not answer: "warning: partial results: ..."); the
    # libraries' log lines only with --debug.
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.ERROR, stream=sys.stderr
    )
    for name in _QUIET_LIBRARIES:
        # Their errors on a page they cannot parse ("parsed tree length: 0")
        # are ours to tell, as the file's one line. Not by their level:
        # trafilatura sets htmldate's when it is imported.
        library = logging.getLogger(name)
        library.propagate = debug
        if not library.handlers:
            library.addHandler(logging.NullHandler())  # else logging's last resort
    is_default = ctx.get_parameter_source("index_path") == ParameterSource.DEFAULT
    ctx.obj = {
        "index_path": index_path,
        "is_default_index": is_default,
        "debug": debug,
        "scheduler": scheduler,
        "all_shards": all_shards,
    }


def _open_index(
    ctx: click.Context,
    *,
    create: bool = False,
    shards: int | None = None,
    processes: int | None = None,
):
    """Open the index at --index: a sharded one through searchidx.cluster."""
    from .cluster.layout import is_sharded

    path: Path = ctx.obj["index_path"]
    if shards is None and not is_sharded(path):
        return Index.open(path, create=create)
    from .cluster import ShardedIndex

    return ShardedIndex.open(
        path,
        create=create,
        shards=shards,
        scheduler=ctx.obj["scheduler"],
        processes=processes,
        allow_partial=not ctx.obj["all_shards"],
    )


def _is_empty(path: Path) -> bool:
    with Index.open(path) as index:
        return len(index) == 0


def _warn_if_partial(ctx, answer) -> None:
    """Say which shards of a sharded index did not answer (results or stats)."""
    failed_shards = getattr(answer, "failed_shards", ())
    if failed_shards:
        click.echo(
            f"warning: partial results: {', '.join(failed_shards)} of "
            f"{ctx.obj['index_path']}/ did not answer",
            err=True,
        )


def _open_for_reading(ctx: click.Context) -> Index:
    """Open the index; the default one is built from the bundled corpus on first use."""
    path: Path = ctx.obj["index_path"]
    # An empty default index is what an interrupted first build leaves: build again.
    if ctx.obj["is_default_index"] and (not Index.exists(path) or _is_empty(path)):
        corpus = _bundled_corpus()
        click.echo(
            f"No index at {path}/ yet: building it from the bundled corpus ({corpus})...",
            err=True,
        )
        index = Index.open(path, create=True)
        report = index.add_files([corpus])
        for error in report.failed:
            click.echo(f"skipped {render.safe(str(error))}", err=True)
        return index
    return _open_index(ctx)


class _FieldList(click.ParamType):
    """A comma-separated list of hit fields: title,date,source,snippet."""

    name = "FIELD,..."

    def convert(self, value, param, ctx) -> tuple[str, ...]:
        if isinstance(value, tuple):
            return value
        fields = tuple(f.strip() for f in str(value).split(",") if f.strip())
        unknown = [f for f in fields if f not in render.ACCEPTED_FIELDS]
        if unknown or not fields:
            self.fail(
                f"{unknown[0] if unknown else value!r} is not a field; "
                f"choose from {', '.join(render.HIT_FIELDS)}",
                param,
                ctx,
            )
        return fields


@cli.command()
@click.argument("query_text", metavar="QUERY")
@click.option(
    "--limit",
    default=10,
    show_default=True,
    type=click.IntRange(min=1),
    help="Hits per page.",
)
@click.option(
    "--page",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Page of hits to show.",
)
@click.option(
    "--since", type=_DateBound(start=True), help="Only releases dated on or after this."
)
@click.option(
    "--until",
    type=_DateBound(start=False),
    help="Only releases dated on or before this.",
)
@click.option(
    "--source",
    "sources",
    multiple=True,
    help="Only releases from this source (repeatable).",
)
@click.option(
    "--tag", "tags", multiple=True, help="Only releases with this tag (repeatable)."
)
@click.option(
    "--sort",
    type=click.Choice(SORTS),
    default="relevance",
    show_default=True,
    help="Best match first, or by date; by date, plain words must all be in a release.",
)
@click.option(
    "--fields",
    type=_FieldList(),
    help="What to print per hit, in the order given, comma-separated: "
    f"{', '.join(render.HIT_FIELDS)}. [default: "
    f"{', '.join(render.DEFAULT_FIELDS)}; all of them with --json]",
)
@click.option(
    "--facets/--no-facets",
    default=True,
    show_default=True,
    help="Counts by year (months within a year), source and tag under the hits.",
)
@click.option(
    "--fold/--no-fold",
    default=True,
    show_default=True,
    help="Show copies of one release (other sites, small edits) once.",
)
@click.option(
    "--correct/--no-correct",
    default=True,
    show_default=True,
    help="When the query finds nothing and a spelling correction does, show "
    "the correction's hits (and say so).",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="One JSON object per hit per line, then one with totals and facets.",
)
@click.option(
    "--color/--no-color", default=None, help="Force or disable highlighting colours."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT_S,
    show_default=True,
    help="Seconds a search may run before it is stopped.",
)
@click.pass_context
def query(
    ctx,
    query_text,
    limit,
    page,
    since,
    until,
    sources,
    tags,
    sort,
    fields,
    facets,
    fold,
    correct,
    as_json,
    color,
    timeout,
) -> None:
    """Search the index and print ranked hits with highlighted snippets.

    Plain words rank releases containing most of them first (with --sort
    newest or oldest, releases containing all of them); query syntax is
    honoured when used: "exact phrase", AND / OR / NOT, -word, title:word,
    source:..., tags:..., date:2024-03, wildcards (exerc*). Under the hits come
    counts by year, source and tag over the whole result set, and a "did you
    mean" line when a word is not in the index.

    \b
    Example:
      searchidx query "multilateral exercise" --since 2023 --limit 5
      searchidx query "joint exercise" --fields title,date,url --no-facets
    """
    with _open_for_reading(ctx) as index, _hint_at_timeout():
        results = index.search(
            query_text,
            since=since,
            until=until,
            sources=sources,
            tags=tags,
            sort=sort,
            limit=limit,
            page=page,
            facets=FACET_FIELDS if facets or as_json else (),
            fold=fold,
            timeout=timeout,
            correct=correct,
        )
    results = replace(results, facets=render.facets_to_show(results.facets))
    fields = fields or (render.HIT_FIELDS if as_json else render.DEFAULT_FIELDS)
    _warn_if_partial(ctx, results)
    if as_json:
        for hit in results.hits:
            click.echo(render.json_line(render.hit_json(hit, fields)))
        click.echo(render.json_line(render.summary_json(results)))
        if results.corrected_from is not None:
            click.echo(render.correction_line(results), err=True)
    else:
        if results.corrected_from is not None:
            for line in render.wrap(render.correction_line(results), _output_width()):
                click.echo(line)
            click.echo()
        _echo_results(results, fields, facets, color)
    click.echo(render.summary_line(results), err=True)


def _output_width() -> int | None:
    """Return the width to wrap hits to: the terminal's, or $COLUMNS when
    stdout is piped and it is set; None (no wrapping) otherwise, so that
    grep and scripts see a snippet on one line."""
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() else None


def _echo_results(results: Results, fields, show_facets: bool, color) -> None:
    width = _output_width()
    for hit in results.hits:
        for line in render.hit_lines(hit, fields, click.style, width):
            click.echo(line, color=color)
        click.echo()
    if results.suggestion:
        click.echo(
            "Did you mean: " + click.style(render.safe(results.suggestion), bold=True),
            color=color,
        )
    if show_facets and results.hits:
        for line in render.facet_lines(results.facets, click.style):
            click.echo(line, color=color)


@cli.command()
@click.argument("doc_id", metavar="ID")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the document as one JSON object."
)
@click.pass_context
def get(ctx, doc_id: str, as_json: bool) -> None:
    """Print one document whole: every field, then the body (alias: show).

    \b
    Example:
      searchidx get https://www.pacjointcmd.example/news/press-releases/2023/06/12/seven-navies-open-coral-shield-2023
    """
    with _open_for_reading(ctx) as index:
        document = index.get(doc_id)
    if as_json:
        click.echo(render.json_line(render.document_json(document)))
    else:
        for line in render.document_lines(document):
            click.echo(line)


@cli.command()
@click.argument("doc_id", metavar="ID")
@click.option(
    "--limit",
    default=10,
    show_default=True,
    type=click.IntRange(min=1),
    help="How many releases to list.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="One JSON object per hit per line."
)
@click.option("--color/--no-color", default=None, help="Force or disable colours.")
@click.pass_context
def similar(ctx, doc_id: str, limit: int, as_json: bool, color) -> None:
    """List the releases most like document ID (its most distinctive words).

    \b
    Example:
      searchidx similar https://www.pacjointcmd.example/news/press-releases/2023/06/12/seven-navies-open-coral-shield-2023
    """
    with _open_for_reading(ctx) as index:
        results = index.similar(doc_id, limit=limit)
    _warn_if_partial(ctx, results)
    if as_json:
        fields = ("rank", "id", "title", "date", "source", "score", "copies")
        for hit in results.hits:
            click.echo(render.json_line(render.hit_json(hit, fields)))
        click.echo(render.json_line(render.summary_json(results)))
    else:
        _echo_results(results, render.DEFAULT_FIELDS, False, color)
    click.echo(render.summary_line(results), err=True)


# `searchidx index` exit statuses; see its --help.
EXIT_SKIPPED_STRICT = 3


# A long run of `searchidx index` commits this often: killed after an hour,
# it loses at most this much work, at the cost of a commit (and the merge of
# small segments it may start) a minute.
COMMIT_EVERY_S = 60.0


@cli.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option(
    "--wait",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=0),
    help="Seconds to wait for another process's write to finish.",
)
@click.option(
    "--field-map",
    "--map",
    "field_map",
    multiple=True,
    metavar="FIELD=KEY",
    callback=lambda ctx, param, value: _parse_field_map(value),
    help="Read FIELD from KEY in JSON exports (repeatable), e.g. "
    "--field-map title=headline --field-map source=member.name",
)
@click.option(
    "--prune",
    is_flag=True,
    help="Also remove documents whose file under PATHS is gone.",
)
@click.option(
    "--strict",
    is_flag=True,
    help=f"Exit with status {EXIT_SKIPPED_STRICT} when any input was "
    "skipped (the rest is still indexed).",
)
@click.option(
    "--commit-every",
    default=COMMIT_EVERY_S,
    show_default=True,
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Commit what is written at least this often, so that a run "
    "killed later keeps it and a re-run does only the rest.",
)
@click.option(
    "--shards",
    type=click.IntRange(1, 256),
    metavar="N",
    help="Make a new index of N shards, written by worker processes "
    "(or by the cluster of --scheduler).",
)
@click.pass_context
def index_command(
    ctx, paths, quiet, wait, field_map, prune, strict, commit_every, shards
) -> None:
    """Add files or folders (recursively) to the index, creating it if needed.

    Changed files update their documents; unchanged ones are skipped. Bad
    files and records are reported one line each (skipped PATH: reason) and
    the rest are still indexed.

    \b
    Exit status:
      0  done: every input read, or some skipped (listed on stderr)
      1  failed: nothing could be read (every input skipped), or the
         index could not be written (locked, damaged, disk full...)
      2  usage error (a wrong option)
      3  with --strict: done, but some inputs were skipped

    \b
    Example:
      searchidx index corpus/ ~/Downloads/releases/
      searchidx index dump.jsonl.gz --map title=headline --map body=contents
      searchidx --index big/ index --shards 4 ~/releases/
    """
    path: Path = ctx.obj["index_path"]
    # Walk first: a typo in PATH must not leave an empty index behind.
    files, unreadable = collect_files(paths)
    for error in unreadable:
        click.echo(f"skipped {render.safe(str(error))}", err=True)
    from .cluster.layout import is_sharded, read_layout

    count = read_layout(path).shards if is_sharded(path) else shards
    # A sharded index is written by a worker process per shard, up to the cores.
    processes = min(count, os.cpu_count() or 1) if count else None
    with _open_index(ctx, create=True, shards=shards, processes=processes) as index:
        options = dict(
            wait=wait,
            field_map=field_map,
            prune=prune,
            roots=paths,
            on_wait=_waiting_message(path),
            commit_every_seconds=commit_every,
        )
        if quiet:
            report = index.add_files(files, **options)
        else:
            with _IndexProgress(files) as progress:
                report = index.add_files(
                    files,
                    on_file=progress.file_started,
                    on_document=progress.document_read,
                    on_commit=progress.committing,
                    **options,
                )
    for error in report.failed:
        click.echo(f"skipped {render.safe(str(error))}", err=True)
    report = replace(report, failed=(*unreadable, *report.failed))
    click.echo(_add_summary(report, path), err=True)
    read = report.added + report.updated + report.unchanged + report.repeated
    if report.failed and not read:
        ctx.exit(1)  # every input was skipped: nothing a run could be done with
    if report.failed and strict:
        ctx.exit(EXIT_SKIPPED_STRICT)


@cli.command()
@click.argument("ids", nargs=-1, required=True, metavar="ID...")
@click.option(
    "--wait",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=0),
    help="Seconds to wait for another process's write to finish.",
)
@click.pass_context
def remove(ctx, ids, wait) -> None:
    """Remove documents from the index by id (the url, or the id `--json` shows).

    \b
    Example:
      searchidx remove https://www.justice.gov/opa/pr/some-release
    """
    path: Path = ctx.obj["index_path"]
    missing: list[str] = []
    with _open_index(ctx) as index:
        # Which ids exist is decided under the write lock: a run writing now
        # may be adding the very release to remove.
        removed = index.remove(
            dict.fromkeys(ids),
            wait=wait,
            on_wait=_waiting_message(path),
            on_missing=missing.append,
        )
    for doc_id in missing:
        click.echo(f"skipped {doc_id}: no such document in {path}/", err=True)
    click.echo(
        f"removed {removed:,} document{'s' if removed != 1 else ''} from {path}/",
        err=True,
    )
    if missing:
        ctx.exit(1)


@contextmanager
def _hint_at_timeout():
    """Add the command line's way to allow more time to a stopped search."""
    try:
        yield
    except QueryTimeoutError as error:
        raise click.ClickException(f"{error}, or allow more time (--timeout)") from None


def _waiting_message(path: Path):
    """Return an ``on_wait`` callback saying on stderr that we wait for the lock."""

    def on_wait(waited: float, timeout: float) -> None:
        click.echo(
            f"waiting for another process writing to {path}/ to finish "
            f"({waited:.0f} s of {timeout:g} s)...",
            err=True,
        )

    return on_wait


class _IndexProgress:
    """Progress of ``searchidx index`` on stderr: a bar with documents/s and ETA
    on a terminal, one plain line every few seconds when stderr is piped.

    It counts bytes of text (ingest.text_size), not files: one gzip export
    holds thousands of releases and a saved page one, so a count of files
    stalled while the exports went in. Inside a file, the text of each
    document read counts, up to the file's size; the rest when it ends.
    """

    LINE_EVERY_S = 10.0

    def __init__(self, files: list[Path]) -> None:
        from .ingest import text_size  # see index.collect_files

        self.sizes = {file: text_size(file) for file in files}
        self.total = max(sum(self.sizes.values()), 1)
        self.finished = 0  # bytes of the files read whole
        self.file: Path | None = None
        self.in_file = 0  # bytes of the current file's documents so far
        self.documents = 0
        self.is_committing = False
        self.started = time.monotonic()
        self.last_line = self.started
        self.bar = None
        if sys.stderr.isatty():
            self.bar = click.progressbar(
                length=self.total,
                label="Indexing",
                file=sys.stderr,
                show_eta=True,
                item_show_func=lambda _: self._figures(),
            )

    def __enter__(self) -> _IndexProgress:
        if self.bar is not None:
            self.bar.__enter__()
        return self

    def __exit__(self, *exc_info) -> None:
        if self.bar is not None:
            if exc_info[0] is None:
                self.bar.update(self.total - self.bar.pos)  # the last file is done
            self.bar.__exit__(*exc_info)

    def _done(self) -> int:
        return self.finished + min(self.in_file, self.sizes.get(self.file, 0))

    def _figures(self) -> str:
        if self.is_committing:
            return f"{self.documents:,} docs read; writing the index..."
        elapsed = max(time.monotonic() - self.started, 1e-6)
        return (
            f"{self._done() / 1e6:,.1f} of {self.total / 1e6:,.1f} MB, "
            f"{self.documents:,} docs, {self.documents / elapsed:,.0f} docs/s"
        )

    def file_started(self, file: Path) -> None:
        if self.file is not None:
            self.finished += self.sizes.get(self.file, 0)
        self.file, self.in_file = file, 0
        self._show()

    def committing(self) -> None:
        # Every file is read; the commit that follows is not counted in
        # bytes, so the bar says what it waits for instead of an ETA of 0.
        self.is_committing = True
        self.finished, self.file = self.total, None
        if self.bar is not None:
            self.bar.show_eta = False
        self.last_line = 0.0  # say it now when stderr is piped
        self._show()

    def document_read(self, document: Document) -> None:
        self.documents += 1
        self.in_file += len(document.title) + len(document.body)
        if self.documents % 100 == 0:
            self._show()

    def _show(self) -> None:
        if self.bar is not None:
            self.bar.update(max(self._done() - self.bar.pos, 0))
            return
        now = time.monotonic()
        if now - self.last_line >= self.LINE_EVERY_S:
            self.last_line = now
            click.echo(
                f"indexing: {min(self._done() / self.total, 1):.0%} "
                f"({self._figures()})",
                err=True,
            )


def _parse_field_map(pairs: tuple[str, ...]) -> dict[str, str]:
    """Turn ``("title=headline", ...)`` into ``{"title": "headline"}``; exit 2 if bad."""
    from .ingest.json_exports import check_field_map  # see index.collect_files

    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, key = pair.partition("=")
        if not sep:
            raise click.BadParameter(
                f"{pair!r} is not FIELD=KEY", param_hint="--field-map"
            )
        if field.strip() in mapping:
            raise click.BadParameter(
                f"{field.strip()!r} is mapped twice ({field.strip()}="
                f"{mapping[field.strip()]} and {pair}); map each field once",
                param_hint="--field-map",
            )
        mapping[field.strip()] = key
    try:
        return check_field_map(mapping)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--field-map") from error


def _add_summary(report: AddReport, path: Path) -> str:
    files = "file" if report.files == 1 else "files"
    return (
        f"{report.files:,} {files} read into {path}/: {report.added:,} new, "
        f"{report.updated:,} updated, {report.unchanged:,} unchanged, "
        f"{report.removed:,} removed, {report.repeated:,} repeated, "
        f"{len(report.failed):,} skipped in {report.elapsed_s:,.1f} s"
    )


@cli.command(uses_index=False)
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON document per line.")
def parse(file: Path, as_json: bool) -> None:
    """Show what the ingester extracts from FILE; nothing is indexed.

    \b
    Example:
      searchidx parse saved-page.html --json
    """
    from .ingest import read_file  # see index.collect_files

    if file.is_dir():
        raise IngestError(file, "is a folder; parse reads one file")
    skipped = []

    def report(error: IngestError) -> None:
        # As `index` does: a bad record is named, the good ones are shown.
        skipped.append(error)
        click.echo(f"skipped {render.safe(str(error))}", err=True)

    for document in read_file(file, on_error=report):
        if as_json:
            click.echo(render.json_line(render.document_json(document)))
        else:
            for line in render.document_lines(document):
                click.echo(line)
            click.echo()
    if skipped:
        raise click.exceptions.Exit(1)


# Sources `stats` lists before "... N more": a screenful, the biggest first.
STATS_SOURCES_SHOWN = 20


@cli.command()
@click.option(
    "--json", "as_json", is_flag=True, help="Print the figures as one JSON object."
)
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    help=f"List every source, not only the {STATS_SOURCES_SHOWN} biggest.",
)
@click.pass_context
def stats(ctx, as_json: bool, show_all: bool) -> None:
    """Show how many documents the index holds, their biggest sources and date range.

    \b
    Example:
      searchidx stats
      searchidx stats --all
    """
    with _open_for_reading(ctx) as index:
        figures = index.stats()
    _warn_if_partial(ctx, figures)
    if as_json:
        data = asdict(figures)
        data["first_date"] = render.iso(figures.first_date)
        data["last_date"] = render.iso(figures.last_date)
        click.echo(render.json_line(data))
        return
    dates = (
        f"{figures.first_date} to {figures.last_date}"
        if figures.first_date
        else "no dates"
    )
    click.echo(f"documents:  {figures.documents:,}")
    click.echo(f"dates:      {dates}")
    click.echo(f"size:       {figures.size_bytes / 1e6:,.1f} MB")
    click.echo(f"sources:    {len(figures.sources):,}")
    counts = list(figures.sources.items())
    shown = counts if show_all else counts[:STATS_SOURCES_SHOWN]
    width = max((len(f"{count:,}") for _, count in shown), default=0)
    for name, count in shown:
        click.echo(f"  {count:>{width},}  {render.safe(name)}")
    if len(shown) < len(counts):
        rest = counts[len(shown) :]
        documents = sum(count for _, count in rest)
        click.echo(
            f"  ... {len(rest):,} more sources with {documents:,} documents "
            "(--all lists them)"
        )


@cli.command()
@click.pass_context
def check(ctx) -> None:
    """Verify the index: every file against its checksum, every document against its hash.

    Each segment file and the table of contents were written with a
    checksum; then every term and document is read back. Exits 1 and lists
    the problems, one line each, when anything is wrong.

    \b
    Example:
      searchidx check
    """
    path: Path = ctx.obj["index_path"]
    with _open_index(ctx) as index:
        report = index.check()
    for problem in report.problems:
        click.echo(f"problem: {render.safe(problem)}", err=True)
    count = len(report.problems)
    status = "ok" if report.is_ok else f"{count:,} problem{'s' if count > 1 else ''}"
    segments = f"{report.segments:,} segment{'s' if report.segments != 1 else ''}"
    click.echo(f"{path}/: {report.documents:,} documents in {segments}: {status}")
    if not report.is_ok:
        ctx.exit(1)


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 opens it to the network.",
)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.pass_context
def serve(ctx, host: str, port: int) -> None:
    """Serve a local search page and JSON API over the index.

    \b
    Example:
      searchidx serve --port 8765
      curl "http://127.0.0.1:8765/api/search?q=multilateral+exercise&limit=3"
    """
    from . import web  # Flask is imported only by the command that needs it

    # The server forks its workers from the process holding the index, and a
    # Dask client does not survive a fork: a sharded index's shards are
    # opened in this process instead of on the cluster.
    ctx.obj["scheduler"] = None
    with _open_for_reading(ctx) as index:
        server = web.make_server(index, host, port)
        click.echo(
            f"Serving searchidx on {web.server_url(server)} (Ctrl-C to stop)", err=True
        )
        server.serve_forever()  # returns on Ctrl-C: werkzeug catches it
    click.echo("stopped", err=True)


def main() -> None:
    """Run the command line (the ``searchidx`` entry point)."""
    cli(prog_name="searchidx")
