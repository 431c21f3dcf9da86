"""``notebooks/explore.ipynb`` runs top to bottom (nbclient, a real kernel) on
the seeds store, so it cannot rot."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


@pytest.mark.slow
def test_explore_notebook_runs(seed_store, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("KG_NOTEBOOK_STORE", seed_store.path)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "most discussed place:" in text
    assert " -> " in text  # a path between two speakers
    assert "statements  betweenness" in text
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the picture
    assert os.environ["KG_NOTEBOOK_STORE"] == seed_store.path
