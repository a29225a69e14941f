/* kg view: draws the graph data embedded in #kg-data with vis-network.
 * Every string from the articles is put in the page with textContent or as a
 * DOM text node, never as HTML: labels and sentences are untrusted input. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var statusEl = document.getElementById("kg-status");
  var container = document.getElementById("kg-network");

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function say(text) { statusEl.textContent = text; }

  function addEntry(dl, term, values) {
    dl.appendChild(el("dt", term));
    values.forEach(function (v) { dl.appendChild(el("dd", v)); });
  }

  function nodeTip(id) {
    var info = data.info[id];
    var box = el("div", null, "kg-tip");
    box.appendChild(el("h3", info.label));
    box.appendChild(el("div", info.kind + " \u00b7 " + info.degree + " link(s)", "kg-kind"));
    var dl = el("dl");
    if (info.aliases.length) { addEntry(dl, "Also called", [info.aliases.join(", ")]); }
    info.facts.forEach(function (f) { addEntry(dl, f[0], [f[1]]); });
    if (info.articles.length) { addEntry(dl, "Mentioned in", info.articles); }
    box.appendChild(dl);
    return box;
  }

  function edgeTip(id) {
    var info = data.edgeInfo[id];
    var box = el("div", null, "kg-tip");
    box.appendChild(el("h3", info.from + " \u2192 " + info.to));
    var dl = el("dl");
    info.facts.forEach(function (fact) {
      dl.appendChild(el("dt", fact.predicate));
      if (!fact.citations.length) { dl.appendChild(el("dd", "(no evidence recorded)")); }
      fact.citations.forEach(function (c) {
        var dd = el("dd");
        dd.appendChild(el("q", c[0]));
        dd.appendChild(el("div", "\u2014 " + c[1], "kg-src"));
        dl.appendChild(dd);
      });
    });
    box.appendChild(dl);
    return box;
  }

  var SVG = "http://www.w3.org/2000/svg";
  function polygon(points) {
    var p = document.createElementNS(SVG, "polygon");
    p.setAttribute("points", points);
    return p;
  }
  function shapeIcon(shape, color) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    var s;
    if (shape === "square") {
      s = document.createElementNS(SVG, "rect");
      s.setAttribute("x", "2"); s.setAttribute("y", "2");
      s.setAttribute("width", "12"); s.setAttribute("height", "12");
    } else if (shape === "diamond") { s = polygon("8,1 15,8 8,15 1,8");
    } else if (shape === "triangle") { s = polygon("8,1 15,14 1,14");
    } else if (shape === "hexagon") { s = polygon("4,2 12,2 15,8 12,14 4,14 1,8");
    } else if (shape === "star") { s = polygon("8,1 10,6 15,6 11,9 13,15 8,11 3,15 5,9 1,6 6,6");
    } else {
      s = document.createElementNS(SVG, "circle");
      s.setAttribute("cx", "8"); s.setAttribute("cy", "8"); s.setAttribute("r", "6.5");
    }
    s.setAttribute("fill", color);
    s.setAttribute("stroke", "#333");
    s.setAttribute("stroke-width", "0.6");
    svg.appendChild(s);
    return svg;
  }

  var legend = document.getElementById("kg-legend-items");
  data.kinds.forEach(function (k) {
    var li = el("li");
    li.appendChild(shapeIcon(k.shape, k.color));
    li.appendChild(el("span", k.kind + " (" + k.count + ")"));
    legend.appendChild(li);
  });

  var names = document.getElementById("kg-names");
  var depthSelect = document.getElementById("kg-depth");
  [1, 2, 3, 4].concat(data.depth > 4 ? [data.depth] : []).forEach(function (d) {
    var opt = el("option", d);
    opt.value = String(d);
    if (d === data.depth) { opt.selected = true; }
    depthSelect.appendChild(opt);
  });

  var adjacency = {};
  data.nodes.forEach(function (n) {
    adjacency[n.id] = [];
    var opt = el("option");
    opt.value = n.label;
    names.appendChild(opt);
    n.title = nodeTip(n.id);
  });
  data.edges.forEach(function (e) {
    adjacency[e.from].push(e.to);
    adjacency[e.to].push(e.from);
    e.title = edgeTip(e.id);
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var visibleCount = data.nodes.length;
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  function neighbourhood(start, depth) {
    var seen = {};
    seen[start] = true;
    var frontier = [start];
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (id) {
        adjacency[id].forEach(function (m) {
          if (!seen[m]) { seen[m] = true; next.push(m); }
        });
      });
      frontier = next;
    }
    return seen;
  }

  function isolate(id, depth) {
    var keep = neighbourhood(id, depth);
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !keep[n.id] }; }));
    var ids = Object.keys(keep);
    visibleCount = ids.length;
    network.selectNodes([id]);
    network.fit({ nodes: ids, animation: { duration: 400 } });
    say(data.info[id].label + ": " + ids.length + " entities within " + depth + " step(s)");
  }

  function reset() {
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: false }; }));
    visibleCount = data.nodes.length;
    network.unselectAll();
    network.fit({ animation: { duration: 400 } });
    say(data.nodes.length + " entities");
  }

  function find(text) {
    var t = String(text).trim().toLowerCase();
    if (!t) { return null; }
    var tests = [
      function (s) { return s === t; },
      function (s) { return s.indexOf(t) === 0; },
      function (s) { return s.indexOf(t) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      for (var j = 0; j < data.nodes.length; j++) {
        var info = data.info[data.nodes[j].id];
        var all = [info.label].concat(info.aliases);
        for (var k = 0; k < all.length; k++) {
          if (tests[i](all[k].toLowerCase())) { return data.nodes[j].id; }
        }
      }
    }
    return null;
  }

  function search(text) {
    var id = find(text);
    if (id === null) { say("No entity matches \u201c" + text + "\u201d"); return null; }
    if (nodes.get(id).hidden) { reset(); }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: { duration: 500 } });
    say("Found " + data.info[id].label + " (" + data.info[id].kind + ")");
    return id;
  }

  var searchBox = document.getElementById("kg-search");
  searchBox.addEventListener("change", function () { search(searchBox.value); });
  searchBox.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search(searchBox.value); } });
  document.getElementById("kg-reset").addEventListener("click", reset);
  network.on("doubleClick", function (params) {
    if (params.nodes.length) { isolate(params.nodes[0], parseInt(depthSelect.value, 10) || 1); }
  });

  // Physics only lays the graph out; once it settles, nodes stay where they are dragged.
  network.on("stabilizationProgress", function (p) {
    say("Laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%");
  });
  function settled() {
    if (statusEl.getAttribute("data-stabilized") === "true") { return; }
    network.setOptions({ physics: false });
    statusEl.setAttribute("data-stabilized", "true");
    network.fit();
    if (data.focus) { network.selectNodes([data.focus]); }
    say(data.nodes.length + " entities, " + data.edges.length + " links");
  }
  network.on("stabilizationIterationsDone", settled);
  network.on("stabilized", settled);
  // Tests read this attribute to know the canvas has been drawn, and with how many nodes.
  network.on("afterDrawing", function () {
    statusEl.setAttribute("data-rendered-nodes", String(visibleCount));
  });
  if (!data.nodes.length) {
    say("No entities to show.");
    statusEl.setAttribute("data-rendered-nodes", "0");
    statusEl.setAttribute("data-stabilized", "true");
  }

  window.kgView = { network: network, nodes: nodes, edges: edges, isolate: isolate,
                    reset: reset, search: search };
}());
