"""Shared helpers for the input tests: the realnews sample as records and
as a folder, and graph comparison that ignores only where a document was
read from (``kg:sourcePath``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "data" / "realnews_sample"
NAMES = ("wn_002", "wn_004", "wn_005")  # three short articles of the dev split


def sample(names=NAMES) -> list[dict]:
    """Each article of the sample: its title line, body and sidecar fields."""
    out = []
    for name in names:
        [txt] = SAMPLE.glob(f"{name}_*.txt")
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        title, _, body = txt.read_text(encoding="utf-8").partition("\n\n")
        out.append({"name": txt.stem, "title": title, "body": body.rstrip("\n"), **meta})
    return out


def news_please(article: dict) -> dict:
    """A record as news-please writes it (maintext, date_publish, source_domain)."""
    return {
        "authors": [], "date_download": "2021-03-01 10:00:00", "date_modify": None,
        "date_publish": article["published"] + " 00:00:00", "description": article["body"][:80],
        "filename": article["name"] + ".json", "image_url": None, "language": "en",
        "localpath": None, "maintext": article["body"], "source_domain": article["outlet"],
        "title": article["title"], "title_page": None, "title_rss": None, "url": article["url"],
    }


def folder_of(articles: list[dict], folder: Path, **override) -> Path:
    """The equivalent folder: NAME.txt (title, blank line, body) and NAME.json."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in articles:
        (folder / f"{a['name']}.txt").write_text(f"{a['title']}\n\n{a['body']}\n", encoding="utf-8")
        meta = {k: a[k] for k in ("title", "published", "outlet", "url")} | override
        (folder / f"{a['name']}.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def copy_sample(folder: Path, names=NAMES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        for f in SAMPLE.glob(f"{name}_*"):
            shutil.copy(f, folder / f.name)
    return folder


def graph_lines(store) -> set[str]:
    """The store's N-Quads without ``kg:sourcePath`` (the one triple that
    says which file or record an article was read from)."""
    lines = store.export_bytes("nquads").decode("utf-8").splitlines()
    return {line for line in lines if "sourcePath" not in line}
