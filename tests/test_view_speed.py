"""The view is written from pyvis's page template without importing pyvis (issue 24).

``pyvis.network`` imports IPython, ~0.3 s of CPU on every build that writes a page;
kg fills pyvis's template itself (kg.export.html._pyvis_page). These tests hold it to
that, and to writing the very page pyvis's ``Network.generate_html`` writes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.export import html as kg_html

# A headline with every character the embedded JSON must escape, and an "href" that
# would make pyvis pick its innerHTML popup if a title kept it.
HOSTILE = "Minister's </script><b>\"talks\" & 'href' resume</b> \u202eevil"


def test_page_is_written_without_importing_pyvis(tmp_path: Path) -> None:
    page = tmp_path / "g.html"
    code = (
        "import sys; from pathlib import Path; from kg.export.html import write_html; "
        "from kg.model import BuildResult; "
        "write_html(BuildResult(documents=[], actors={}, statements=[], events={}, "
        f"relations=[]), Path({str(page)!r})); "
        "print(sorted(m for m in ('IPython', 'pyvis.network') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert "new vis.Network" in page.read_text(encoding="utf-8")


def _graph(n: int) -> kg_html._Graph:
    nodes = [
        {"id": f"event:{i}", "label": HOSTILE[: 10 + i % 20], "title": kg_html._title([HOSTILE])}
        for i in range(n)
    ]
    edges = [{"id": f"e{i}", "from": f"event:{i}", "to": f"event:{i + 1}"} for i in range(n - 1)]
    return kg_html._Graph(nodes=nodes, edges=edges)


@pytest.mark.parametrize("n", [3, 150])  # pyvis's template adds a loading bar above 100
def test_page_is_the_one_pyvis_writes(n: int) -> None:
    from pyvis.network import Network

    graph = _graph(n)
    net = Network(
        height="750px",
        width="100%",
        directed=True,
        bgcolor="#ffffff",
        heading="",
        cdn_resources="in_line",
    )
    net.nodes, net.edges = graph.nodes, graph.edges
    net.options = kg_html._options(len(graph.edges))
    want = net.generate_html()
    page, data = kg_html._pyvis_page(graph)
    assert len(data) == 2 and all(page.count(mark) == 1 for mark in data)
    for mark, text in data.items():
        assert "<" not in text and "</script>" not in text
        page = page.replace(mark, text)
    assert page == want


def test_backward_remote_check_finds_a_remote_resource_exactly_when_the_forward_one_does() -> None:
    """The page's last check reads the page backwards (kg.export.html); on text made of
    the pieces that matter (case, long s, spacing, quotes, schemes, word boundaries) it
    finds a match exactly where the forward pattern finds one, at the same span."""
    import random

    pieces = ["src", "SRC", "ſrc", "href", "HRef", "x", "-", "_", "=", " ", "\n", '"', "'"]
    pieces += ["http:", "https:", "HTTPS:", "//", "/", "<img ", "é", ":"]
    rng = random.Random(24)
    found = 0
    for _ in range(20_000):
        if rng.random() < 0.5:  # pieces at random
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        else:  # an attribute, each part of it perhaps spelt wrong
            parts = [["", "x", " ", "-", "é", "_", "<a "], ["src", "SRC", "ſrc", "href", "hreff"]]
            parts += [["", " ", "\n"], ["=", "", ":"], ["", " "], ["", '"', "'"], ["", " "]]
            parts += [["", "http:", "https:", "HTTPS:", "ftp:"], ["//", "/", ""], ["", "x"]]
            text = "".join(rng.choice(p) for p in parts)
        forward = kg_html._REMOTE_RESOURCE.search(text)
        backward = kg_html._REMOTE_RESOURCE_BACKWARDS.search(text[::-1])
        assert bool(forward) == bool(backward), text
        if forward:
            found += 1
            last = list(kg_html._REMOTE_RESOURCE.finditer(text))[-1]
            assert (len(text) - backward.end(), len(text) - backward.start()) == last.span()
    assert found > 200


def test_the_empty_heading_goes_with_the_space_before_it_as_the_old_pattern_took_it() -> None:
    """pyvis's page has an empty ``<center><h1></h1></center>``; the view drops it and
    the white space before it. Found by its tag and the space then taken back, the
    page must come out as the pattern that opened with ``\\s*`` cut it: on text made of
    spaces (Unicode ones too), tags, and headings empty, spaced, back to back or not."""
    import random
    import re

    old = re.compile(r"\s*<center>\s*<h1>\s*</h1>\s*</center>")
    pieces = [" ", "\n", "\t", "\u00a0", "\u2003", "x", "<center>", "<h1>", "</h1>"]
    pieces += ["</center>", "<center><h1></h1></center>", " <center> <h1>\n</h1> </center>"]
    rng = random.Random(6)
    cut = 0
    for _ in range(20_000):
        page = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert kg_html._without_empty_heading(page) == old.sub("", page), repr(page)
        cut += bool(old.search(page))
    assert cut > 1000


def test_large_components_are_laid_out_by_force_steps() -> None:
    """networkx 3.6 switched components of 500+ nodes to a scipy energy minimiser (2.8
    CPU s of view on 120 BBC politics files); the view draws the force-directed steps
    (its own block version of networkx's, kg.export.html._spring_rows), the picture of
    networkx's "force" method where it has one, of its only method where it has not."""
    import networkx as nx

    star = nx.star_graph(599)  # one component of 600 nodes: a hub and its spokes
    star = nx.relabel_nodes(star, {i: f"event:{i}" for i in star})
    pos = kg_html._component_layout(star)
    assert len(pos) == 600
    force = nx.spring_layout(star, seed=kg_html.LAYOUT_SEED, iterations=20, **kg_html.SPRING_METHOD)
    assert pos == {node: (float(x), float(y)) for node, (x, y) in force.items()}


def _plain_jinja(folder: Path):
    """pyvis's template read by Jinja alone, every included file read as a template."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)))
    env.filters["tojson"] = jinja2.pass_context(kg_html._marked)
    return env.get_template("template.html")


@pytest.mark.parametrize("menus", [False, True])
def test_page_template_writes_what_jinja_reading_every_file_writes(menus: bool) -> None:
    """The inlined libraries (vis-network, 700 kB) are handed to the page as their text,
    not read by Jinja as templates (0.07 CPU s a build): the page is the same, with the
    tom-select libraries of the menus too."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    folder = Path(next(iter(spec.submodule_search_locations))) / "templates"
    graph = _graph(12)
    args = dict(
        height="750px",
        width="100%",
        nodes=graph.nodes,
        edges=graph.edges,
        heading="",
        options="{}",
        physics_enabled=False,
        use_DOT=False,
        dot_lang="",
        widget=False,
        bgcolor="#ffffff",
        conf=False,
        tooltip_link=False,
        neighborhood_highlight=False,
        select_menu=menus,
        filter_menu=menus,
        notebook=False,
        cdn_resources="in_line",
    )
    theirs, ours = {}, {}
    want = _plain_jinja(folder).render(kg_data=theirs, **args)
    assert kg_html._pyvis_template().render(kg_data=ours, **args) == want
    assert ours == theirs and len(want) > 600_000
    libraries = kg_html._pyvis_template().environment.globals["kg_libraries"]
    assert "lib/vis-9.1.2/vis-network.min.js" in libraries


def test_a_library_is_written_as_jinja_would_write_it(tmp_path: Path) -> None:
    """Line breaks of every kind become "\\n" and one final break is dropped, as Jinja
    does; a file holding a Jinja mark is still read by Jinja."""
    import jinja2

    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.js").write_bytes(b"var port = 'Rotterdam';\r\nvar strike = true;\rvar days = 3;\n")
    (lib / "b.js").write_text("var total = {{ 2 + 1 }};\n", encoding="utf-8")
    (lib / "c.css").write_text("p { color: red }\n\n", encoding="utf-8")
    (tmp_path / "template.html").write_text(
        "<script>{% include 'lib/a.js' %}</script>\n"
        "<script>{% include 'lib/b.js' %}</script>\n"
        "<style>{% include 'lib/c.css' %}</style>\n",
        encoding="utf-8",
    )
    plain = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)))
    libraries: dict[str, str] = {}
    ours = jinja2.Environment(loader=kg_html._LibraryLoader(str(tmp_path), libraries))
    ours.globals["kg_libraries"] = libraries
    want = plain.get_template("template.html").render()
    assert "var strike = true;\nvar days = 3;</script>" in want and "total = 3" in want
    assert ours.get_template("template.html").render() == want
    assert sorted(libraries) == ["lib/a.js", "lib/c.css"]  # b.js holds a mark
