"""Files -> ``Article``: find the files, decode them, repair mojibake, reduce
HTML to its article text, mark boilerplate and gather metadata.

Nothing is cut out of the text: ``Article.text`` is the text exactly as
decoded and repaired (for HTML: the extractor's article text), so every
character offset downstream can be checked against it. Boilerplate is only
*marked* (``Article.boilerplate``).

Every failure is one ``ReadError`` naming the file, a code from
``kg.errors.CODES`` and the reason; the caller decides whether to go on.

>>> from kg.read import decode_bytes
>>> decode_bytes("Russia’s".encode("utf-8"), "a.txt")
('Russia’s', 'utf-8')
>>> decode_bytes("caf\\xe9".encode("cp1252"), "a.txt")
('café', 'cp1252')
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Sequence

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)

from kg.errors import ReadError, ReadWarning
from kg.records import Article

from .boilerplate import find_boilerplate
from .metadata import build_meta, load_sidecar

DEFAULT_MAX_BYTES = 20_000_000

# Extension -> kind. Sidecars (``*.json``) and everything else are skipped in
# folders; named explicitly they raise E107.
SUPPORTED = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}
# Many-article files a folder walk also yields (their formats are unambiguous;
# a .json, .csv or .tsv corpus is read when named explicitly).
FOLDER_CORPORA = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".warc", ".warc.gz")
INPUTS_HELP = (".txt .md .html .htm; corpora .jsonl .ndjson .json .csv .tsv (also .gz); "
               "web archives .warc .warc.gz; http(s) URLs of pages or feeds")

# Signatures of common binary formats an analyst's scrape folder may hold.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE (old Office) document"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 one).
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Characters that carry no text: a file of only these counts as empty.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"

# ftfy with only its encoding repairs switched on: quotes, ligatures,
# character widths, line breaks and normalisation stay exactly as written
# (the gold and every offset depend on the characters as published).
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


# -- finding files ----------------------------------------------------------


def iter_paths(paths: Sequence[str], follow_links: bool = False) -> Iterator[str]:
    """Expand files and folders to the files to read, deterministically.

    A file named explicitly is yielded as given (even when missing or of an
    unsupported type, so that ``read_article`` reports it: nothing is dropped
    silently). A folder is walked recursively in name order, yielding the
    supported files (``.txt .md .html .htm``, and the corpora of
    ``FOLDER_CORPORA``) joined to the folder as given;
    sidecars, other extensions and hidden entries (``.git``, a store under
    ``.kg``) are skipped. Symbolic links leading out of the folder are not
    followed unless ``follow_links``; links to folders inside it are skipped
    (their files are reached directly). A folder that cannot be listed is
    yielded itself, so reading it reports E104.
    """
    for path in paths:
        if os.path.isdir(path):
            root = os.path.realpath(path)
            yield from _walk(path, root, follow_links, {root})
        else:
            yield path


def _walk(folder: str, root: str, follow_links: bool, seen: set[str]) -> Iterator[str]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        yield folder
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        try:
            is_link = entry.is_symlink()
            is_dir = entry.is_dir(follow_symlinks=True)
            is_file = entry.is_file(follow_symlinks=True)
        except OSError:
            continue
        if is_link:
            real = os.path.realpath(path)
            inside = os.path.commonpath([real, root]) == root
            if not inside and not follow_links:
                continue
            if is_dir and (not follow_links or real in seen):
                continue  # an inside folder is reached directly; never loop
        if is_dir:
            real = os.path.realpath(path)
            if real in seen:
                continue
            yield from _walk(path, root, follow_links, seen | {real})
        elif is_file and (_kind(entry.name) is not None or entry.name.lower().endswith(FOLDER_CORPORA)):
            yield path


def _kind(path: str) -> str | None:
    return SUPPORTED.get(os.path.splitext(path)[1].lower())


# -- reading ----------------------------------------------------------------


def read_article(path: str, max_bytes: int = DEFAULT_MAX_BYTES, warnings: list | None = None) -> Article:
    """Read one file into an ``Article`` or raise ``ReadError``.

    Decodes (``decode_bytes``), reduces HTML to its article text, repairs
    mojibake (``repair_text``), marks boilerplate and gathers metadata from a
    sidecar ``NAME.json`` (wins) or from the text (listed in ``meta.inferred``).
    Warnings (``ReadWarning``: the page gave little article text) are appended
    to ``warnings`` when given.
    """
    if os.path.isdir(path):
        # iter_paths yields a folder only when it could not list it.
        raise ReadError(path, "E104", "is a folder, not an article file (can it be listed?)")
    kind = _kind(path)
    if kind is None:
        ext = os.path.splitext(path)[1] or "(none)"
        raise ReadError(path, "E107", f"unsupported file type {ext}; expected {INPUTS_HELP}")
    data = _read_bytes(path, max_bytes)
    text, encoding = decode_bytes(data, path)
    sidecar = load_sidecar(path)
    key = article_key(path, sidecar.get("url") if sidecar else None)
    return make_article(path, key, text, kind, encoding, given=sidecar, warnings=warnings)


def make_article(
    where: str, key: str, text: str, kind: str, encoding: str, *,
    given: dict | None = None, headers: dict | None = None, warnings: list | None = None,
    noun: str = "file",
) -> Article:
    """Decoded text of one document (a file, a record, a fetched page) ->
    ``Article``: HTML reduced to its article text, mojibake repaired,
    boilerplate marked, metadata gathered.

    ``where`` names the document in errors and becomes ``Article.path``
    (``noun`` says what it is: file, record, page);
    ``given`` is its own metadata (sidecar or record fields: wins), then the
    page's metadata, then ``headers`` (a WARC record's or an HTTP response's
    URL and date), then inference from the text (``metadata.build_meta``).
    """
    page_meta: dict = {}
    if kind == "html":
        html = text
        text, page_meta = html_to_text(html)
        if warnings is not None and (warning := thin_page_warning(where, html, text)):
            warnings.append(warning)
    text, encoding = repair_text(text, encoding)
    if not text.strip().strip(_INVISIBLE).strip():
        what = "has no article text" if kind == "html" else "is empty or whitespace only"
        raise ReadError(where, "E101", f"{noun} {what}")
    boilerplate = find_boilerplate(text)
    meta = build_meta(text, boilerplate, given, page_meta, headers)
    return Article(
        path=where,
        key=key,
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        meta=meta,
        boilerplate=boilerplate,
        encoding=encoding,
    )


def article_key(source: str, url: str | None = None, record: int | None = None) -> str:
    """An article's stable identity: its URL when it has one (a sidecar's
    or a record's ``url``, a WARC target URI, a fetched URL), else the
    normalised path of its file (``path_key``), with ``#N`` for the N-th
    record of a corpus file. The one place keys are made.

    >>> article_key("/data/corpus.jsonl", None, 3)
    '/data/corpus.jsonl#3'
    >>> article_key("corpus.jsonl", "https://example.org/a", 3)
    'https://example.org/a'
    """
    if url:
        return url
    key = path_key(source)
    return f"{key}#{record}" if record is not None else key


def path_key(path: str) -> str:
    """The identity of a file without a URL: its resolved absolute path
    (links and ``..`` resolved, ``/`` separators), so the same file has the
    same key from any working folder and by any spelling of its path."""
    try:
        return os.path.realpath(path).replace(os.sep, "/")
    except (ValueError, OSError):  # a NUL byte: no file can have this name
        return path


def _read_bytes(path: str, max_bytes: int) -> bytes:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ReadError(path, "E104", "file not found (missing or vanished)") from None
    except OSError as exc:
        raise ReadError(path, "E104", f"cannot open file: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        # Opening a FIFO or device could block forever.
        raise ReadError(path, "E104", "not a regular file")
    if info.st_size > max_bytes:
        raise ReadError(path, "E106", f"file has {info.st_size} bytes, above the limit of {max_bytes}")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except FileNotFoundError:
        raise ReadError(path, "E104", "file vanished before it could be read") from None
    except OSError as exc:
        raise ReadError(path, "E104", f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ReadError(path, "E106", f"file grew above the limit of {max_bytes} bytes")
    return data


# -- decoding ---------------------------------------------------------------


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes that are not UTF-8 as Windows-1252 (bytes it leaves
    undefined map to Latin-1), keeping the valid UTF-8 around them."""
    return err.object[err.start : err.end].decode("sloppy-windows-1252"), err.end


