"""A corpus of hostile files, generated into a folder by the tests (issue 8).

``write_corpus(folder)`` writes every file and returns what each must give:
``"ok"`` (processed into the store) or the error code of the one line that
names it. ``sabotage(folder)`` is called once a build has listed the folder:
it makes some listed files vanish or turn unreadable, the way a scraper
rotating its output does (as root ``chmod 000`` blocks nothing, so a file is
also swapped for a folder, a FIFO and a dangling symlink).

Every text is our own; nothing here names anyone from the seed articles.
"""

from __future__ import annotations

import io
import json
import os
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

# A plain English article every "should be processed" file builds on, so a
# file that is processed also has something to extract.
BODY = (
    "The regional council said on Tuesday that the bridge near Eastbrook would reopen.\n"
    "\u201cWe have finished the repairs,\u201d the mayor, Anna Meyer, told reporters.\n"
    "The transport ministry has not confirmed the date.\n"
)

OK = "ok"
HUGE_BYTES = 50_000_000  # above read.DEFAULT_MAX_BYTES: refused by its size
OVER_PARSER_CHARS = 1_200_000  # under the read limit, over spaCy's max_length


@dataclass(frozen=True)
class Hostile:
    """One generated file: its name in the corpus folder, what it must give
    (``OK`` or an error code), and where the error is reported (the file
    itself, or its sidecar)."""

    name: str
    expect: str
    why: str
    reported_as: str | None = None  # where the error is reported; default: ``name``
    intact: bool = True  # processed files: BODY survives (its quote is extracted)
    names: str | None = None  # another file the error line must name (a sidecar, a duplicate)
    key: str | None = None  # the article's identity when not its path (a sidecar url)

    def where(self, folder: Path) -> str:
        return str(folder / (self.reported_as or self.name))


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("article.txt", BODY)
    return buf.getvalue()


def _long_sentence(words: int = 20_000, seed: int = 8) -> str:
    """One sentence of ``words`` words: clauses joined by commas and 'and',
    a single full stop at the end."""
    rng = random.Random(seed)
    vocab = ("officials", "said", "that", "the", "convoy", "moved", "toward", "a", "village",
             "near", "river", "and", "residents", "reported", "trucks", "along", "road")
    out = ["Officials", "said"]
    while len(out) < words - 1:
        out.append(rng.choice(vocab))
        if len(out) % 40 == 0:
            out[-1] += ","
    return " ".join(out) + " end."


def _mojibake_gbk(text: str) -> str:
    """UTF-8 text read as GBK by a decoder that drops the bytes it cannot
    pair (a quote's third byte before ASCII is lost)."""
    return text.encode("utf-8").decode("gbk", errors="ignore")


# Files sabotaged mid-build: listed while present, gone or unreadable when read.
VANISH = "21_vanishes.txt"
TO_FOLDER = "22_becomes_folder.txt"
TO_FIFO = "23_becomes_fifo.txt"
TO_DANGLING = "24_becomes_dangling_link.txt"
TO_UNREADABLE = "25_becomes_unreadable.txt"  # chmod 000: an error only when not root


