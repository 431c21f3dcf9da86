"""kg: a provenance-first knowledge graph of the news."""

__version__ = "0.1.0"
# Bumped whenever extraction output can change: an article built by another
# pipeline version is re-extracted on the next build.
PIPELINE_VERSION = f"kg-{__version__}"
