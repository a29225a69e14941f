"""SPARQL over the store: bundled queries, parameters bound as RDF terms, results as tables.

A bundled query is a ``.rq`` file in ``queries/`` whose leading comments say
what it answers and declare its parameters (``# @param org: ...``).
Parameters are bound by Oxigraph's substitutions, never pasted into the
query text; a parameter must be projected by a SELECT or brought into scope
with ``VALUES ?name { UNDEF }`` in ASK and CONSTRUCT queries.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.store import Store, curie, from_ox
from kg.vocab import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")


class QueryError(Exception):
    """A query that cannot be found, parsed or bound; the message says what to fix."""


class QueryUsageError(QueryError):
    """A query name or parameter the user mistyped (the CLI's usage error, exit code 2)."""


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query with what its header comment says about it."""

    name: str
    text: str
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)
    source: str = ""


@dataclass
class QueryResult:
    """``kind`` is SELECT, ASK or GRAPH (CONSTRUCT and DESCRIBE)."""

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


def queries_dir() -> Path:
    """Where the bundled queries live (``kg/queries``, the repository's ``queries/`` folder)."""
    return Path(__file__).parent / "queries"


def parse_header(name: str, text: str, source: str = "") -> NamedQuery:
    """A query with its description and ``@param`` declarations read from leading comments."""
    description: list[str] = []
    params: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        body = stripped.lstrip("#").strip()
        m = re.match(r"@param\s+(\w+)\s*:?\s*(.*)", body)
        if m:
            params[m.group(1)] = m.group(2)
        elif not params and not body.lower().startswith("example"):
            description.append(body)
    return NamedQuery(name, text, " ".join(description), params, source)


def bundled() -> dict[str, NamedQuery]:
    """Every bundled query by name."""
    found = {}
    for path in sorted(queries_dir().glob("*.rq")):
        found[path.stem] = parse_header(path.stem, path.read_text(encoding="utf-8"), str(path))
    return found


def load(name_or_path: str) -> NamedQuery:
    """A bundled query by name, or a query file by path."""
    known = bundled()
    if name_or_path in known:
        return known[name_or_path]
    path = Path(name_or_path)
    if path.is_file():
        return parse_header(path.stem, path.read_text(encoding="utf-8"), str(path))
    if path.suffix == ".rq" or "/" in name_or_path:
        raise QueryUsageError(f"No query file {name_or_path}")
    raise QueryUsageError(f"No query named {name_or_path!r}; known: {', '.join(known)}")


def parse_term(value: str) -> Node:
    """A parameter value as an RDF term.

    ``<http://...>`` is an IRI, ``nkg:ceo`` a prefixed name (known prefixes
    only), ``"..."^^xsd:date`` or ``"..."@en`` a typed or tagged literal,
    anything else a plain literal.
    """
    from rdflib.util import from_n3

    text = value.strip()
    if text.startswith("<") and text.endswith(">") and not re.search(r"[\s<>\"{}|\\^`]", text[1:-1]):
        return URIRef(text[1:-1])
    m = re.fullmatch(r"([A-Za-z][\w-]*):(\S*)", text)
    if m and m.group(1) in PREFIXES:
        return URIRef(str(PREFIXES[m.group(1)]) + m.group(2))
    if text.startswith('"'):
        graph = Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        try:
            term = from_n3(text, nsm=graph.namespace_manager)
        except Exception:  # noqa: BLE001 - rdflib raises several types for bad N3
            term = None
        if isinstance(term, Literal) and (term.datatype is None or "://" in str(term.datatype)):
            return term
        raise QueryUsageError(f"cannot read {value!r} as a literal; write \"text\", \"2023-09-12\"^^xsd:date "
                         "or \"text\"@en")
    return Literal(value)


def parse_params(pairs: Sequence[str]) -> dict[str, Node]:
    """``k=v`` strings as parameter bindings."""
    params: dict[str, Node] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", key):
            raise QueryUsageError(f"--param {pair!r}: write it as name=value, e.g. --param org=\"Alibaba Group\"")
        params[key] = parse_term(value)
    return params


def check_params(query: NamedQuery, params: Mapping[str, Node]) -> None:
    """Every declared parameter given, no undeclared one (queries without declarations take any)."""
    if not query.params:
        return
    missing = [p for p in query.params if p not in params]
    if missing:
        needs = "; ".join(f"--param {p}=... ({query.params[p]})" for p in missing)
        raise QueryUsageError(f"query {query.name!r} needs {needs}")
    unknown = [p for p in params if p not in query.params]
    if unknown:
        raise QueryUsageError(f"query {query.name!r} has no parameter {unknown[0]!r}; "
                         f"its parameters: {', '.join(query.params)}")


def run(store: Store, query: NamedQuery | str, params: Mapping[str, Node] | None = None) -> QueryResult:
    """Run a query on the store's merged graph (named graphs stay reachable with GRAPH)."""
    import pyoxigraph as ox

    from kg.store import to_ox

    if isinstance(query, str):
        query = NamedQuery("query", query)
    params = dict(params or {})
    check_params(query, params)
    try:
        answer = store.ox.query(
            query.text, use_default_graph_as_union=True,
            prefixes={p: str(ns) for p, ns in PREFIXES.items()},
            substitutions={ox.Variable(k): to_ox(v) for k, v in params.items()} or None)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ASK", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            rows = [tuple(None if row[i] is None else from_ox(row[i]) for i in range(len(names)))
                    for row in answer]
            return QueryResult("SELECT", names, rows)
        graph = _graph()
        for t in answer:
            graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return QueryResult("GRAPH", graph=graph)
    except SyntaxError as exc:
        raise QueryError(_syntax_message(query, str(exc))) from None
    except RuntimeError as exc:
        if "projection" in str(exc):
            raise QueryError(f"{query.name}: a parameter is not in scope ({exc}); project it in SELECT, "
                             "or add VALUES ?name { UNDEF } to an ASK or CONSTRUCT") from None
        raise


def _syntax_message(query: NamedQuery, message: str) -> str:
    where = query.source or query.name
    m = re.match(r"error at (\d+):(\d+):\s*(.*)", message, re.S)
    if m:
        line, column, detail = int(m.group(1)), int(m.group(2)), m.group(3)
        lines = query.text.splitlines()
        shown = lines[line - 1] if 0 < line <= len(lines) else ""
        pointer = f"\n    {shown}\n    {' ' * (column - 1)}^" if shown else ""
        return f"{where}: SPARQL syntax error at line {line}, column {column}: {detail}{pointer}"
    return f"{where}: SPARQL syntax error: {message}"


def _graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


# -- output ---------------------------------------------------------------
def short(term: Node | None) -> str:
    """A term for people: IRIs with known prefixes shortened, literals as their text."""
    if term is None:
        return ""
    return curie(term) if isinstance(term, URIRef) else str(term)


def render(result: QueryResult, fmt: str = "table") -> str:
    """A result as text: SELECT as table/csv/tsv/json, ASK as true/false, graphs as Turtle."""
    if result.kind == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if result.kind == "GRAPH":
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    if fmt == "table":
        return _table(result)
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.vars)
        writer.writerows([["" if v is None else str(v) for v in row] for row in result.rows])
        return out.getvalue()
    if fmt == "json":
        return json.dumps(_sparql_json(result), indent=2, ensure_ascii=False) + "\n"
    raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _table(result: QueryResult) -> str:
    cells = [[short(v).replace("\n", " ") for v in row] for row in result.rows]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(result.vars)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(result.vars, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _sparql_json(result: QueryResult) -> dict:
    """The W3C SPARQL 1.1 Query Results JSON format."""
    bindings = []
    for row in result.rows:
        item = {}
        for name, value in zip(result.vars, row):
            if value is None:
                continue
            if isinstance(value, URIRef):
                item[name] = {"type": "uri", "value": str(value)}
            elif isinstance(value, Literal):
                item[name] = {"type": "literal", "value": str(value)}
                if value.language:
                    item[name]["xml:lang"] = value.language
                elif value.datatype is not None:
                    item[name]["datatype"] = str(value.datatype)
            else:
                item[name] = {"type": "bnode", "value": str(value)}
        bindings.append(item)
    return {"head": {"vars": result.vars}, "results": {"bindings": bindings}}
