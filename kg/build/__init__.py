"""Build: the only stage that chains the others.

Takes paths and a store; reads, skips unchanged articles, parses and
extracts (in this process, on ``--jobs N`` worker processes, or on a Dask
cluster), turns extractions into quads and writes each article atomically.
Gives a ``BuildReport``. ``stages`` holds the steps all three ways share;
``pipeline`` chooses and orders them.
"""

from .pipeline import AUTO, BuildReport, article_budget, build, extract_paths

__all__ = ["AUTO", "BuildReport", "article_budget", "build", "extract_paths"]
