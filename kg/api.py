"""The Python API: the functions the CLI and notebooks call."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping

from rdflib import Dataset

from kg.extract import extract
from kg.iris import Minter
from kg.model import Article, ArticleError, Extraction
from kg.read import iter_files, read_path, read_text
from kg.rdf import to_dataset

if TYPE_CHECKING:
    import networkx as nx

    from kg.build import BuildResult
    from kg.evaluate import Report as EvalReport
    from kg.extract.rules import RuleSet
    from kg.export import Exported
    from kg.query import NamedQuery, QueryResult
    from kg.show import Card
    from kg.stats import Stats
    from kg.store import Store, StoredArticle

# A store folder's own rules file, used by build when no rules are given.
STORE_RULES = "rules.yml"

__all__ = ["extract", "extract_text", "extract_files", "extract_articles", "load_rules", "evaluate",
           "read_path", "read_text", "Minter", "open_store",
           "build", "remove", "sparql", "queries", "export", "stats", "show", "networkx", "render_view"]


def extract_text(text: str, *, published: object = None, base: str | None = None) -> Dataset:
    """An article's text to an rdflib Dataset (one named graph)."""
    article = read_text(text, published=published)  # type: ignore[arg-type]
    return to_dataset([extract(article)], Minter(base) if base else None)


def extract_files(paths: Iterable[str | Path], base: str | None = None,
                  rules: "RuleSet | None" = None) -> tuple[Dataset, list[str]]:
    """Articles from files to one Dataset; bad files are reported, not fatal."""
    extractions, errors = extract_articles(paths, rules)
    return to_dataset(extractions, Minter(base) if base else None), errors


def extract_articles(paths: Iterable[str | Path],
                     rules: "RuleSet | None" = None) -> tuple[list[Extraction], list[str]]:
    """Articles from files to extractions (``rules``: see :func:`load_rules`); bad files are reported."""
    extractions: list[Extraction] = []
    errors: list[str] = []
    for path in iter_files(paths):
        try:
            articles: list[Article] = read_path(path)
        except ArticleError as exc:
            errors.append(str(exc))
            continue
        extractions.extend(extract(a, rules) for a in articles)
    return extractions, errors


def load_rules(paths: Iterable[str | Path] = ()) -> "RuleSet":
    """The built-in rules plus users' rules files; a bad file raises RuleError naming it."""
    from kg.extract.rules import load

    return load(paths)


def evaluate(gold: str | Path, docs: str | Path, *, rules: "RuleSet | None" = None) -> "EvalReport":
    """Extract the gold documents and score them, per predicate and per rule (see :mod:`kg.evaluate`)."""
    from kg.evaluate import evaluate as run

    return run(gold, docs, rules=rules)


def render_view(output: str | Path, *, store: str | Path | None = None, focus: str | None = None,
                depth: int = 1, max_nodes: int | None = 500) -> Path:
    """Draw a store's graph as a standalone HTML page; see :func:`kg.view.render`."""
    from kg.store import open_store
    from kg.view import render

    with open_store(store) as st:
        return render(st, output, focus=focus, depth=depth, max_nodes=max_nodes)


# -- the store and what runs on it ---------------------------------------------
# Each function takes ``store`` as a folder (default: $KG_STORE or .kg/store) or
# an already open :class:`kg.store.Store`, which is then left open.

def open_store(path: str | Path | None = None, *, create: bool = False) -> "Store":
    """Open a store folder; use it as a context manager (``with open_store() as st:``)."""
    from kg.store import Store

    return Store(path, create=create).open()


@contextmanager
def _opened(store: "str | Path | Store | None", create: bool = False) -> Iterator["Store"]:
    from kg.store import Store

    if isinstance(store, Store):
        yield store.open()
        return
    with Store(store, create=create) as st:
        yield st


def build(paths: Iterable[str | Path], *, store: "str | Path | Store | None" = None, base: str | None = None,
          on_file: Callable[[Path], None] | None = None, rules: "RuleSet | None" = None,
          jobs: int = 1) -> "BuildResult":
    """Read, extract and store articles; unchanged ones are skipped (see :func:`kg.build.build`).

    Without ``rules``, a ``rules.yml`` in the store folder is used when present. ``jobs``: worker
    processes for extraction (0: one per CPU).
    """
    from functools import partial

    from kg.build import build as run

    with _opened(store, create=True) as st:
        if rules is None and (st.path / STORE_RULES).is_file():
            rules = load_rules([st.path / STORE_RULES])
        extractor = partial(extract, rules=rules) if rules is not None else None
        return run(paths, st, base=base, on_file=on_file, extractor=extractor, jobs=jobs)


def remove(article: str, *, store: "str | Path | Store | None" = None) -> list["StoredArticle"]:
    """Drop the named graphs of the articles an id, IRI or source file names; returns them."""
    with _opened(store) as st:
        found = st.find_articles(article)
        for art in found:
            st.remove(art.iri)
        return found


def sparql(query: str, params: Mapping[str, object] | None = None, *,
           store: "str | Path | Store | None" = None) -> "QueryResult":
    """Run SPARQL text, a bundled query's name or a .rq path; ``params`` are RDF terms or plain strings."""
    from kg import query as q

    named = q.NamedQuery("query", query) if _is_sparql(query) else q.load(query)
    with _opened(store) as st:
        return q.run(st, named, _terms(params or {}))


def queries() -> dict[str, "NamedQuery"]:
    """The bundled queries by name, with their descriptions and parameters."""
    from kg.query import bundled

    return bundled()


def export(output: str | Path | None = None, fmt: str | None = None, *,
           store: "str | Path | Store | None" = None) -> tuple["Exported", bytes]:
    """Serialize the store (Turtle, TriG, N-Quads, N-Triples or JSON-LD); writes ``output`` when given."""
    from kg.export import export as run

    with _opened(store) as st:
        return run(st, Path(output) if output is not None else None, fmt)


def stats(*, store: "str | Path | Store | None" = None, top: int = 10) -> "Stats":
    """Counts by class, predicate and article, and the most connected entities."""
    from kg.stats import stats as run

    with _opened(store) as st:
        return run(st, top)


def show(entity: str, *, store: "str | Path | Store | None" = None) -> "Card":
    """An entity card: types, labels and every fact about it with evidence."""
    from kg.show import card

    with _opened(store) as st:
        return card(st, entity)


def networkx(*, store: "str | Path | Store | None" = None) -> "nx.MultiDiGraph":
    """The entity graph as networkx (nodes: entity IRIs; edges: facts), see :func:`kg.network.to_networkx`."""
    from kg.network import to_networkx

    with _opened(store) as st:
        return to_networkx(st)


def _is_sparql(text: str) -> bool:
    # Every query has a group pattern; names and file paths have no braces.
    return "{" in text


def _terms(params: Mapping[str, object]) -> dict:
    from rdflib.term import Node

    from kg.query import parse_term

    return {k: v if isinstance(v, Node) else parse_term(str(v)) for k, v in params.items()}
