"""Determinism (issue 8): the same corpus gives a byte-identical sorted
N-Quads export across runs (separate processes with different hash seeds,
so no set or dict order can leak in), across ``--jobs`` values, and
whatever order the files are given in.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hostile_corpus import BODY
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.store import Store

ROOT = Path(__file__).resolve().parents[2]
KG = str(ROOT / ".venv" / "bin" / "kg")
runner = CliRunner()
pytestmark = pytest.mark.slow


@pytest.fixture
def base(tmp_path_factory, seed_paths) -> Path:
    """A corpus folder: the seeds plus a few odd files of our own."""
    base = tmp_path_factory.mktemp("determinism")
    corpus = base / "corpus"
    corpus.mkdir()
    for path in seed_paths:
        shutil.copy(path, corpus / Path(path).name)
    (corpus / "odd_utf16.txt").write_bytes(BODY.encode("utf-16-le"))
    (corpus / "odd_page.html").write_text(
        "<html><head><title>Bridge</title></head><body><article>"
        + "".join(f"<p>{line}</p>" for line in BODY.splitlines()) + "</article></body></html>",
        encoding="utf-8")
    return base


def _files(base: Path) -> list[str]:
    return sorted(f"corpus/{p.name}" for p in (base / "corpus").iterdir())


def _build(base: Path, name: str, hash_seed: str, args: list[str]) -> bytes:
    """``kg build`` in its own process (cwd ``base``, so keys are relative),
    then ``kg export --format nquads -o``; the exported bytes."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    store = base / name / "store"
    done = subprocess.run([KG, "build", *args, "--store", str(store)], cwd=base, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    out = base / name / "export.nq"
    result = runner.invoke(app, ["export", "--format", "nquads", "-o", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def _has_option(command: str, option: str) -> bool:
    return option in runner.invoke(app, [command, "--help"], terminal_width=200).output


def test_same_corpus_same_bytes_across_runs_orders_and_jobs(base):
    """One test (so the corpus is built in one xdist worker): runs in
    processes with different hash seeds, files given in reverse order, and
    ``--jobs 2`` all export the same N-Quads bytes."""
    first = _build(base, "run1", "1", ["corpus"])
    lines = first.splitlines(keepends=True)
    assert len(lines) > 1000
    assert lines == sorted(lines) and len(set(lines)) == len(lines)
    assert _build(base, "run2", "2", ["corpus"]) == first, "differs across runs"
    assert _build(base, "reversed", "3", list(reversed(_files(base)))) == first, "differs with file order"
    if _has_option("build", "--jobs"):  # (the option came with the scale work)
        assert _build(base, "jobs2", "4", ["corpus", "--jobs", "2"]) == first, "differs with --jobs 2"
    for fmt in ("turtle", "trig", "jsonld"):
        one = Store.read_only(base / "run1" / "store").export_bytes(fmt)
        assert len(one) > 1000
        assert Store.read_only(base / "run2" / "store").export_bytes(fmt) == one, fmt