codecs.register_error("kg-cp1252", _cp1252_fallback)

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Bytes -> (text, encoding label). Raises ``ReadError`` E101/E102/E103.

    Order: empty; byte-order marks (UTF-8/16/32); binary signatures; NUL
    bytes (UTF-16 without BOM when the NULs fall in one byte column, else
    binary); strict UTF-8; UTF-8 with Windows-1252 for the bytes that are not
    UTF-8 (labelled ``cp1252`` when no UTF-8 sequence was seen at all,
    ``utf-8+cp1252`` for mixed files).
    """
    if not data:
        raise ReadError(path, "E101", "file is empty")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), label
            except UnicodeDecodeError as exc:
                where = exc.start + len(bom)
                raise ReadError(path, "E103", f"invalid {label} at byte {where}: {exc.reason}") from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ReadError(path, "E102", f"file is binary ({what}), not text")
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass
        raise ReadError(path, "E102", f"file is binary (NUL byte at offset {data.index(0)})")
    try:
        text, label = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="kg-cp1252")
        label = "utf-8+cp1252" if _UTF8_MULTIBYTE.search(data) else "cp1252"
    if _mostly_control(text):
        raise ReadError(path, "E102", "file is binary (mostly control characters)")
    return text, label


def decode_page(data: bytes, content_type: str, where: str) -> tuple[str, str]:
    """A page's bytes -> text, by the charset of its ``Content-Type`` header
    when that decodes it cleanly, else as any file (``decode_bytes``)."""
    charset = ""
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower()
    if charset and data:
        try:
            return data.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, where)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the NUL bytes sit in one byte column,
    as they do for UTF-16 text of mostly Latin script; else ``None``."""
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 4:
        return None
    half = len(sample) / 2
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.02:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


