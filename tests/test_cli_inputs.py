"""``kg build`` on the new inputs, in-process with Typer's runner: the help
and the README name every input kind and the metadata order; a corpus with
its own field names; a URL refused without --allow-private and fetched with
it from a server on 127.0.0.1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from inputs_support import Site, page_html, sample
from kg.cli import app
from kg.graph import Store

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _plain(text: str) -> str:
    return " ".join(re.sub(r"\x1b\[[0-9;]*m|[│╭╮╰╯─]", " ", text).split())


def test_help_and_readme_name_every_input_and_the_metadata_order():
    result = runner.invoke(app, ["build", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0
    help_text = _plain(result.output)
    for word in (".jsonl", ".csv", ".warc.gz", "RSS/Atom", "--text-field", "--allow-private", "--offline",
                 "first source wins", "sidecar", "a WARC record's target URI", "a WARC record's date"):
        assert word in help_text, word
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("kg build articles/", "kg build corpus.jsonl", "kg build dump.json", "kg build export.csv",
                    "kg build crawl.warc.gz", "kg build https://example.org/news/a-story",
                    "kg build https://example.org/rss.xml"):
        assert f"\n{command}" in readme, command
    assert "first source wins" in readme


@pytest.mark.model
@pytest.mark.slow
def test_build_corpus_with_its_own_field_names(tmp_path):
    a = sample(("wn_004",))[0]
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps({"story": a["body"], "hed": a["title"], "permalink": a["url"],
                                "when": a["published"]}) + "\n" + '{"story": 5}\n', encoding="utf-8")
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", str(path), "--store", str(store), "--text-field", "story",
                                 "--title-field", "hed", "--url-field", "permalink", "--date-field", "when"])
    assert result.exit_code == 1  # record 2 failed, record 1 landed
    assert f"error {path}#2: E108 field 'text' must be a string, got int" in _plain(result.output)
    [article] = Store.read_only(str(store)).articles()
    assert article.key == a["url"]
    lines = [json.loads(l) for l in (tmp_path / "store.errors.jsonl").read_text().splitlines()]
    assert lines == [{"file": f"{path}#2", "code": "E108", "reason": "field 'text' must be a string, got int",
                      "level": "error"}]


@pytest.mark.model
@pytest.mark.slow
def test_build_url_needs_allow_private_for_loopback(tmp_path):
    site = Site({"/story.html": (200, "text/html; charset=utf-8", page_html(sample()[0]).encode("utf-8"), {})})
    try:
        url = site.url("/story.html")
        store = tmp_path / "store"
        refused = runner.invoke(app, ["build", url, "--store", str(store)])
        assert refused.exit_code == 1 and "E109" in refused.output and "--allow-private" in refused.output
        assert site.hits == {}
        built = runner.invoke(app, ["build", url, "--store", str(store), "--allow-private"])
        assert built.exit_code == 0, built.output
        assert [a.key for a in Store.read_only(str(store)).articles()] == [url]
        assert site.hits == {"/story.html": 1}
    finally:
        site.close()
    again = runner.invoke(app, ["build", url, "--store", str(store), "--allow-private"])
    assert again.exit_code == 0 and "skipped 1" in again.output  # from the cache, the server gone
