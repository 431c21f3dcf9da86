"""Helpers shared by the benchmarks: run a measurement in a fresh Python
process (its own model load, its own peak memory) and read back one JSON line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_child(module: str, *args: str) -> dict:
    """``python -m MODULE --child ARGS...`` in a fresh process; its last
    stdout line parsed as JSON."""
    out = subprocess.run([sys.executable, "-m", module, "--child", *args], cwd=ROOT,
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{module} {' '.join(args)} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def emit(result: dict) -> None:
    print(json.dumps(result), flush=True)


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (Linux reports KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
