// The controls of graph.html, run once the network is drawn: filters (which are the
// legend), the weak-links box, the search box and the card panel. Filters set `hidden`
// on the nodes whose state changes, in one DataSet update (vis-network then leaves out
// their edges), and frame what is left (kgFrame, network.js); the cards come escaped
// from Python in a JSON block parsed on the first click (not at load: it is the largest
// part of a big page). kgLastFilterMs (from the change to the next draw) lets tests and
// the benchmark time a filter.
(function () {
  "use strict";
  if (typeof network === "undefined" || !network || typeof nodes === "undefined" || !nodes) {
    return;
  }
  var cards = null;
  var has = Object.prototype.hasOwnProperty;
  if (!window.kgDrawn) {  // nothing left to draw (an empty graph): draw once anyway
    requestAnimationFrame(function () {
      if (!window.kgDrawn) {
        network.redraw();
      }
    });
  }

  var fields = ["id", "label", "search", "kind", "eventType", "factuality", "begin", "end"];
  var items = nodes.get({fields: fields});
  var hidden = Object.create(null);
  items.forEach(function (n) {
    hidden[n.id] = false;
    n.hay = ((n.label || "") + "\n" + (n.search || "")).toLowerCase();
  });

  var controls = document.getElementById("kg-controls");
  var status = document.getElementById("kg-status");
  var from = document.getElementById("kg-from");
  var to = document.getElementById("kg-to");
  var undated = document.getElementById("kg-undated");

  function boxes(group) {
    return controls.querySelectorAll('input[data-group="' + group + '"]');
  }
  function ticked(group) {
    var on = Object.create(null);
    boxes(group).forEach(function (box) {
      if (box.checked) {
        on[box.value] = true;
      }
    });
    return on;
  }
  // who is next to whom, for the actors a filter leaves (built on the first filter)
  var around = null;
  function neighbours() {
    if (!around) {
      around = Object.create(null);
      edges.get({fields: ["from", "to"]}).forEach(function (e) {
        (around[e.from] = around[e.from] || []).push(e.to);
        (around[e.to] = around[e.to] || []).push(e.from);
      });
    }
    return around;
  }
  function talk(kind) {  // events and statements; every other kind is an actor's
    return kind === "event" || kind === "statement";
  }
  var kindOf = Object.create(null);
  items.forEach(function (n) { kindOf[n.id] = n.kind; });

  function applyFilters() {
    var start = performance.now();
    var kinds = ticked("kind"), types = ticked("type"), facts = ticked("fact");
    var first = from ? from.value : "", last = to ? to.value : "";
    var keepUndated = !undated || undated.checked;
    var changes = [], shown = 0, want = Object.create(null), eventsCut = false;
    for (var i = 0; i < items.length; i++) {
      var n = items[i];
      var show = kinds[n.kind] === true;
      if (n.kind === "event") {
        var kept = types[n.eventType] === true && facts[n.factuality] === true &&
          (n.begin ? (!first || n.end >= first) && (!last || n.begin <= last) : keepUndated);
        eventsCut = eventsCut || !kept;
        show = show && kept;
      }
      want[n.id] = show;
    }
    // once events are filtered out, an actor stays only beside an event or statement
    // still shown: the filter's own cast, not every actor of the events it hid
    window.kgEventsFirst = eventsCut;
    if (eventsCut) {
      var next = neighbours();
      items.forEach(function (n) {
        if (want[n.id] && !talk(n.kind)) {
          want[n.id] = (next[n.id] || []).some(function (m) {
            return want[m] && talk(kindOf[m]);
          });
        }
      });
    }
    for (var j = 0; j < items.length; j++) {
      var node = items[j];
      if (want[node.id]) {
        shown += 1;
      }
      if (hidden[node.id] === want[node.id]) {
        hidden[node.id] = !want[node.id];
        changes.push({id: node.id, hidden: !want[node.id]});
      }
    }
    status.textContent = "Showing " + shown.toLocaleString("en") + " of " +
      items.length.toLocaleString("en") + " nodes";
    if (changes.length) {
      window.kgFilterStart = start;
      nodes.update(changes);
      frameShown();
    } else {
      window.kgLastFilterMs = performance.now() - start;
    }
    return changes.length;
  }
  // what a filter leaves: its top events and actors, as the page opened on the top of all
  function frameShown() {
    var shown = [], statements = [];
    for (var i = 0; i < items.length; i++) {
      if (!hidden[items[i].id]) {
        (items[i].kind === "statement" ? statements : shown).push(items[i].id);
      }
    }
    return window.kgFrame(shown.length ? shown : statements, true);
  }

  var weak = document.getElementById("kg-weak");
  var weakEdges = edges.getIds({filter: function (e) { return e.weak === true; }});
  function showWeak() {
    var on = Boolean(weak && weak.checked);
    edges.update(weakEdges.map(function (id) { return {id: id, hidden: !on}; }));
  }
  controls.addEventListener("change", function (event) {
    if (event.target === weak) {
      showWeak();
    } else {
      applyFilters();
    }
  });
  controls.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) {
      return;
    }
    if (button.hasAttribute("data-bulk")) {
      var on = button.getAttribute("data-on") === "1";
      boxes(button.getAttribute("data-bulk")).forEach(function (box) { box.checked = on; });
    } else if (button.id === "kg-reset") {
      controls.querySelectorAll("input").forEach(function (input) {
        if (input.type === "checkbox") {
          input.checked = input.defaultChecked;
        } else {
          input.value = input.defaultValue;
        }
      });
    } else {
      return;
    }
    applyFilters();
    if (button.id === "kg-reset") {
      showWeak();
    }
  });
  window.kgApplyFilters = applyFilters;

  var panel = document.getElementById("kg-panel");
  function hasCard(id) {
    if (cards === null) {
      cards = JSON.parse(document.getElementById("kg-cards").textContent);
    }
    return has.call(cards, id);
  }
  var card = document.getElementById("kg-card");
  function hideTooltip() {
    // the hover tooltip would stay open over the card (vis-network keeps it until the
    // pointer leaves the node): close it, and forget the node so the next hover works
    var handler = network.interactionHandler;
    if (handler) {
      clearTimeout(handler.popupTimer);
      if (handler.popup) {
        handler.popup.hide();
      }
      handler.popupObj = undefined;
    }
    document.querySelectorAll("div.vis-tooltip").forEach(function (tip) {
      tip.style.visibility = "hidden";
    });
  }
  function showDetails(id) {
    var node = nodes.get(id);
    if (!node) {
      return false;
    }
    if (hasCard(id)) {
      card.innerHTML = cards[id];  // built in Python, article text escaped there
    } else if (node.title instanceof Element) {
      card.replaceChildren(node.title.cloneNode(true));
    } else {
      card.textContent = node.label || id;
    }
    hideTooltip();
    panel.hidden = false;
    panel.scrollTop = 0;
    panel.setAttribute("data-shows", id);
    return true;
  }
  function focusOn(id) {
    if (!hidden[id] && nodes.get(id)) {
      network.selectNodes([id]);
      network.focus(id, {
        scale: Math.max(network.getScale(), 1),
        animation: {duration: 400, easingFunction: "easeInOutQuad"}
      });
    }
    return showDetails(id);
  }
  window.kgShowCard = function (id) {
    return hasCard(id) && showDetails(id);
  };
  network.on("click", function (params) {
    if (params.nodes.length) {
      showDetails(params.nodes[0]);
    }
  });
  panel.addEventListener("click", function (event) {
    var jump = event.target.closest(".kg-jump");
    if (jump) {
      focusOn(jump.getAttribute("data-node"));
    }
  });
  document.getElementById("kg-close").addEventListener("click", function () {
    panel.hidden = true;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      panel.hidden = true;
    }
  });

  var box = document.getElementById("kg-search");
  var said = document.getElementById("kg-search-status");
  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) {
      network.unselectAll();
      said.textContent = "";
      return [];
    }
    var found = [], filtered = 0;
    for (var i = 0; i < items.length; i++) {
      if (items[i].hay.indexOf(q) >= 0) {
        if (hidden[items[i].id]) {
          filtered += 1;
        } else {
          found.push(items[i].id);
        }
      }
    }
    network.selectNodes(found);
    var framed = window.kgFrame(found, true) || [];  // the top matches, legible
    said.textContent = (found.length === 1 ? "1 match" : found.length.toLocaleString("en") +
      " matches") + (filtered ? " (" + filtered.toLocaleString("en") +
      " more hidden by the filters)" : "") + (framed.length < found.length ? "; the top " +
      framed.length.toLocaleString("en") + " in view, zoom out for the rest" : "");
    if (found.length === 1) {
      showDetails(found[0]);
    }
    return found;
  }
  var timer = null;
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(box.value); }, 250);
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      clearTimeout(timer);
      search(box.value);
    }
  });
  window.kgSearch = function (query) {
    box.value = query;
    return search(query);
  };
})();
