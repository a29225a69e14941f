"""kg.view: a standalone page that is offline, escaped, and really draws in Chromium."""
from __future__ import annotations

import base64
import dataclasses
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest

from kg.model import ORG, PERSON, Entity, Evidence, Fact
from kg.rdf import to_dataset
from kg.view import find_node, render, script_json, select, show, to_html

EVIL_LABEL = "<img src=x onerror=\"document.title='pwned-label'\">"
EVIL_SENTENCE = "Evil Corp hired <img src=x onerror=alert(1)> <script>document.title='pwned-sentence'</script>"
EVIL_TITLE = "</script><script>document.title='pwned-article'</script><!--"
PAGE_TITLE = "Test graph"


@pytest.fixture
def hostile(extractions):  # type: ignore[no-untyped-def]
    """The fixture articles plus an entity, a sentence and a title written to attack the page."""
    ex = extractions[1]
    ex.article = dataclasses.replace(ex.article, title=EVIL_TITLE)
    ev = Evidence(EVIL_SENTENCE, 0, len(EVIL_SENTENCE), "test-rule", 0.9)
    ex.entities["organization/evil"] = Entity("organization/evil", ORG, EVIL_LABEL,
                                              aliases={EVIL_LABEL, "<b>Evil</b>"}, evidence=ev)
    ex.facts.append(Fact("organization/evil", "acquired", "organization/gamma-corp", ev))
    return to_dataset(extractions)


def _tags(page: str) -> list[str]:
    """Start tags in document order, as an HTML tokenizer sees them."""
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[str] = []

        def handle_starttag(self, tag: str, attrs: list) -> None:
            self.seen.append(tag)

    parser = Tags()
    parser.feed(page)
    return parser.seen


def _script_json_blocks(page: str) -> list[str]:
    return re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S)


