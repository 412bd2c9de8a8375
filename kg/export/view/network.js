// The part of graph.html that runs around `new vis.Network` (inside pyvis's drawGraph):
// tooltips made elements before the network exists, the draw hooks the tests and the
// benchmark read, the node labels, and the frame the page opens on.
//
// Labels: vis-network draws none of the node labels (a label threshold no label reaches,
// set in kg/export/html.py); kgDrawLabels draws them after each frame at a screen size
// of 12 to 16 px whatever the zoom, most important node first (each node's "rank",
// from Python; search hits and the selection before all), and leaves out a label that
// would overlap one already drawn or leave the canvas. So labels never pile up: zoomed
// out, only the top nodes are named; zooming in makes room for more.
//
// Frame: kgFrame moves the view onto the top nodes of a list (by rank) that fit in the
// canvas at a zoom of at least FRAME_MIN_SCALE, where nodes stand far enough apart for
// their labels. The page opens on the top events and their actors; a filter or a
// search frames what it shows the same way.
"use strict";
window.kgDrawn = false;
window.kgFirstDrawMs = null;
window.kgFilterStart = null;
window.kgLastFilterMs = null;
window.kgLabels = [];  // the labels of the last frame: {id, px, lines, left, top, ...}

var KG_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
var KG_LABEL_MIN_PX = 12, KG_LABEL_MAX_PX = 16, KG_LABEL_PX_PER_SCALE = 13;
var KG_MEASURE_PX = 12;  // line widths are measured once at this size, then scaled
var KG_LINE_EMS = 12;  // longest label line, in ems
var KG_MAX_LINES = 3;
var KG_MAX_LABELS = 400;  // per frame: enough for any screen, cheap at any size
var KG_CELL = 64;  // px, the collision grid
var FRAME_MIN_SCALE = 0.6, FRAME_FLOOR_SCALE = 0.35, FRAME_MAX_SCALE = 1.3;
var FRAME_MAX_NODES = 40;

function kgBeforeNetwork(datasets) {
  // vis-network shows a string title as plain text; ours are HTML built and escaped in
  // Python, so it gets elements made from them, swapped in while no network listens
  datasets.forEach(function (dataset) {
    var updates = [];
    dataset.forEach(function (item) {
      if (typeof item.title === "string") {
        var div = document.createElement("div");
        div.className = "kg-tip";
        div.innerHTML = item.title;
        updates.push({id: item.id, title: div});
      }
    });
    if (updates.length) {
      dataset.update(updates);
    }
  });
}

