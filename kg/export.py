"""Exporting the store: the merged graph (Turtle, N-Triples) or the named graphs (TriG, N-Quads, JSON-LD).

Every format is written in a stable order, so the same articles built into
a fresh store export to the same bytes. Turtle, TriG, N-Triples and N-Quads
are written by Oxigraph's serializers straight from the store (seconds, not
minutes, for a large store); JSON-LD goes through rdflib for its context.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from kg.store import Store
from kg.vocab import PREFIXES

if TYPE_CHECKING:
    import pyoxigraph as ox

FORMATS = ("turtle", "trig", "nquads", "nt", "jsonld")
_ALIASES = {"ttl": "turtle", "n-quads": "nquads", "nq": "nquads", "ntriples": "nt", "n-triples": "nt",
            "json-ld": "jsonld", "json": "jsonld"}
_EXTENSIONS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt",
               ".jsonld": "jsonld", ".json": "jsonld"}


class ExportError(ValueError):
    """An export that cannot be written as asked."""


@dataclass(frozen=True)
class Exported:
    format: str
    statements: int
    path: Path | None

    def summary(self) -> str:
        unit = "quads" if self.format in ("trig", "nquads", "jsonld") else "triples"
        return f"exported {self.statements} {unit} as {self.format} -> {self.path or 'stdout'}"


def pick_format(fmt: str | None, path: Path | None) -> str:
    """The format asked for, or the one the output's extension implies (Turtle by default)."""
    if fmt:
        name = _ALIASES.get(fmt.lower(), fmt.lower())
        if name not in FORMATS:
            raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return name
    if path is not None and path.suffix:
        if path.suffix.lower() not in _EXTENSIONS:
            raise ExportError(f"{path}: cannot tell the format from {path.suffix!r}; "
                              f"give -f ({', '.join(FORMATS)})")
        return _EXTENSIONS[path.suffix.lower()]
    return "turtle"


def _bind(graph: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def named_dataset(store: Store) -> Dataset:
    """An in-memory copy of the store, one named graph per article, graphs in name order."""
    ds = Dataset()
    _bind(ds)
    for name in store.graphs():
        graph = ds.graph(name)
        for s, p, o, _ in store.quads(name):
            graph.add((s, p, o))
    return ds


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(set(data.decode("utf-8").splitlines()))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def _turtle_prefixes() -> dict[str, str]:
    # Minted IRIs ("id:organization/acme") would need their slash escaped in a prefixed name: written whole.
    return {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items()) if prefix != "id"}


def _statement_order(statement: "ox.Triple | ox.Quad") -> tuple[str, ...]:
    """Graph, then subject, its types first, then predicate and object: a stable, readable order."""
    graph = str(getattr(statement, "graph_name", ""))
    predicate = statement.predicate.value
    return (graph, str(statement.subject), "" if predicate == _RDF_TYPE else predicate, str(statement.object))


_RDF_TYPE = str(RDF.type)


def _union(store: Store) -> "ox.QueryTriples":
    """Every triple of every named graph, once per graph that states it."""
    return store.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)


def serialize(store: Store, fmt: str) -> tuple[bytes, int]:
    """The store in ``fmt`` and how many statements that is."""
    import pyoxigraph as ox

    fmt = pick_format(fmt, None)
    if fmt == "turtle":
        triples = sorted(set(_union(store)), key=_statement_order)
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_turtle_prefixes()), len(triples)
    if fmt == "trig":
        quads = sorted(store.ox.quads_for_pattern(None, None, None, None), key=_statement_order)
        return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_turtle_prefixes()), len(quads)
    if fmt == "nt":
        # The union holds a triple once per graph that states it; set + sort makes it a graph.
        data = _sorted_lines(ox.serialize(_union(store), format=ox.RdfFormat.N_TRIPLES))
        return data, data.count(b"\n")
    if fmt == "nquads":
        data = _sorted_lines(store.ox.dump(format=ox.RdfFormat.N_QUADS))
        return data, data.count(b"\n")
    ds = named_dataset(store)
    count = sum(1 for _ in ds.quads((None, None, None, None)))
    context = {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}
    return ds.serialize(format="json-ld", context=context, indent=2, sort_keys=True, encoding="utf-8"), count


def export(store: Store, output: Path | None = None, fmt: str | None = None) -> tuple[Exported, bytes]:
    """Write the store to ``output`` (or return the bytes when it is None)."""
    name = pick_format(fmt, output)
    data, count = serialize(store, name)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(output.name + ".part")
        # Written aside then renamed, so an interrupted export never leaves half a file.
        tmp.write_bytes(data)
        tmp.replace(output)
    return Exported(name, count, output), data
