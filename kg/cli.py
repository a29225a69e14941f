"""The ``kg`` command line: thin click commands around library functions."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.model import ArticleError


class KgError(click.ClickException):
    """An error for the user: printed on stderr without a traceback."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Build a knowledge graph from business news.

    \b
    Example:
      kg build seeds/ && kg query executives
    """
    ctx.obj = {"debug": debug}


_FORMATS = {".trig": "trig", ".nq": "nquads", ".nt": "nt", ".ttl": "turtle", ".jsonld": "json-ld", ".json": "json-ld"}


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here (format from the extension).")
@click.option("-f", "--format", "fmt", type=click.Choice(sorted(set(_FORMATS.values()))), help="RDF format.")
@click.option("--base", default=None, help="Base IRI for minted entities.")
def extract(paths: tuple[Path, ...], output: Path | None, fmt: str | None, base: str | None) -> None:
    """Extract articles to RDF without a store (TriG on stdout by default).

    \b
    Example:
      kg extract seeds/000_a55ab43c6b0c8f50.txt -o out.trig
    """
    from kg.api import extract_files

    fmt = fmt or (_FORMATS.get(output.suffix.lower()) if output else None) or "trig"
    ds, errors = extract_files(paths, base=base)
    for err in errors:
        click.echo(f"kg: {err}", err=True)
    data = ds.serialize(format=fmt)
    if output:
        output.write_text(data, encoding="utf-8")
    else:
        sys.stdout.write(data)
    if errors:
        sys.exit(1)


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


def main() -> None:
    try:
        cli.main(standalone_mode=False)
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
