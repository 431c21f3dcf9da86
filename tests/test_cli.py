"""The CLI is a thin layer: every command has help text and is in the README;
commands are exercised in-process with Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _commands():
    import typer.main

    group = typer.main.get_command(app)
    return group.commands


def test_every_command_has_help_and_is_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _commands()
    assert {"build", "extract", "query", "export", "stats", "validate"} <= set(commands)
    for name, command in commands.items():
        assert (command.help or "").strip(), f"kg {name} has no help text"
        assert f"`kg {name}" in readme, f"kg {name} is missing from README.md"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, result.output


def test_query_param_must_be_name_value(tmp_path):
    result = runner.invoke(app, ["query", "entities", "--store", str(tmp_path / "s"), "--param", "oops"])
    assert result.exit_code != 0


@pytest.mark.slow
def test_extract_jsonl_contract(seed_paths):
    path = seed_paths[2]
    result = runner.invoke(app, ["extract", path, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(l) for l in result.stdout.splitlines() if l.strip()]
    text = None
    from kg.read.files import read_article

    text = read_article(path).text
    kinds = {l["kind"] for l in lines}
    assert kinds == {"entity", "attribution", "withdrawal", "proposition"}
    keys = {
        "proposition": {"doc", "kind", "subject", "predicate", "object", "quantity", "cue", "evidence",
                        "stated_time", "said_time", "statement", "claim", "object_words", "subject_words", "named", "frame",
                        "negated", "modality", "direction"},
        "attribution": {"doc", "kind", "relation", "source", "cue", "content", "speaker", "via"},
        "entity": {"doc", "kind", "id", "type", "name", "mentions"},
        "withdrawal": {"doc", "kind", "actor", "place", "asserted_by", "evidence"},
    }
    for l in lines:
        assert set(l) == keys[l["kind"]], l
        assert l["doc"] == path
        spans = []
        if l["kind"] == "attribution":
            assert l["relation"] in {"claims", "confirms", "denies", "not_confirmed"}
            spans = [s for s in (l["source"], l["cue"], l["content"]) if s]
            for ref in (l["speaker"], l["via"]):
                assert ref is None or set(ref) == {"id", "name"}
        elif l["kind"] == "entity":
            assert l["type"] in {"Person", "Organisation", "Place"}
            spans = l["mentions"]
        elif l["kind"] == "proposition":
            # an entity, an amount, or the words of a noun phrase; a distance has a place and an amount
            assert l["object"] or l["quantity"] or l["object_words"], l
            assert not (l["object"] and l["quantity"]) or l["predicate"] == "distanceFrom", l
            assert l["claim"]["id"].startswith("https://w3id.org/kg-news/id/canonical-claim/")
            # the subject is an entity, or the words of a phrase naming none
            assert bool(l["subject"]) != bool(l["subject_words"]), l
            subject = l["subject"]["id"].split("/entity/")[1] if l["subject"] else "words:"
            assert l["claim"]["key"].startswith(f"subject={subject}"), l
            assert f"; predicate={l['predicate']}; " in l["claim"]["key"]
            assert all(set(ref) == {"id", "name"} for ref in l["named"])
            spans = [s for s in (l["cue"], l["evidence"], l["statement"], l["quantity"], l["object_words"],
                                 l["subject_words"]) if s]
            spans += [{k: t[k] for k in ("start", "end", "text")}
                      for t in (l["stated_time"], l["said_time"]) if t]
        else:
            spans = [l["evidence"]]
            assert set(l["actor"]) == {"id", "name"} and set(l["place"]) == {"id", "name"}
        for s in spans:
            assert text[s["start"]:s["end"]] == s["text"], s
    speakers = {l["speaker"]["name"] for l in lines if l["kind"] == "attribution" and l["speaker"]}
    assert len(speakers) >= 5
    props = {(l["predicate"], (l["quantity"] or {}).get("unit")) for l in lines if l["kind"] == "proposition"}
    assert ("liberatedArea", "KiloM2") in props and ("entered", None) in props


def test_query_shows_a_page_and_says_when_more_follow(seed_store):
    whole = runner.invoke(app, ["query", "attributions", "--store", seed_store.path, "--format", "csv",
                                "--limit", "0"])
    assert whole.exit_code == 0, whole.output
    rows = whole.stdout.splitlines()[1:]
    assert len(rows) > 10 and "note:" not in whole.output
    page = runner.invoke(app, ["query", "attributions", "--store", seed_store.path, "--format", "csv",
                               "--limit", "4", "--offset", "2"])
    assert page.exit_code == 0, page.output
    assert page.stdout.splitlines()[1:] == rows[2:6]
    assert "more with --offset 6" in page.stderr
    last = runner.invoke(app, ["query", "attributions", "--store", seed_store.path, "--format", "csv",
                               "--offset", str(len(rows) - 1)])
    assert last.stdout.splitlines()[1:] == rows[-1:] and "note:" not in last.output


def test_claim_paged_listing_says_claims_and_asks_for_the_next_page(seed_store):
    # first-report pages by canonical claim: the note counts claims, and the
    # page after the last one gives no note
    page = runner.invoke(app, ["query", "first-report", "--store", seed_store.path, "--format", "csv",
                               "--limit", "5"])
    assert page.exit_code == 0, page.output
    assert len(page.stdout.splitlines()[1:]) >= 5
    assert "first 5 claims from claim 0; more with --offset 5" in page.stderr
    whole = runner.invoke(app, ["query", "first-report", "--store", seed_store.path, "--format", "csv",
                                "--limit", "0"])
    claims = {line.rsplit(",", 1)[-1] for line in whole.stdout.splitlines()[1:]}
    last = runner.invoke(app, ["query", "first-report", "--store", seed_store.path, "--format", "csv",
                               "--limit", "5", "--offset", str(len(claims) - 1)])
    assert len(last.stdout.splitlines()[1:]) >= 1 and "note:" not in last.output
