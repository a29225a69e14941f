"""The ``kg`` command line: thin click commands around library functions."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.model import ArticleError


class KgError(click.ClickException):
    """An error for the user: printed on stderr without a traceback."""


def _user_error(exc: Exception) -> click.ClickException | None:
    """The click error to show for a library error a user can fix, else None (a bug: traceback)."""
    # Only modules already imported can have raised their errors; this keeps `kg --help` light.
    if isinstance(exc, ArticleError):
        return KgError(str(exc))
    usage = getattr(sys.modules.get("kg.query"), "QueryUsageError", None)
    if usage is not None and isinstance(exc, usage):
        return click.UsageError(str(exc))
    for module, name in (("kg.store", "StoreError"), ("kg.query", "QueryError"),
                         ("kg.show", "ShowError"), ("kg.export", "ExportError"),
                         ("kg.extract.patterns", "RuleError"), ("kg.evaluate", "EvaluateError")):
        kind = getattr(sys.modules.get(module), name, None)
        if kind is not None and isinstance(exc, kind):
            return KgError(str(exc))
    return None


class _Group(click.Group):
    """Commands raise library errors; here they become messages (tracebacks only with --debug)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except click.ClickException:
            raise
        except Exception as exc:
            shown = _user_error(exc)
            if shown is None or (ctx.obj or {}).get("debug"):
                raise
            raise shown from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Build a knowledge graph from business news.

    \b
    Example:
      kg build seeds/ && kg query latest-ceo
    """
    ctx.obj = {"debug": debug}


def _rules_option(func):  # type: ignore[no-untyped-def]
    return click.option("--rules", "rules", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
                        help="A rules file (YAML: relations, macros, lexicon, disable) on top of the "
                             "built-in rules; repeatable.")(func)


_FORMATS = {".trig": "trig", ".nq": "nquads", ".nt": "nt", ".ttl": "turtle", ".jsonld": "json-ld", ".json": "json-ld"}


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here (format from the extension).")
@click.option("-f", "--format", "fmt", type=click.Choice(sorted(set(_FORMATS.values()))), help="RDF format.")
@click.option("--base", default=None, help="Base IRI for minted entities.")
@_rules_option
@click.option("--explain", is_flag=True, help="Print each fact with its rule, confidence and sentence (not RDF).")
def extract(paths: tuple[Path, ...], output: Path | None, fmt: str | None, base: str | None,
            rules: tuple[Path, ...], explain: bool) -> None:
    """Extract articles to RDF without a store (TriG on stdout by default).

    With --explain the explanation goes to stdout and RDF only to -o.

    \b
    Example:
      kg extract seeds/000_a55ab43c6b0c8f50.txt -o out.trig
      kg extract --explain --rules my-rules.yml seeds/
    """
    from kg.api import extract_articles, load_rules
    from kg.iris import Minter
    from kg.rdf import to_dataset

    fmt = fmt or (_FORMATS.get(output.suffix.lower()) if output else None) or "trig"
    extractions, errors = extract_articles(paths, load_rules(rules) if rules else None)
    for err in errors:
        click.echo(f"kg: {err}", err=True)
    if explain:
        from kg.explain import explain as explain_text

        sys.stdout.write(explain_text(extractions))
    if output or not explain:
        data = to_dataset(extractions, Minter(base) if base else None).serialize(format=fmt)
        if output:
            output.write_text(data, encoding="utf-8")
        else:
            sys.stdout.write(data)
    if errors:
        sys.exit(1)


@cli.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--docs", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder holding the gold documents.")
@_rules_option
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), help="Write the figures here.")
@click.option("-v", "--verbose", is_flag=True, help="List every false positive (with its rules) and false negative.")
def evaluate(gold: Path, docs: Path, rules: tuple[Path, ...], json_out: Path | None, verbose: bool) -> None:
    """Score kg's extraction against gold facts, per predicate and per rule.

    Same figures as shared/eval/score.py, computed in-process; the rule
    table (worst precision first) shows which rules make false positives.

    \b
    Example:
      kg evaluate ../shared/eval/gold/seeds.jsonl --docs seeds -v
    """
    import json

    from kg import api
    from kg.evaluate import render_mistakes, render_rules, render_table

    report = api.evaluate(gold, docs, rules=api.load_rules(rules) if rules else None)
    for message in report.failed:
        click.echo(f"kg: {message}", err=True)
    if verbose:
        click.echo(render_mistakes(report), nl=False)
    click.echo(render_rules(report))
    click.echo(render_table(report), nl=False)
    if json_out:
        json_out.write_text(json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8")


@cli.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("graph.html"), show_default=True,
              help="HTML file to write.")
@click.option("--focus", default=None, help="Only this entity (label, alias or IRI) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(0), default=1, show_default=True, help="Steps around --focus.")
@click.option("--max-nodes", type=click.IntRange(0), default=500, show_default=True,
              help="Keep the most connected entities (0: all).")
@click.option("--store", type=click.Path(path_type=Path), default=None, help="Store folder (default: $KG_STORE or .kg/store).")
def view(output: Path, focus: str | None, depth: int, max_nodes: int, store: Path | None) -> None:
    """Draw the graph as an interactive HTML page that works offline.

    \b
    Example:
      kg view -o graph.html --focus "Alibaba Group" --depth 2
    """
    from kg.api import render_view

    try:
        path = render_view(output, store=store, focus=focus, depth=depth, max_nodes=max_nodes or None)
    except ValueError as exc:  # an unknown --focus; the message lists close names
        raise KgError(str(exc)) from None
    click.echo(f"wrote {path}", err=True)


def _store_option(func):  # type: ignore[no-untyped-def]
    return click.option("--store", type=click.Path(file_okay=False, path_type=Path), envvar="KG_STORE",
                        default=Path(".kg/store"), show_default=True,
                        help="Store folder (also from $KG_STORE).")(func)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_store_option
@click.option("--base", default=None, help="Base IRI for minted entities (default https://w3id.org/newskg/id/).")
@_rules_option
@click.option("-j", "--jobs", type=click.IntRange(0), default=1, show_default=True,
              help="Extract in this many worker processes (0: one per CPU); the store is the same either way.")
def build(paths: tuple[Path, ...], store: Path, base: str | None, rules: tuple[Path, ...], jobs: int) -> None:
    """Read, extract and store articles; unchanged ones are skipped.

    PATHS are article files (.txt, .md, .html, .jsonl) or folders. A file
    that cannot be read is reported and the others are still stored; the
    exit code is then 1. Without --rules, a rules.yml in the store folder
    is used; articles already stored unchanged are not re-extracted, so
    rebuild into a new store after changing rules.

    \b
    Example:
      kg build seeds/ --store .kg/store
      kg build archive/ --jobs 0
    """
    from contextlib import nullcontext

    from kg.api import build as run
    from kg.api import load_rules
    from kg.read import iter_files

    ruleset = load_rules(rules) if rules else None  # a bad rules file stops before anything is written
    files = list(iter_files(paths))
    bar = (click.progressbar(length=len(files), label="building", file=sys.stderr)
           if sys.stderr.isatty() else nullcontext())
    with bar as progress:
        result = run(files, store=store, base=base, rules=ruleset, jobs=jobs,
                     on_file=(lambda _path: progress.update(1)) if progress is not None else None)
    for message in result.failed:
        click.echo(f"kg: {message}", err=True)
    click.echo(result.summary(), err=True)
    if result.failed:
        sys.exit(1)


@cli.command()
@click.argument("article")
@_store_option
def remove(article: str, store: Path) -> None:
    """Drop an article's named graph (by article id, IRI or source file).

    Facts only that article stated leave the merged graph; facts another
    article also states stay.

    \b
    Example:
      kg remove seeds/000_a55ab43c6b0c8f50.txt
    """
    from kg.api import remove as run

    for art in run(article, store=store):
        click.echo(f"removed {art.iri} ({art.title or art.source or 'untitled'})", err=True)


@cli.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help='Bind a query parameter: VALUE is a plain literal, <IRI>, nkg:term, "..."^^xsd:date or "..."@en.')
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="How to print SELECT results (ASK prints true/false, CONSTRUCT Turtle).")
@click.option("--list", "list_queries", is_flag=True, help="List the bundled queries and their parameters.")
@_store_option
def query(name: str | None, params: tuple[str, ...], fmt: str, list_queries: bool, store: Path) -> None:
    """Run a bundled query by NAME, or a .rq file, on the merged graph.

    The default graph is the union of all articles' graphs (use GRAPH ?g
    to see which article states what); write SELECT DISTINCT, since a
    triple that two articles state is matched once per article.

    \b
    Example:
      kg query executives --param org="Alibaba Group"
      kg query --list
    """
    from kg import api
    from kg.query import parse_params, render

    if list_queries:
        for found in api.queries().values():
            args = " ".join(f"--param {p}=..." for p in found.params)
            click.echo(f"{found.name} {args}".rstrip() + f"\n    {found.description}")
        return
    if not name:
        raise click.UsageError("give a query NAME or .rq file (kg query --list shows the bundled ones)")
    result = api.sparql(name, parse_params(params), store=store)
    click.echo(render(result, fmt), nl=False)


@cli.command()
@click.option("-f", "--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "nt", "jsonld"]),
              default=None, help="RDF format (default: from the -o extension, else Turtle).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: stdout).")
@_store_option
def export(fmt: str | None, output: Path | None, store: Path) -> None:
    """Export the graph: Turtle/N-Triples (merged) or TriG/N-Quads/JSON-LD (one graph per article).

    \b
    Example:
      kg export -o kg.ttl
      kg export -f trig -o kg.trig
    """
    from kg.api import export as run

    done, data = run(output, fmt, store=store)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    click.echo(done.summary(), err=True)


@cli.command()
@click.option("--top", type=click.IntRange(0), default=10, show_default=True, help="How many central entities.")
@_store_option
def stats(top: int, store: Path) -> None:
    """Counts by class, predicate and article, and the most connected entities.

    \b
    Example:
      kg stats --top 20
    """
    from kg.api import stats as run
    from kg.stats import render

    click.echo(render(run(store=store, top=top)), nl=False)


@cli.command()
@click.argument("entity")
@_store_option
def show(entity: str, store: Path) -> None:
    """An entity card: types, aliases and every fact with its evidence.

    ENTITY is a name or alias (any case) or an IRI.

    \b
    Example:
      kg show "Alibaba Group"
    """
    from kg.api import show as run
    from kg.show import render

    click.echo(render(run(entity, store=store)), nl=False)


def main() -> None:
    try:
        # Without standalone mode click returns exit codes instead of exiting.
        code = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ArticleError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - last resort: a message, not a traceback
        if "--debug" in sys.argv:
            raise
        click.echo(f"kg: error: {exc} (run with --debug for the traceback)", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
