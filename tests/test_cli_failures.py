"""Issue 15: every command fails in one line, never a traceback, when the
store cannot be reached: a folder above the store that cannot hold its lock
file, a remote store nobody answers at, and one that accepts the connection
and never answers. Each command runs in-process with Typer's runner."""

from __future__ import annotations

import os
import re
import socket
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# every command that touches a store, with the arguments it needs besides --store
COMMANDS = {
    "build": [str(SEEDS / sorted(os.listdir(SEEDS))[0])],
    "remove": ["some/article.txt"],
    "stats": [],
    "validate": [],
    "export": ["--format", "nquads"],
    "query": ["entities"],
    "viz": ["Kyiv", "-o", "{tmp}/out.png"],
}


def _one_line(result, code: str, where: str) -> None:
    assert result.exit_code != 0
    assert "Traceback" not in result.output and result.exception is None or \
        isinstance(result.exception, SystemExit), result.exception
    lines = [l for l in result.stderr.splitlines() if l.startswith("error ") and "error report" not in l]
    assert len(lines) == 1, result.stderr
    assert re.fullmatch(rf"error {re.escape(where)}\S*: {code} \S.*", lines[0]), lines[0]


def _run(name: str, store: str, tmp_path: Path):
    args = [a.replace("{tmp}", str(tmp_path)) for a in COMMANDS[name]]
    cwd = os.getcwd()
    os.chdir(tmp_path)  # a build against a remote store reports into ./errors.jsonl
    try:
        return runner.invoke(app, [name, *args, "--store", store])
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("name", ["build", "remove"])
def test_a_lock_file_that_cannot_be_made_is_one_line(tmp_path, name):
    """A writer's lock file goes beside the store; here the folder that
    should hold it is a file (as root a read-only folder is still writable)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = str(blocker / "store")
    result = _run(name, store, tmp_path)
    _one_line(result, "E302", store)
    assert "lock file" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
@pytest.mark.parametrize("name", ["build", "remove"])
def test_a_read_only_parent_folder_is_one_line(tmp_path, name):
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        store = str(parent / "store")
        _one_line(_run(name, store, tmp_path), "E302", store)
    finally:
        parent.chmod(0o755)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_dead_remote_store_is_one_line(tmp_path, name):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/sparql"
    _one_line(_run(name, url, tmp_path), "E303", f"http://127.0.0.1:{port}/")


@pytest.fixture
def hung_server():
    """Accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held, stop = [], threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/sparql"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_hung_remote_store_is_one_line(tmp_path, name, hung_server, monkeypatch):
    monkeypatch.setenv("KG_REMOTE_TIMEOUT", "1")
    _one_line(_run(name, hung_server, tmp_path), "E303", hung_server.rsplit("/", 1)[0])
