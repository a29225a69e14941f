"""An interactive, standalone HTML page of the knowledge graph (vis-network via pyvis).

The page works offline: vis-network's JS and CSS are inlined from pyvis's
package, and pyvis's own template is not used because it links CDNs and
does not escape text (SCHEMA.md, traps). All article text travels as JSON
in a non-executed ``<script type="application/json">`` block and is put in
the page with ``textContent`` by ``kg/data/view/view.js``; a hash-based
Content-Security-Policy blocks any other script and every network request.
"""
from __future__ import annotations

import base64
import difflib
import hashlib
import html
import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from kg.vocab import SYMMETRIC

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

    from kg.store import Store

GraphLike = Union["Graph", "Store", "nx.MultiDiGraph"]

# Okabe-Ito colours (readable with colour-blindness); one shape per class too.
STYLE = {
    "Organization": {"color": "#0072B2", "shape": "square"},
    "Person": {"color": "#E69F00", "shape": "dot"},
    "Product": {"color": "#009E73", "shape": "diamond"},
    "Place": {"color": "#CC79A7", "shape": "triangle"},
    "Strategy": {"color": "#56B4E9", "shape": "hexagon"},
    "Goal": {"color": "#D55E00", "shape": "star"},
}
_OTHER = {"color": "#999999", "shape": "dot"}
DEFAULT_TITLE = "kg: business news knowledge graph"

_OPTIONS: dict[str, Any] = {
    "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
              "borderWidth": 1,
              # Hubs get bigger labels, so they stay readable when a large graph is zoomed out.
              "scaling": {"min": 8, "max": 28,
                          "label": {"enabled": True, "min": 14, "max": 24, "drawThreshold": 4}}},
    "edges": {"font": {"size": 11, "align": "middle", "color": "#444", "strokeWidth": 3},
              "color": {"color": "#9aa5b1", "highlight": "#333", "hover": "#333"},
              "smooth": {"type": "curvedCW", "roundness": 0.12},
              "arrows": {"to": {"scaleFactor": 0.6}}},
    "physics": {"solver": "forceAtlas2Based",
                "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120,
                                     "avoidOverlap": 0.4},
                "stabilization": {"iterations": 400, "updateInterval": 20}},
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False,
                    "keyboard": False},
}


def select(g: "nx.MultiDiGraph", *, focus: str | None = None, depth: int = 1,
           max_nodes: int | None = 500) -> tuple["nx.MultiDiGraph", str]:
    """The part of ``g`` to draw, and a sentence saying what was left out."""
    import networkx as nx

    notes = []
    centre = None
    if focus:
        centre = find_node(g, focus)
        g = nx.ego_graph(g, centre, radius=depth, undirected=True)
        notes.append(f"Neighbourhood of {g.nodes[centre]['label']} within {depth} step(s).")
    if max_nodes and g.number_of_nodes() > max_nodes:
        total = g.number_of_nodes()
        # Most connected first; the label breaks ties so the same graph gives the same page.
        ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), g.nodes[n].get("label", ""), n))
        keep = set(ranked[:max_nodes])
        if centre is not None and centre not in keep:
            keep.discard(ranked[max_nodes - 1])
            keep.add(centre)
        g = g.subgraph(keep).copy()
        notes.append(f"Showing the {max_nodes} most connected of {total} entities.")
    return g, " ".join(notes)


def find_node(g: "nx.MultiDiGraph", name: str) -> str:
    """The node whose IRI, label or alias is ``name`` (case-insensitive)."""
    if name in g:
        return name
    wanted = name.casefold().strip()
    for attr in ("label", "aliases"):
        for node, data in g.nodes(data=True):
            values = data.get(attr) or []
            values = [values] if isinstance(values, str) else values
            if any(v.casefold() == wanted for v in values):
                return node
    labels = sorted({d.get("label", "") for _, d in g.nodes(data=True)})
    close = difflib.get_close_matches(name, labels, n=5, cutoff=0.5)
    hint = f"; did you mean: {', '.join(close)}?" if close else "; try a label shown by `kg query`."
    raise ValueError(f"No entity named {name!r} in the graph{hint}")