function kgAfterNetwork(network, nodes) {
  var fields = ["id", "label", "rank", "kind", "typeLabel", "lead"];
  var order = nodes.get({fields: fields});
  order.sort(function (a, b) { return (a.rank || 0) - (b.rank || 0); });
  var byId = Object.create(null);
  order.forEach(function (n) { byId[n.id] = n; });
  var measured = Object.create(null);  // id -> {lines, widths, width}, at KG_MEASURE_PX
  var container = network.body.container;

  function wrap(ctx, text) {
    var limit = KG_LINE_EMS * KG_MEASURE_PX;
    var words = String(text).split(/\s+/), lines = [], line = "";
    for (var i = 0; i < words.length; i++) {
      var next = line ? line + " " + words[i] : words[i];
      if (line && ctx.measureText(next).width > limit) {
        lines.push(line);
        line = words[i];
      } else {
        line = next;
      }
    }
    if (line) {
      lines.push(line);
    }
    if (lines.length > KG_MAX_LINES) {
      lines = lines.slice(0, KG_MAX_LINES);
      lines[KG_MAX_LINES - 1] += "…";
    }
    return lines;
  }
  function measure(ctx, n) {
    var m = measured[n.id];
    if (!m) {
      var lines = wrap(ctx, n.label || "");
      var widths = lines.map(function (l) { return ctx.measureText(l).width; });
      var sub = n.kind === "event" && n.typeLabel ? n.typeLabel : "";
      if (sub) {
        widths.push(ctx.measureText(sub).width * 0.85);
      }
      m = {lines: lines, sub: sub, width: Math.max.apply(null, widths.concat([0]))};
      measured[n.id] = m;
    }
    return m;
  }

  function drawLabels(ctx) {
    var view = network.body.view, scale = view.scale, tx = view.translation.x;
    var ty = view.translation.y, bodyNodes = network.body.nodes, canvas = ctx.canvas;
    var width = canvas.clientWidth, height = canvas.clientHeight;
    var ratio = width ? canvas.width / width : 1;
    var px = Math.min(KG_LABEL_MAX_PX, Math.max(KG_LABEL_MIN_PX, KG_LABEL_PX_PER_SCALE * scale));
    var k = px / KG_MEASURE_PX, lineHeight = Math.ceil(px * 1.2);
    var grid = new Map(), drawn = [], seen = Object.create(null);
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = KG_MEASURE_PX + "px " + KG_FONT;

    function free(box, overNodes) {
      for (var gx = Math.floor(box.left / KG_CELL); gx <= Math.floor(box.right / KG_CELL); gx++) {
        for (var gy = Math.floor(box.top / KG_CELL); gy <= Math.floor(box.bottom / KG_CELL);
          gy++) {
          var cell = grid.get(gx + "," + gy);
          if (cell) {
            for (var i = 0; i < cell.length; i++) {
              var o = cell[i];
              if (o.id !== box.id && !(overNodes && o.node) && box.left < o.right && o.left < box.right && box.top < o.bottom &&
                  o.top < box.bottom) {
                return false;
              }
            }
          }
        }
      }
      return true;
    }
    function keep(box) {
      for (var gx = Math.floor(box.left / KG_CELL); gx <= Math.floor(box.right / KG_CELL); gx++) {
        for (var gy = Math.floor(box.top / KG_CELL); gy <= Math.floor(box.bottom / KG_CELL);
          gy++) {
          var key = gx + "," + gy, cell = grid.get(key);
          if (cell) {
            cell.push(box);
          } else {
            grid.set(key, [box]);
          }
        }
      }
    }
    function consider(n) {
      var node = bodyNodes[n.id];
      if (seen[n.id] || !node || node.options.hidden || !n.label) {
        return;
      }
      seen[n.id] = true;
      var x = node.x * scale + tx, y = node.y * scale + ty;
      if (x < -120 || x > width + 120 || y < -60 || y > height) {
        return;  // far off screen: not measured
      }
      var m = measure(ctx, n), half = m.width * k / 2 + 2;
      var r = (node.options.size || 10) * scale;
      var lines = m.lines.length + (m.sub ? 0.85 : 0), tall = Math.ceil(lines * lineHeight) + 1;
      // below the node, or else above it: two countries side by side in one talks both
      // keep their names, where the second used to be left out
      var tops = [y + r + 2, y - r - 2 - tall];
      for (var t = 0; t < tops.length; t++) {
        var box = {id: n.id, px: px, lines: m.lines, sub: m.sub, x: x, lineHeight: lineHeight,
                   left: x - half, right: x + half, top: tops[t], bottom: tops[t] + tall};
        // the page opens on the top event and its actors: their names may cross a node
        if (box.left < 0 || box.right > width || box.top < 0 || box.bottom > height ||
            !free(box, n.lead === true)) {
          continue;
        }
        keep(box);
        drawn.push(box);
        return;
      }
    }
    // the nodes in view are obstacles too: a label never covers another node
    var ids = network.body.nodeIndices;
    for (var j = 0; j < ids.length; j++) {
      var node = bodyNodes[ids[j]];
      if (!node || node.options.hidden) {
        continue;
      }
      var x = node.x * scale + tx, y = node.y * scale + ty;
      var r = (node.options.size || 10) * scale;
      if (x + r > 0 && x - r < width && y + r > 0 && y - r < height) {
        keep({id: ids[j], left: x - r, right: x + r, top: y - r, bottom: y + r, node: true});
      }
    }
    network.getSelectedNodes().forEach(function (id) {
      if (byId[id]) {
        consider(byId[id]);
      }
    });
    if (window.kgEventsFirst) {  // a filter hid events: label the ones it kept first
      for (var e = 0; e < order.length && drawn.length < KG_MAX_LABELS; e++) {
        if (order[e].kind === "event") {
          consider(order[e]);
        }
      }
    }
    for (var i = 0; i < order.length && drawn.length < KG_MAX_LABELS; i++) {
      consider(order[i]);
    }

    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255, 255, 255, 0.92)";
    drawn.forEach(function (box) {
      ctx.font = box.px + "px " + KG_FONT;
      ctx.fillStyle = "#1f2328";
      var y = box.top + 1;
      box.lines.forEach(function (line) {
        ctx.strokeText(line, box.x, y);
        ctx.fillText(line, box.x, y);
        y += lineHeight;
      });
      if (box.sub) {
        ctx.font = "italic " + Math.round(box.px * 0.85) + "px " + KG_FONT;
        ctx.fillStyle = "#57606a";
        ctx.strokeText(box.sub, box.x, y);
        ctx.fillText(box.sub, box.x, y);
      }
    });
    ctx.restore();
    window.kgLabels = drawn;
  }

  // The top nodes of `ids` (most important first) that fit the canvas at a zoom of at
  // least FRAME_MIN_SCALE: a node that would need a smaller zoom is skipped. The first
  // `must` of them are taken whatever the zoom they need, down to FRAME_FLOOR_SCALE
  // (the top event and its actors, at load).
  function frame(ids, animate, must) {
    var width = container.clientWidth, height = container.clientHeight;
    ids = ids.filter(function (id) { return byId[id]; }).slice(0, 400);
    if (!ids.length || !width || !height) {
      return null;
    }
    ids.sort(function (a, b) { return byId[a].rank - byId[b].rank; });
    var pos = network.getPositions(ids), box = null, taken = [], least = FRAME_MIN_SCALE;
    // room for labels: beside and below the outermost nodes
    var roomX = width - 2 * 90, roomY = height - 30 - 70;
    function fits(b) {
      return Math.min(roomX / Math.max(b.r - b.l, 1), roomY / Math.max(b.b - b.t, 1));
    }
    for (var i = 0; i < ids.length && taken.length < FRAME_MAX_NODES; i++) {
      var p = pos[ids[i]];
      var next = box ? {l: Math.min(box.l, p.x), r: Math.max(box.r, p.x),
                        t: Math.min(box.t, p.y), b: Math.max(box.b, p.y)}
                     : {l: p.x, r: p.x, t: p.y, b: p.y};
      var scale = fits(next);
      if (i < (must || 1) && scale >= FRAME_FLOOR_SCALE) {
        least = Math.min(least, scale);
      }
      if (scale >= least) {
        box = next;
        taken.push(ids[i]);
      }
    }
    var zoom = Math.min(FRAME_MAX_SCALE, fits(box));
    // vis-network 9 leaves an animation that a second one replaces before its first
    // frame running for ever (its redraw hook is never removed), so that frames
    // asked for in a row end up anywhere: end the one running first
    var view = network.view;
    if (view && view.viewFunction) {
      network.body.emitter.off("initRedraw", view.viewFunction);
      view.easingTime = 0;
    }
    network.moveTo({
      position: {x: (box.l + box.r) / 2, y: (box.t + box.b) / 2 + 20 / zoom},
      scale: zoom,
      animation: animate ? {duration: 400, easingFunction: "easeInOutQuad"} : false
    });
    return taken;
  }

  network.on("afterDrawing", function (ctx) {
    drawLabels(ctx);
    var now = performance.now();
    if (!window.kgDrawn) {
      window.kgDrawn = true;
      window.kgFirstDrawMs = now;
    }
    if (window.kgFilterStart !== null) {
      window.kgLastFilterMs = now - window.kgFilterStart;
      window.kgFilterStart = null;
    }
  });
  window.kgFrame = frame;
  window.kgRankOf = function (id) { return byId[id] ? byId[id].rank : null; };
  // open on the top events and their actors (statements come after them in the order)
  var opening = order.filter(function (n) { return n.kind !== "statement"; });
  var lead = 0;
  while (lead < opening.length && opening[lead].lead) {
    lead += 1;
  }
  window.kgOpening = frame(opening.map(function (n) { return n.id; }), false, lead);
}