def write_corpus(folder: Path) -> list[Hostile]:
    """Write the hostile corpus into ``folder``; returns what each file must give."""
    folder.mkdir(parents=True, exist_ok=True)
    files: list[tuple[Hostile, bytes]] = []

    def add(name: str, data: bytes | str, expect: str, why: str, reported_as: str | None = None,
            intact: bool = True, names: str | None = None, key: str | None = None):
        raw = data.encode("utf-8") if isinstance(data, str) else data
        files.append((Hostile(name, expect, why, reported_as, intact, names, key), raw))

    add("01_empty.txt", b"", "E101", "empty")
    add("02_whitespace.txt", " \n\t\r\n \u200b\ufeff\n", "E101", "whitespace and zero-width only")
    add("03_png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "E102", "a PNG image")
    add("04_zip.txt", _zip_bytes(), "E102", "a zip archive")
    add("05_nul.txt", b"Troops\x00moved\x00\x00\x01\x02 and \x00" * 40, "E102", "NUL bytes")
    add("07_invalid_utf8.txt", BODY.encode("utf-8") + b"Price: 5\x80 and \xff\xfe\xfd bytes.\n",
        OK, "invalid UTF-8 bytes (decoded as cp1252 per byte)")
    add("08_utf16_nobom.txt", BODY.encode("utf-16-le"), OK, "UTF-16 without a BOM")
    add("09_mixed.txt", BODY.encode("utf-8") + "Caf\u00e9 cr\u00e8me at the caf\u00e9.\n".encode("cp1252"),
        OK, "UTF-8 and cp1252 in one file")
    add("10_mojibake_cp1252.txt", BODY.encode("utf-8").decode("sloppy-windows-1252"), OK,
        "UTF-8 read as Windows-1252 and saved again")
    add("10_mojibake_lossy.txt", BODY.encode("utf-8").decode("cp1252", errors="replace"), OK,
        "Windows-1252 mojibake that lost a byte (the closing quote cannot come back)", intact=False)
    add("11_mojibake_latin1.txt", BODY.encode("utf-8").decode("latin-1"), OK,
        "UTF-8 read as Latin-1 (C1 controls)")
    add("12_mojibake_gbk.txt", _mojibake_gbk(BODY), OK, "UTF-8 read as GBK")
    add("13_double_mojibake.txt",
        BODY.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8").decode("sloppy-windows-1252"),
        OK, "mojibake of mojibake")
    add("14_scripts_only.html",
        "<html><head><style>body{color:red}</style><script>var x = 'Officials said';</script>"
        "</head><script>alert('no body')</script></html>", "E101", "HTML with scripts and styles, no body")
    add("15_scripted.html",
        "<html><head><title>Bridge</title><script>document.write('INJECTED SCRIPT TEXT')</script>"
        "<style>.x{}</style></head><body><article>"
        + "".join(f"<p>{line}</p>" for line in BODY.splitlines())
        + "<script>track('INJECTED SCRIPT TEXT')</script></article></body></html>",
        OK, "HTML with scripts and styles around a body")
    add("16_long_sentence.txt", _long_sentence() + "\n", OK, "a single 20,000-word sentence",
        intact=False)
    add("17_quotes.txt", BODY + ("\u201c" * 150 + ' "' * 150 + "\u2019" * 100 + " said the council.\n"),
        OK, "hundreds of unbalanced quote marks")
    add("18_rtl_zero_width.txt",
        BODY + "\u0645\u0631\u062d\u0628\u0627 said the envoy. \u05e9\u05dc\u05d5\u05dd!\n"
        "Zero\u200bwidth\u200djoin and \u202eoverride\u202c marks, \u2066isolates\u2069.\n",
        OK, "right-to-left and zero-width characters")
    add("19_emoji.txt", BODY + "Crowds \U0001F1FA\U0001F1E6 cheered \U0001F680 \U0001F44D\U0001F3FD today.\n",
        OK, "emoji, flags and skin tones")
    # A bad sidecar fails its article, in one line naming both files (issue 15).
    add("20_broken_sidecar.txt", BODY, "E105", "sidecar with broken JSON", names="20_broken_sidecar.json")
    add("20_broken_sidecar.json", '{"outlet": "Daily", "title": ', "sidecar", "")
    add("20_typed_sidecar.txt", BODY, "E105", "sidecar with wrong types", names="20_typed_sidecar.json")
    add("20_typed_sidecar.json", json.dumps({"outlet": 5, "published": ["2022"]}), "sidecar", "")
    add("20_script_url.txt", BODY, "E105", "sidecar url that would run a script when clicked",
        names="20_script_url.json")
    add("20_script_url.json", json.dumps({"url": "javascript:alert(document.domain)"}), "sidecar", "")
    # Two files with one identity: the first lands, the second is an error naming the first.
    same = "https://news.example.org/2026/bridge-reopens"
    add("29_same_url_a.txt", BODY, OK, "a sidecar url", key=same)
    add("29_same_url_a.json", json.dumps({"url": same}), "sidecar", "")
    add("29_same_url_b.txt", BODY + "A second copy.\n", "E110", "the same sidecar url as another file",
        names="29_same_url_a.txt")
    add("29_same_url_b.json", json.dumps({"url": same}), "sidecar", "")
    # Shapes that once cost the square of their length (issue 15): they must
    # land well within the build's --article-timeout.
    add("30_quote_run.txt", BODY + '"' * 200_000 + "\n", OK, "200,000 quote marks in a row")
    add("31_punctuation_run.txt", BODY + "([\u201c'.,;:!?\u00bb)" * 10_000 + "\n", OK,
        "100,000 quote marks, brackets and stops without a space")
    add("32_many_paragraphs.txt", BODY + "Yes.\n" * 20_000, OK, "20,000 one-word paragraphs")
    # A path that reads as rich markup ("[/x]" closes no tag): folders "26_[" and "x]".
    add("26_markup[/x]/empty.txt", "", "E101", "an empty file whose path is broken rich markup")
    add("27_over_parser_limit.txt", ("The council met again. " * (OVER_PARSER_CHARS // 23 + 1)),
        "E201", "text over the parser's max_length")
    # File names that are not UTF-8 (Latin-1 bytes) reach Python with lone surrogates.
    add(os.fsdecode(b"28_caf\xe9_latin1_name.txt"), BODY, OK, "a file name that is not UTF-8")
    add(os.fsdecode(b"28_empty_\xe9.txt"), "", "E101", "an empty file whose name is not UTF-8")
    for name in (VANISH, TO_FOLDER, TO_FIFO, TO_DANGLING):
        add(name, BODY, "E104", "vanishes or becomes unreadable mid-build")
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    add(TO_UNREADABLE, BODY, OK if root else "E104", "chmod 000 mid-build (root still reads it)")

    for entry, raw in files:
        (folder / entry.name).parent.mkdir(parents=True, exist_ok=True)
        (folder / entry.name).write_bytes(raw)
    huge = folder / "06_huge.txt"
    with open(huge, "wb") as fh:  # real text, written in 1 MB blocks
        block = (BODY * (1_000_000 // len(BODY) + 1)).encode("utf-8")[:1_000_000]
        for _ in range(HUGE_BYTES // len(block) + 1):
            fh.write(block)
    entries = [e for e, _ in files if e.expect != "sidecar"]
    entries.append(Hostile("06_huge.txt", "E106", "a 50 MB article"))
    return sorted(entries, key=lambda e: e.name)


def sabotage(folder: Path) -> None:
    """Make the listed files vanish or turn unreadable (call after listing)."""
    (folder / VANISH).unlink()
    (folder / TO_FOLDER).unlink()
    (folder / TO_FOLDER).mkdir()
    (folder / TO_FIFO).unlink()
    os.mkfifo(folder / TO_FIFO)  # opening it would block: the reader must not
    (folder / TO_DANGLING).unlink()
    os.symlink(folder / "no-such-target.txt", folder / TO_DANGLING)
    os.chmod(folder / TO_UNREADABLE, 0)


def restore(folder: Path) -> None:
    """Undo what would stop tmp_path clean-up."""
    target = folder / TO_UNREADABLE
    if target.exists():
        os.chmod(target, 0o644)
