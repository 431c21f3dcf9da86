"""``notebooks/explore.ipynb`` runs top to bottom (nbclient, a real kernel) on
the seeds store named by ``KG_STORE``, like every kg entry point, so it
cannot rot; on an empty store it stops with one line saying so."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def _run(nb):
    from nbclient import NotebookClient

    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()


@pytest.mark.slow
def test_explore_notebook_runs(seed_store, monkeypatch):
    import nbformat

    monkeypatch.setenv("KG_STORE", seed_store.path)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    _run(nb)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "built" not in text  # the store of KG_STORE, not a fresh build of the seeds
    assert "most discussed place:" in text
    assert " -> " in text  # a path between two speakers
    assert "statements  betweenness" in text
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the picture
    assert os.environ["KG_STORE"] == seed_store.path


@pytest.mark.slow
@pytest.mark.parametrize("empty", ["empty-store", "no-store-here"])
def test_explore_notebook_on_an_empty_store_says_so_in_one_line(tmp_path, monkeypatch, empty):
    import nbformat
    from nbclient.exceptions import CellExecutionError

    from kg.graph import Store

    path = tmp_path / empty
    if empty == "empty-store":
        Store(str(path)).close()
    monkeypatch.setenv("KG_STORE", str(path))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    with pytest.raises(CellExecutionError):
        _run(nb)
    [error] = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
               if o.output_type == "error"]
    assert error.ename == "StoreError"
    assert len(error.traceback) == 1, error.traceback  # one line, no traceback
    assert f"{path}: E302" in error.traceback[0]
    assert ("no articles" if empty == "empty-store" else "no store here") in error.traceback[0]
