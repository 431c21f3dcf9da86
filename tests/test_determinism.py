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
from typer.testing import CliRunner

from hostile_corpus import BODY
from kg.cli import app
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
KG = str(ROOT / ".venv" / "bin" / "kg")
runner = CliRunner()
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
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


@pytest.fixture(scope="module")
def first(base) -> bytes:
    return _build(base, "run1", "1", ["corpus"])


def test_same_corpus_same_bytes_across_runs(base, first):
    lines = first.splitlines(keepends=True)
    assert len(lines) > 1000
    assert lines == sorted(lines) and len(set(lines)) == len(lines)
    assert _build(base, "run2", "2", ["corpus"]) == first


def test_file_order_does_not_matter(base, first):
    assert _build(base, "reversed", "3", list(reversed(_files(base)))) == first


def _has_option(command: str, option: str) -> bool:
    return option in runner.invoke(app, [command, "--help"], terminal_width=200).output


@pytest.mark.parametrize("jobs", [2])
def test_same_bytes_across_jobs(base, first, jobs):
    if not _has_option("build", "--jobs"):
        pytest.skip("kg build has no --jobs option yet")
    assert _build(base, f"jobs{jobs}", "4", ["corpus", "--jobs", str(jobs)]) == first


@pytest.mark.parametrize("fmt", ["turtle", "trig", "jsonld"])
def test_every_export_format_is_stable(base, first, fmt):
    a = Store.read_only(base / "run1" / "store").export_bytes(fmt)
    b = Store.read_only(base / "run1" / "store").export_bytes(fmt)
    assert a == b and len(a) > 1000
    if (base / "run2" / "store").exists():
        assert Store.read_only(base / "run2" / "store").export_bytes(fmt) == a
