"""kg: news articles in, an event-centric knowledge graph out.

``kg.build(paths, output=None, **settings)`` is the whole pipeline; see
:mod:`kg.pipeline`. Imported lazily so ``import kg`` and ``kg --help`` stay fast.
"""

from __future__ import annotations

__version__ = "0.1.0"


def build(*args, **kwargs):
    """Build the graph of some articles: see :func:`kg.pipeline.build`."""
    from .pipeline import build as _build

    return _build(*args, **kwargs)


__all__ = ["build", "__version__"]