def _mostly_control(text: str) -> bool:
    """Many C0 control characters: binary data. (C1 controls are left to
    ftfy: they are what Latin-1 mojibake of UTF-8 looks like.)"""
    sample = text[:65536]
    controls = sum(1 for c in sample if (c < " " or c == "\x7f") and c not in "\t\n\r\f\v")
    return controls > 8 and controls > 0.05 * len(sample)


# -- mojibake repair ----------------------------------------------------------

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# The lead bytes of U+2000..U+203F (quotes, dashes, ellipsis) in UTF-8; when
# GBK swallowed the third byte of such a character only these two survive.
_GENERAL_PUNCTUATION_LEAD = b"\xe2\x80"


def repair_text(text: str, encoding: str) -> tuple[str, str]:
    """Repair mojibake: UTF-8 mis-decoded as GBK/GB18030 (``repair_gbk``), then
    ftfy for the Windows-1252/Latin-1 family. The label records what was done."""
    repaired = repair_gbk(text)
    if repaired != text:
        text, encoding = repaired, encoding + "+gbk-mojibake-repaired"
    fixed = ftfy.fix_text(text, _FTFY)
    if fixed != text:
        text, encoding = fixed, encoding + "+ftfy-repaired"
    return text, encoding


def repair_gbk(text: str) -> str:
    """Undo UTF-8 text that was decoded as GBK ('Russia鈥檚' -> 'Russia’s').

    Each run of non-ASCII characters holding a CJK ideograph is re-encoded
    with GB18030 and decoded as UTF-8; a run that does not round-trip (genuine
    Chinese) is kept. The repair applies only when at least two runs
    round-trip and more runs round-trip than fail, so a Chinese text (or a
    lone character) with a chance round-trip is left alone.

    A GBK decoder swallows the third byte of a 3-byte character when an ASCII
    byte follows it, leaving only E2 80 (a bare '鈥'): the character was a
    quote, dash or ellipsis, restored by ``_restore_lost`` from context.

    >>> repair_gbk("Russia鈥檚 army said 鈥渘o.鈥 Then")
    'Russia’s army said “no.” Then'
    """
    pieces: list[str] = []
    lost: list[int] = []  # offsets in the output of characters to restore
    good = bad = 0
    pos = out_len = 0
    for match in _NON_ASCII_RUN.finditer(text):
        run = match.group()
        if not _CJK.search(run):
            continue
        fixed, truncated = _roundtrip(run)
        if fixed is None:
            bad += 1
            continue
        good += 1
        pieces.append(text[pos : match.start()])
        out_len += match.start() - pos
        pieces.append(fixed)
        out_len += len(fixed)
        if truncated:
            pieces.append("\ufffd")
            lost.append(out_len)
            out_len += 1
        pos = match.end()
    if good < MIN_GBK_RUNS or good <= bad:
        return text
    pieces.append(text[pos:])
    return _restore_lost("".join(pieces), lost)


def _roundtrip(run: str) -> tuple[str | None, bool]:
    try:
        raw = run.encode("gb18030")
    except UnicodeEncodeError:
        return None, False
    truncated = raw.endswith(_GENERAL_PUNCTUATION_LEAD)
    if truncated:
        raw = raw[: -len(_GENERAL_PUNCTUATION_LEAD)]
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, False
    if any(unicodedata.category(c) in ("Cc", "Co", "Cs") and c not in "\t\n\r" for c in fixed):
        return None, False
    return fixed, truncated


MIN_GBK_RUNS = 2
_CLOSING_AFTER = ",.!?;:"