def _network_data(g: "nx.MultiDiGraph") -> dict[str, Any]:
    """Nodes and edges for vis-network (built with pyvis), plus tooltip data."""
    from pyvis.network import Network

    net = Network(directed=True)
    info: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for node, d in sorted(g.nodes(data=True), key=lambda item: item[0]):
        kind = d.get("kind", "")
        style = STYLE.get(kind, _OTHER)
        counts[kind] = counts.get(kind, 0) + 1
        # No pyvis ``group``: with one, pyvis drops the node's colour.
        net.add_node(node, label=d.get("label", node), shape=style["shape"],
                     color={"background": style["color"], "border": "#333333",
                            "highlight": {"background": style["color"], "border": "#000000"},
                            "hover": {"background": style["color"], "border": "#000000"}},
                     value=g.degree(node) + 1)
        skip = {"label", "kind", "aliases", "articles"}
        info[node] = {"label": d.get("label", node), "kind": kind, "degree": g.degree(node),
                      "aliases": list(d.get("aliases", [])), "articles": list(d.get("articles", [])),
                      "facts": [[k, str(v)] for k, v in sorted(d.items()) if k not in skip]}

    # Parallel facts (ceo, chair, member) share one drawn edge, or their labels overlap.
    merged: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for u, v, d in g.edges(data=True):
        merged.setdefault((u, v), []).append(d)
    edge_info: dict[str, Any] = {}
    for i, ((u, v), facts) in enumerate(sorted(merged.items())):
        facts = sorted(facts, key=lambda f: f.get("predicate", ""))
        names = [f.get("predicate", "") for f in facts]
        edge_id = f"e{i}"
        arrows = "" if all(n in SYMMETRIC for n in names) else "to"
        net.add_edge(u, v, id=edge_id, label=", ".join(names), arrows=arrows)
        edge_info[edge_id] = {
            "from": info[u]["label"], "to": info[v]["label"],
            "facts": [{"predicate": f.get("predicate", ""),
                       "citations": [list(c) for c in f.get("citations", [])]
                       or [[s, ""] for s in f.get("evidence", [])]} for f in facts]}
    nodes, edges, *_ = net.get_network_data()
    kinds = [{"kind": k, "count": counts[k], **STYLE.get(k, _OTHER)}
             for k in [*STYLE, *sorted(set(counts) - set(STYLE))] if k in counts]
    return {"nodes": nodes, "edges": edges, "info": info, "edgeInfo": edge_info, "kinds": kinds}


def _asset(name: str) -> str:
    return resources.files("kg").joinpath("data", "view", name).read_text(encoding="utf-8")


def _vis_asset(suffix: str) -> str:
    """vis-network's bundled JS or CSS from pyvis's package directory."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib"
    found = sorted(lib.glob(f"vis-9*/vis-network.{suffix}"))
    if not found:
        raise RuntimeError(f"pyvis ships no vis-network.{suffix} under {lib}; reinstall pyvis>=0.3.2")
    return found[-1].read_text(encoding="utf-8")


def script_json(value: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or ``]]>``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _to_nx(graph: GraphLike) -> "nx.MultiDiGraph":
    import networkx as nx

    if isinstance(graph, nx.Graph):
        return graph
    from kg.network import to_networkx

    return to_networkx(graph)


def to_html(graph: GraphLike, *, focus: str | None = None, depth: int = 1,
            max_nodes: int | None = 500, title: str = DEFAULT_TITLE) -> str:
    """The standalone page as a string (see :func:`render`)."""
    full = _to_nx(graph)
    g, note = select(full, focus=focus, depth=depth, max_nodes=max_nodes)
    data = _network_data(g)
    centre = find_node(g, focus) if focus else None
    data.update(depth=depth, focus=centre, options=_OPTIONS)
    vis_js, view_js = _vis_asset("min.js"), _asset("view.js")
    for name, script in (("vis-network.min.js", vis_js), ("view.js", view_js)):
        if "</script" in script.lower():
            raise RuntimeError(f"{name} contains '</script' and cannot be inlined")
    # Only the two inline scripts may run: injected markup gets no script, no handler, no fetch.
    csp = (f"default-src 'none'; script-src {_sha256(vis_js)} {_sha256(view_js)}; "
           "style-src 'unsafe-inline'; img-src data:")
    fields = {"csp": csp, "title": html.escape(title), "note": html.escape(note),
              "vis_css": _vis_asset("css"), "view_css": _asset("view.css"),
              "data": script_json(data), "vis_js": vis_js, "view_js": view_js}
    page = _asset("page.html")
    # One pass, so text inserted for one field is never scanned for another's marker.
    parts = page.split("{{")
    out = [parts[0]]
    for part in parts[1:]:
        key, _, rest = part.partition("}}")
        out.append(fields[key] + rest)
    return "".join(out)


def render(graph: GraphLike, path: str | Path, *, focus: str | None = None, depth: int = 1,
           max_nodes: int | None = 500, title: str = DEFAULT_TITLE) -> Path:
    """Write an interactive page of ``graph`` (rdflib graph, open kg store, or :func:`kg.network.to_networkx` output).

    ``focus`` (label, alias or IRI) keeps its neighbourhood within ``depth``
    steps; ``max_nodes`` keeps the most connected entities. Returns the path.
    """
    path = Path(path)
    path.write_text(to_html(graph, focus=focus, depth=depth, max_nodes=max_nodes, title=title),
                    encoding="utf-8")
    return path


def show(graph: GraphLike, *, height: int = 650, **options: Any) -> Any:
    """The page for a Jupyter cell: an ``IPython.display.HTML`` iframe, or the HTML string."""
    page = to_html(graph, **options)
    try:
        from IPython.display import HTML
    except ImportError:
        return page
    # srcdoc keeps the page self-contained: no file to serve, and its CSP stays in force.
    # Wrapped in a div: IPython warns about bare iframes in HTML().
    return HTML(f'<div><iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;'
                f'height:{int(height)}px;border:0" sandbox="allow-scripts"></iframe></div>')
