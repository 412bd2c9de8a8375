"""The view's fast spring layout of a large component draws networkx's picture exactly.

kg.export.html._spring_rows moves a block of nodes at once where networkx loops over the
nodes one by one (components of 500 nodes or more); the positions must be the same
floats, or graph.html would change with a speed change.
"""

from __future__ import annotations

import random
import subprocess
import sys

import networkx as nx
import numpy as np
import pytest

from kg.export import html


def _story_graph(n: int, seed: int) -> nx.Graph:
    """A connected graph shaped like the view's: events tied to a few busy actors (a
    minister in every story), the actors tied by relations."""
    rng = random.Random(seed)
    g = nx.Graph()
    actors = [f"actor:{i}" for i in range(n // 10)]
    g.add_nodes_from(actors)
    for i in range(1, len(actors)):  # relations: each actor known through an earlier one
        g.add_edge(actors[i], actors[rng.randrange(i)])
    for i in range(n - len(actors)):
        node = f"event:{i}" if i % 3 else f"statement:{i}"
        g.add_node(node)
        g.add_edge(node, actors[min(int(rng.expovariate(0.3)), len(actors) - 1)])
        if rng.random() < 0.4:
            g.add_edge(node, rng.choice(actors))
    return g


@pytest.mark.parametrize(("n", "seed"), [(640, 2), (1031, 3)])
def test_spring_rows_equals_networkx(n: int, seed: int) -> None:
    g = _story_graph(n, seed)
    assert nx.is_connected(g) and g.number_of_nodes() == n
    theirs = nx.spring_layout(g, seed=html.LAYOUT_SEED, iterations=20, **html.SPRING_METHOD)
    ours = html._spring_rows(g, html.LAYOUT_SEED, iterations=20)
    assert list(ours) == list(theirs)
    for node, xy in theirs.items():
        assert np.array_equal(ours[node], xy), node


@pytest.mark.parametrize(
    ("n", "seed", "iterations"),
    [(3, 1, 50), (12, 5, 50), (64, 6, 50), (240, 7, 50), (303, 8, 20), (499, 9, 20)],
)
def test_dense_spring_equals_networkx(n: int, seed: int, iterations: int) -> None:
    """Below 500 nodes networkx takes its dense steps; kg.export.html._spring_dense makes
    the same arrays a cheaper way and must land every node on the same floats."""
    g = _story_graph(n, seed) if n >= 10 else nx.relabel_nodes(nx.path_graph(n), str)
    assert nx.is_connected(g) and g.number_of_nodes() == n
    theirs = nx.spring_layout(g, seed=html.LAYOUT_SEED, iterations=iterations, **html.SPRING_METHOD)
    ours = html._spring_dense(g, html.LAYOUT_SEED, iterations=iterations)
    assert list(ours) == list(theirs)
    for node, xy in theirs.items():
        assert np.array_equal(ours[node], xy), node


def test_component_layout_takes_the_dense_path_below_500_nodes() -> None:
    g = _story_graph(html.SPRING_ROWS_FROM - 1, 10)
    theirs = nx.spring_layout(g, seed=html.LAYOUT_SEED, iterations=20, **html.SPRING_METHOD)
    want = {node: (float(x), float(y)) for node, (x, y) in theirs.items()}
    assert html._component_layout(g) == want


def test_component_layout_takes_the_block_path_from_500_nodes() -> None:
    g = _story_graph(html.SPRING_ROWS_FROM, 4)
    theirs = nx.spring_layout(g, seed=html.LAYOUT_SEED, iterations=20, **html.SPRING_METHOD)
    want = {node: (float(x), float(y)) for node, (x, y) in theirs.items()}
    assert html._component_layout(g) == want


def test_the_typical_spacing_is_numpys_median_to_the_bit() -> None:
    """_radius stretches each component by the median distance to a nearest neighbour;
    read without numpy's median it must stay the same float, or graph.html moves."""
    rng = random.Random(7)
    for n in range(1, 80):
        values = [rng.uniform(0.001, 3.0) for _ in range(n)]
        if n % 3 == 0:
            values[rng.randrange(n)] = values[0]  # equal distances (a star's spokes)
        assert html._median(values) == float(np.median(values)), n


def test_a_view_is_laid_out_without_importing_numpy_ma() -> None:
    """numpy's median imports numpy.ma on its first call: in a build it was the view's
    own import, some 15 ms of it."""
    code = (
        "import sys\n"
        "from kg.export import html\n"
        "pos = html._layout(['a', 'b', 'c', 'd'], [('a', 'b'), ('b', 'c'), ('c', 'a')])\n"
        "assert len(pos) == 4\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