def _restore_lost(text: str, lost: list[int]) -> str:
    """Replace each placeholder at ``lost`` by the likeliest punctuation.

    The bytes say only that the character lies in U+2000..U+203F and was
    followed by ASCII. The rule (simple on purpose):
    - between two spaces: an em dash ' — ';
    - closing a quotation open on the same line (after , . ! ? ; : always,
      after a letter only if no other lost character follows on the line):
      the matching closing quote (’ for ‘, else ”);
    - after , . ! ? ; : with a space or line end next: ”;
    - otherwise an ellipsis ….
    """
    chars = list(text)
    lost_set = set(lost)
    for i in lost:
        prev = chars[i - 1] if i > 0 else "\n"
        nxt = chars[i + 1] if i + 1 < len(chars) else "\n"
        line_start = text.rfind("\n", 0, i) + 1
        line_end = text.find("\n", i)
        line_end = len(text) if line_end < 0 else line_end
        before = "".join(chars[line_start:i])
        later_lost = any(j in lost_set for j in range(i + 1, line_end))
        opener = _open_quote(before)
        if prev.isspace() and nxt.isspace():
            chars[i] = "—"
        elif opener and (prev in _CLOSING_AFTER or not later_lost):
            chars[i] = "’" if opener == "‘" else "”"
        elif prev in _CLOSING_AFTER and (nxt.isspace() or nxt in _CLOSING_AFTER):
            chars[i] = "”"
        else:
            chars[i] = "…"
    return "".join(chars)


def _open_quote(before: str) -> str | None:
    """The innermost quotation mark still open in ``before`` (“ or ‘), if any.
    A ’ between two letters is an apostrophe, not a closing quote."""
    stack: list[str] = []
    for k, c in enumerate(before):
        if c == "“":
            stack.append(c)
        elif c == "”" and "“" in stack:
            while stack and stack.pop() != "“":
                pass
        elif c == "‘":
            stack.append(c)
        elif c == "’" and stack and stack[-1] == "‘":
            if not (k + 1 < len(before) and before[k - 1].isalpha() and before[k + 1].isalpha()):
                stack.pop()
    return stack[-1] if stack else None


# -- HTML ---------------------------------------------------------------------


def html_to_text(html: str) -> tuple[str, dict]:
    """The article text of an HTML page and its metadata (title, date, url,
    sitename): trafilatura, offline; the page's visible text via lxml (scripts
    and styles dropped) when trafilatura finds no article."""
    import trafilatura

    doc = None
    try:
        # dates from the page's markup only: htmldate's extensive search
        # guesses from any year in the text ("elected in 2012"), which
        # infer_published does with news-style rules instead
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 -- a parser failure must fall back, not lose the file
        doc = None
    meta: dict = {}
    text = ""
    if doc is not None:
        text = doc.text or ""
        meta = {k: getattr(doc, k, None) for k in ("title", "date", "url", "sitename")}
    if not text.strip():
        text = visible_text(html)
    return text, {k: v for k, v in meta.items() if v}


# A page whose article text is under this share of its visible text, with at
# least THIN_PAGE_MISSING characters left out, gets W101: the extractor most
# likely kept a caption or a teaser and lost the story.
THIN_PAGE_SHARE = 0.15
THIN_PAGE_MISSING = 2000


def thin_page_warning(where: str, html: str, text: str) -> ReadWarning | None:
    """W101 when ``text`` (the extracted article) is a small fraction of the
    page's visible text, else ``None``."""
    visible = len(visible_text(html))
    got = len(text.strip())
    if visible and got < THIN_PAGE_SHARE * visible and visible - got >= THIN_PAGE_MISSING:
        return ReadWarning(where, "W101", f"article text is {got} characters, {100 * got / visible:.1f}% of "
                           f"the page's {visible} visible characters: the main text may be missing")
    return None


_DROP_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe")
# Elements that end a line of visible text (the rest is inline).
_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "section", "article", "header", "footer", "figcaption", "pre", "table", "ul", "ol", "dd", "dt")


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def visible_text(html: str) -> str:
    """The visible text of a page, one line per block element, without
    scripts, styles and comments: the fallback when trafilatura finds no article.

    >>> visible_text("<p>Short <b>note</b>.</p><script>x()</script><p>Next</p>")
    'Short note.\\nNext'
    """
    from lxml import etree
    from lxml import html as lxml_html

    # lxml refuses to set text holding control characters (no visible text anyway).
    html = _NOT_XML.sub("", html)
    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*_DROP_TAGS, etree.Comment, etree.ProcessingInstruction)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
