"""Heavy libraries are imported where they are used, not by every build (issue 24).

datasketch brings scipy (~0.7 s) and pyvis brings IPython (~0.35 s); a build of one
article, a worker process or a ``--format ttl`` build pays for neither.
"""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("module", "heavy"),
    [("kg.ingest.dedup", "scipy"), ("kg.export.html", "IPython"), ("kg.pipeline", "scipy")],
)
def test_import_leaves_heavy_library_out(module: str, heavy: str) -> None:
    code = f"import sys, {module}; print({heavy!r} in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