def test_page_has_no_external_resources(dataset, tmp_path: Path) -> None:
    page = render(dataset, tmp_path / "g.html").read_text(encoding="utf-8")
    refs = re.findall(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert refs == []
    for host in ("cdnjs.cloudflare.com", "cdn.jsdelivr.net", "unpkg.com", "bootstrap"):
        assert host not in page  # what pyvis's template links to
    assert re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", page) is None
    assert "vis.Network" in page and "<script src" not in page  # vis-network is inlined
    assert "default-src 'none'" in page  # the CSP forbids fetching anything


def test_article_text_is_escaped(hostile) -> None:  # type: ignore[no-untyped-def]
    page = to_html(hostile, title="<script>alert('t')</script>")
    # The only markup from outside is the heading, HTML-escaped.
    assert "<title>&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;</title>" in page
    assert "<img" not in page and "onerror=\"document" not in page
    # Everything else is JSON in a non-executed block that cannot be closed early.
    (block,) = _script_json_blocks(page)
    assert "<" not in block and ">" not in block
    data = json.loads(block)
    labels = [n["label"] for n in data["nodes"]]
    assert EVIL_LABEL in labels
    sentences = [c[0] for e in data["edgeInfo"].values() for f in e["facts"] for c in f["citations"]]
    assert EVIL_SENTENCE in sentences
    articles = {a for info in data["info"].values() for a in info["articles"]}
    assert EVIL_TITLE in articles
    # Parsed as a browser would: nothing closed a script early or added an element.
    tags = _tags(page)
    assert tags.count("script") == 3 and "img" not in tags


def test_script_json_escapes_script_breakers() -> None:
    text = script_json({"x": "</script><!-- ]]> & \u2028"})
    assert not re.search(r"[<>&\u2028]", text)
    assert json.loads(text) == {"x": "</script><!-- ]]> & \u2028"}


def test_page_data_has_legend_labels_and_evidence(dataset) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(_script_json_blocks(to_html(dataset))[0])
    assert [k["kind"] for k in data["kinds"]] == ["Organization", "Person", "Product", "Place"]
    assert {k["shape"] for k in data["kinds"]} == {"square", "dot", "diamond", "triangle"}
    by_label = {e["label"] for e in data["edges"]}
    assert "ceo, chair, member" in by_label and "acquired" in by_label
    doe = next(e for e in data["edgeInfo"].values() if e["to"] == "John Doe")
    chair = next(f for f in doe["facts"] if f["predicate"] == "chair")
    assert chair["citations"] == [["became chairman", "Acme chair steps down"]]
    mop = next(i for i in data["info"].values() if i["label"] == "RoboMop")
    assert ["category", "vacuum"] in mop["facts"] and ["releaseDate", "2021-05"] in mop["facts"]
    assert data["options"]["physics"]["stabilization"]


def test_focus_and_depth(dataset) -> None:  # type: ignore[no-untyped-def]
    from kg.network import to_networkx

    g = to_networkx(dataset)
    one, note = select(g, focus="jane roe", depth=1)
    assert {d["label"] for _, d in one.nodes(data=True)} == {"Jane Roe", "Acme Widgets"}
    assert "Jane Roe" in note
    two, _ = select(g, focus="Roe", depth=2)  # aliases work too
    assert two.number_of_nodes() == g.number_of_nodes()
    with pytest.raises(ValueError, match="did you mean: Jane Roe"):
        find_node(g, "Jane Ro")


def test_max_nodes_keeps_most_connected(dataset) -> None:  # type: ignore[no-untyped-def]
    page = to_html(dataset, max_nodes=2)
    data = json.loads(_script_json_blocks(page)[0])
    assert sorted(n["label"] for n in data["nodes"]) == ["Acme Widgets", "John Doe"]
    assert "Showing the 2 most connected of 7 entities." in page
    # The focus stays even when it is not among the most connected.
    from kg.network import to_networkx

    g, _ = select(to_networkx(dataset), focus="Boston", max_nodes=1)
    assert [d["label"] for _, d in g.nodes(data=True)] == ["Boston"]


def test_render_accepts_networkx_and_show_returns_iframe(dataset, tmp_path: Path) -> None:
    from kg.network import to_networkx

    out = render(to_networkx(dataset), tmp_path / "n.html", title=PAGE_TITLE)
    assert out.exists() and f"<h1>{PAGE_TITLE}</h1>" in out.read_text(encoding="utf-8")
    widget = show(dataset)
    html_text = getattr(widget, "data", widget)
    assert html_text.startswith("<div><iframe srcdoc=") and "sandbox=" in html_text


# --- a real browser, driven over the DevTools protocol (stdlib only) ---------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class DevTools:
    """The smallest DevTools-protocol client that works: one page, JSON over a websocket."""

    def __init__(self, ws_url: str) -> None:
        m = re.match(r"ws://([^:/]+):(\d+)(/.*)", ws_url)
        assert m, ws_url
        self.sock = socket.create_connection((m[1], int(m[2])), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {m[3]} HTTP/1.1\r\nHost: {m[1]}:{m[2]}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        assert b" 101 " in head.split(b"\r\n")[0], head
        self.events: list[dict[str, Any]] = []
        self.next_id = 0

    def _read(self, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            buf += chunk
        return buf

    def _recv(self) -> dict[str, Any]:
        payload = b""
        while True:
            b0, b1 = self._read(2)
            size = b1 & 0x7F
            if size == 126:
                size = struct.unpack(">H", self._read(2))[0]
            elif size == 127:
                size = struct.unpack(">Q", self._read(8))[0]
            payload += self._read(size)
            if b0 & 0x80:  # final fragment
                return json.loads(payload)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        body = json.dumps({"id": self.next_id, "method": method, "params": params}).encode()
        mask = os.urandom(4)
        n = len(body)
        head = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else
                                (bytes([0x80 | 126]) + struct.pack(">H", n) if n < 65536 else
                                 bytes([0x80 | 127]) + struct.pack(">Q", n)))
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(body)))
        while True:
            msg = self._recv()
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg["result"]
            self.events.append(msg)

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[DevTools]:
    profile = tmp_path / "profile"
    proc = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1280,800",
         "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            assert proc.poll() is None and time.monotonic() < deadline, "chromium did not start"
            time.sleep(0.05)
        port = port_file.read_text().split()[0]
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        targets = json.load(opener.open(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page = next(t for t in targets if t["type"] == "page")
        tools = DevTools(page["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Network", "Log"):
            tools.call(f"{domain}.enable")
        yield tools
        tools.sock.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _eventually(read: Any, expected: Any, timeout: float = 10) -> Any:
    """``read()`` once it equals ``expected`` (the page animates; a loaded machine is slow), else its last value."""
    deadline = time.monotonic() + timeout
    value = read()
    while value != expected and time.monotonic() < deadline:
        time.sleep(0.05)
        value = read()
    return value


def _wait_drawn(tools: DevTools, timeout: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = tools.js("(function(){var s=document.getElementById('kg-status');"
                         "return s && {nodes: s.dataset.renderedNodes, stable: s.dataset.stabilized};})()")
        if state and state["nodes"] and state["stable"] == "true":
            return state
        time.sleep(0.1)
    raise AssertionError(f"graph not drawn in {timeout}s: {state}")


def _screen_position(tools: DevTools, node: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    return tuple(tools.js(
        "(function(){var n=kgView.network, r=document.getElementById('kg-network').getBoundingClientRect();"
        f"var p=n.canvasToDOM(n.getPosition({json.dumps(node)})); return [p.x+r.left, p.y+r.top];}})()"))


def _problems(tools: DevTools, page_url: str) -> tuple[list[str], list[str]]:
    """Console errors and requests to anything but the page itself (or data: URLs)."""
    errors, requests = [], []
    for ev in tools.events:
        method, params = ev.get("method"), ev.get("params", {})
        if method == "Runtime.exceptionThrown":
            errors.append(json.dumps(params["exceptionDetails"])[:500])
        elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert", "warning"):
            errors.append(json.dumps(params["args"])[:500])
        elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            errors.append(params["entry"]["text"])
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if url != page_url and not url.startswith("data:"):
                requests.append(url)
    return errors, requests


@pytest.mark.browser
def test_page_draws_offline_and_injected_markup_does_not_run(hostile, browser, tmp_path: Path) -> None:
    path = render(hostile, tmp_path / "graph.html", title=PAGE_TITLE)
    url = path.as_uri()
    browser.call("Emulation.setDeviceMetricsOverride", width=1280, height=800,
                 deviceScaleFactor=1, mobile=False)
    browser.call("Page.navigate", url=url)
    state = _wait_drawn(browser)
    assert int(state["nodes"]) == 8

    # Hover the hostile node: its tooltip shows the markup as text.
    evil_id = "https://w3id.org/newskg/id/organization/evil"
    x, y = _screen_position(browser, evil_id)
    browser.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
    tip = None
    for _ in range(50):
        tip = browser.js("(function(){var t=document.querySelector('div.vis-tooltip');"
                         "return t && t.style.visibility !== 'hidden' ? t.textContent : null;})()")
        if tip:
            break
        time.sleep(0.1)
    assert tip and EVIL_LABEL in tip and EVIL_TITLE in tip

    # Physics is off once the layout settled: nodes stay put.
    where = "JSON.stringify(kgView.network.getPositions())"
    before = browser.js(where)
    time.sleep(0.5)
    assert browser.js(where) == before

    # Typing a name in the search box selects that entity.
    browser.js("document.getElementById('kg-search').focus()")
    browser.call("Input.insertText", text="beta")
    for kind in ("keyDown", "keyUp"):
        browser.call("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13)
    beta = ["https://w3id.org/newskg/id/organization/beta-labs"]
    assert _eventually(lambda: browser.js("kgView.network.getSelectedNodes()"), beta) == beta

    # Double-clicking a node isolates its neighbourhood; "Show all" brings the rest back.
    jane = "https://w3id.org/newskg/id/person/jane-roe"
    browser.js("kgView.reset()")
    # The double-click goes through vis-network's own event emitter, as its gesture recogniser
    # sends it: synthetic mouse clicks that a busy machine spaces out are two single clicks,
    # which made this check flaky in CI.
    browser.js(f"kgView.network.body.emitter.emit('doubleClick', {{nodes: [{json.dumps(jane)}], edges: []}}), null")
    shown_js = "kgView.nodes.get({filter: function (n) { return !n.hidden; }}).map(function (n) { return n.label; })"
    pair = ["Acme Widgets", "Jane Roe"]
    assert _eventually(lambda: sorted(browser.js(shown_js)), pair) == pair
    rendered = "document.getElementById('kg-status').dataset.renderedNodes"
    assert _eventually(lambda: browser.js(rendered), "2") == "2"
    browser.js("document.getElementById('kg-reset').click()")
    assert _eventually(lambda: browser.js(rendered), "8") == "8"

    assert browser.js("document.title") == PAGE_TITLE
    assert browser.js("document.querySelectorAll('img, script:not([id]):not([type]) ~ img').length") == 0
    assert browser.js("document.querySelectorAll('script').length") == 3  # data, vis, view
    legend = browser.js("document.getElementById('kg-legend').innerText")
    assert "Organization (4)" in legend and "Person (2)" in legend
    errors, requests = _problems(browser, url)
    assert errors == []
    assert requests == []
    shot = browser.call("Page.captureScreenshot", format="png")["data"]
    (tmp_path / "graph.png").write_bytes(base64.b64decode(shot))
    if os.environ.get("KG_SCREENSHOT"):  # to look at the page: KG_SCREENSHOT=/tmp/kg.png pytest -k browser
        Path(os.environ["KG_SCREENSHOT"]).write_bytes(base64.b64decode(shot))


def test_kg_view_command(extractions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.store import Store

    with Store(tmp_path / "store") as st:
        for ex in extractions:
            st.add(ex)
    out = tmp_path / "g.html"
    args = ["view", "-o", str(out), "--store", str(tmp_path / "store")]
    result = CliRunner().invoke(cli, [*args, "--focus", "Jane Roe"])
    assert result.exit_code == 0, result.output
    data = json.loads(_script_json_blocks(out.read_text(encoding="utf-8"))[0])
    assert sorted(n["label"] for n in data["nodes"]) == ["Acme Widgets", "Jane Roe"]
    # An rdflib Dataset over Oxigraph sits in a reference cycle; until it is collected the
    # store folder stays locked (a kg.store matter, reported), so collect before reopening.
    import gc

    gc.collect()
    result = CliRunner().invoke(cli, [*args, "--focus", "Jane Ro"])
    assert result.exit_code == 1 and "did you mean: Jane Roe" in result.output
    assert "Example:" in CliRunner().invoke(cli, ["view", "--help"]).output


def test_empty_graph_gives_a_page() -> None:
    from kg.rdf import new_dataset

    data = json.loads(_script_json_blocks(to_html(new_dataset()))[0])
    assert data["nodes"] == [] and data["edges"] == [] and data["kinds"] == []
