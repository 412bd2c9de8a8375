"""The walkthrough notebook runs top to bottom on the samples, as it is stored.

It is stored without outputs and with no path outside the repository; executing it
(nbclient, a real IPython kernel) must raise no error and show what each section
promises: the tables, the story's links, the card, three cookbook answers, the
graph view and the chart.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"
nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")


@pytest.fixture(scope="module")
def stored():
    return nbformat.read(NOTEBOOK, as_version=4)


def test_stored_without_outputs(stored):
    nbformat.validate(stored)
    for cell in stored.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]
    assert "widgets" not in stored.metadata


def test_no_path_outside_the_repository(stored):
    text = "\n".join(cell.source for cell in stored.cells)
    quoted = re.findall(r"""["']([^"'\n]*)["']""", text)
    absolute = [q for q in quoted if q.startswith(("/", "~")) or re.match(r"[A-Za-z]:\\", q)]
    assert not absolute, absolute
    assert "../shared" not in text and "/shared/" not in text


def test_runs_top_to_bottom(stored, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_WALKTHROUGH_OUT", str(tmp_path / "out"))
    nb = nbformat.from_dict(stored)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    kinds = [k for o in outputs for k in o.get("data", {})]
    assert kinds.count("text/html") >= 8  # the dataframes
    assert "image/png" in kinds and "text/markdown" in kinds
    text = "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "")
                     for o in outputs)
    assert "'documents': 7" in text
    # the story followed: the most reported typed event, the Geneva talks
    assert ": Negotiate, asserted, 4 sources" in text
    assert "Elchin Rzayev" in text and "Lilit Avagyan" in text  # who said what, conflicts
    card = next(o["data"]["text/markdown"] for o in outputs
                if "text/markdown" in o.get("data", {}))
    assert "negotiation · asserted" in card and "Geneva" in card
    assert (tmp_path / "out" / "graph.html").is_file()
    assert "IFrame" in text
