"""Real pages read cleanly: page layouts of our own making (the shapes of
wire, magazine and broadcaster pages: share bars, "Trending" and "Most Read"
blocks, teasers cut off before "Full Article", "Read more:" lines, staff credit
lines, captions glued into paragraphs) around realnews article text
(Wikinews, CC BY 2.5, see tests/data/realnews_sample/README.md). Each piece
of furniture must come through the main-text extractor (else the test
proves nothing), be marked as boilerplate, and give no statement and no
entity. A page whose article text is a small fraction of its visible text
gets W101, and ``--strict`` stops on it."""

from __future__ import annotations

import html

import pytest

from inputs_support import sample
from kg.errors import ReadWarning

ESC = html.escape

# Furniture, each with the names it must not turn into entities. The names are
# invented; the constructions are those of real news pages.
SHARE_TOP = "Tweet this Share this"
SHARE_BAR = "Share on Facebook | Share on Twitter | Email"
TEASER = "Finance minister Karl Udo said markets across Europe expected more central bank action Full Article"
TRENDING = ["Trending On Reuters", "Mayor Ines Varga says city will appeal ruling on transit fares",
            "Stocks slide as trade worries return to haunt investors"]
MOST_READ = ["Most Read", "Senator Paul Amsel says budget deal is close", "Court upholds the result in close race"]
READ_MORE = "Read more: Governor Lisa Brandt signs budget after long standoff with lawmakers"
CREDIT = "Additional reporting by Anna Berg in Brussels; Editing by Peter Cole and Mary Lane"
CREDIT_TAIL = "(Reporting by Olga Senn; Writing by Tom Hale; Editing by Ruth Kiel)"
CONTRIBUTED = "CNN's Ivo Marek and Nina Lund contributed to this report."
CAPTION = "A protester holds a sign outside the council offices in Hong Kong, China, November 25, 2019. REUTERS/Jan Vos"
SHARE_TAIL = "Share this article Facebook Twitter WhatsApp"
RELATED = "RELATED: Opposition leader Dana Roos calls for early vote"
PICKS = ["Editor's Picks", "Minister Omar Faris resigns over housing row", "Rescue teams reach flooded valley"]
FILE_PHOTO = "FILE PHOTO: Lawmakers gather in the chamber in Taipei, Taiwan, May 17, 2019. REUTERS/Lin Wei"
CREDIT_AFTER = "Reporting by Sara Holm in Taipei; Editing by Jon Berg"
FURNITURE_NAMES = {"Dana Roos", "Omar Faris", "Lin Wei", "Sara Holm", "Jon Berg", "Karl Udo", "Ines Varga", "Paul Amsel", "Lisa Brandt", "Anna Berg", "Peter Cole", "Mary Lane",
                   "Olga Senn", "Tom Hale", "Ruth Kiel", "Ivo Marek", "Nina Lund", "Jan Vos", "Reuters", "CNN"}


def _p(text: str) -> str:
    return f"<p>{ESC(text)}</p>"


def wire_page(a: dict) -> str:
    """A wire service's article page: masthead nav, share row, trending block
    and a teaser inside the story, a credit line closing it."""
    paras = a["body"].split("\n\n")
    mid = len(paras) // 2
    return f"""<!DOCTYPE html><html><head><title>{ESC(a['title'])}</title>
<meta property="og:site_name" content="Wikinews"></head><body>
<header><nav><a href="/">World</a> <a href="/b">Business</a> <a href="/m">Markets</a></nav></header>
<article><h1>{ESC(a['title'])}</h1>
{_p(SHARE_TOP)}
{''.join(_p(p) for p in paras[:mid])}
<div>{''.join(_p(t) for t in TRENDING)}</div>
<div><p>{ESC(TEASER[:-len(' Full Article')])} <span>Full Article</span></p></div>
{''.join(_p(p) for p in paras[mid:])}
{_p(CREDIT)}
</article><footer><a href="/terms">Terms</a></footer></body></html>"""


def magazine_page(a: dict) -> str:
    """A magazine layout: share bar, a most-read list, a "Read more:" line,
    a caption glued into a paragraph, credits in parentheses and a
    contributed-to-this-report line."""
    paras = a["body"].split("\n\n")
    glued = f"<p>{ESC(paras[1])} <em>{ESC(CAPTION)}</em> {ESC(paras[2])}</p>"
    last = f"<p>{ESC(paras[-1])} {ESC(CREDIT_TAIL)}</p>"
    return f"""<!DOCTYPE html><html><head><title>{ESC(a['title'])}</title></head><body>
<main><article><h1>{ESC(a['title'])}</h1>
{_p(SHARE_BAR)}
{_p(paras[0])}
{glued}
<div>{_p(MOST_READ[0])}<ol>{''.join(f'<li>{ESC(t)}</li>' for t in MOST_READ[1:])}</ol></div>
{''.join(_p(p) for p in paras[3:-1])}
{_p(READ_MORE)}
{last}
{_p(CONTRIBUTED)}
</article></main></body></html>"""


def broadcaster_page(a: dict) -> str:
    """A broadcaster's layout: share links closing the lead, a "RELATED:" line,
    an "Editor's Picks" list, a file photo glued into a paragraph, and credits
    after the last sentence of the last paragraph."""
    paras = a["body"].split("\n\n")
    return f"""<!DOCTYPE html><html><head><title>{ESC(a['title'])}</title></head><body>
<div id="content"><h1>{ESC(a['title'])}</h1>
<p>{ESC(paras[0])} {ESC(SHARE_TAIL)}</p>
{_p(RELATED)}
<p>{ESC(paras[1])} <span>{ESC(FILE_PHOTO)}</span></p>
<div><h3>{ESC(PICKS[0])}</h3><ul>{''.join(f'<li>{ESC(t)}</li>' for t in PICKS[1:])}</ul></div>
{''.join(_p(p) for p in paras[2:-1])}
<p>{ESC(paras[-1])} {ESC(CREDIT_AFTER)}</p>
</div></body></html>"""


LAYOUTS = {"wire": (wire_page, "wn_001"), "magazine": (magazine_page, "wn_007"),
           "broadcaster": (broadcaster_page, "wn_004")}
PIECES = {
    "wire": [SHARE_TOP, *TRENDING, TEASER, CREDIT],
    "magazine": [SHARE_BAR, CAPTION, *MOST_READ[:1], READ_MORE, CREDIT_TAIL, CONTRIBUTED],
    "broadcaster": [SHARE_TAIL, RELATED, *PICKS, FILE_PHOTO, CREDIT_AFTER],
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layouts")
    out = {}
    for name, (make, article) in LAYOUTS.items():
        path = folder / f"{name}.html"
        path.write_text(make(sample((article,))[0]), encoding="utf-8")
        out[name] = str(path)
    return out


def _piece_ranges(article, pieces):
    out = []
    for piece in pieces:
        at = article.text.find(piece)
        assert at >= 0, f"the extractor dropped {piece!r}: the layout tests nothing"
        out.append((piece, at, at + len(piece)))
    return out


@pytest.mark.parametrize("layout", LAYOUTS)
def test_furniture_comes_through_and_is_marked(pages, layout):
    from kg.read import read_article

    article = read_article(pages[layout])
    for piece, start, end in _piece_ranges(article, PIECES[layout]):
        covered = [(s, e) for s, e in article.boilerplate if s <= start and end <= e]
        assert covered, f"{piece!r} is not marked as boilerplate"
    # the story itself stays body: its first paragraph is not marked
    first = sample((LAYOUTS[layout][1],))[0]["body"].split(".")[0]
    at = article.text.find(first)
    assert at >= 0 and article.is_body(at, at + len(first))


@pytest.mark.model
@pytest.mark.slow
def test_no_statement_and_no_entity_from_furniture(pages):
    from kg.build import extract_paths
    from kg.resolve import Resolver

    resolver = Resolver()
    results = [x for x in extract_paths(list(pages.values()))]
    assert all(not isinstance(x, Exception) for x in results), results
    for layout, extraction in zip(LAYOUTS, results):
        ranges = _piece_ranges(extraction.article, PIECES[layout])

        def in_furniture(span):
            return any(span.start < e and s < span.end for _p, s, e in ranges)

        names = {resolver.entity(m).name for m in extraction.mentions}
        assert not names & FURNITURE_NAMES, (layout, names & FURNITURE_NAMES)
        assert not [m for m in extraction.mentions if in_furniture(m.span)]
        for att in extraction.attributions:
            spans = [s for s in (att.source, att.cue, att.content) if s is not None]
            assert not any(in_furniture(s) for s in spans), (layout, att)
        assert len(extraction.attributions) > 0  # the story's own statements are still read


def test_thin_page_warns_and_strict_stops(tmp_path):
    """Most of the story sits where the extractor does not look: W101 names
    the file; the build goes on without --strict and stops with it."""
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.read import ReadOptions, read_sources

    a = sample(("wn_007",))[0]
    body = "".join(f"<aside>{_p(p)}</aside>" for p in a["body"].split("\n\n"))
    page = (f"<html><body><article><h1>{ESC(a['title'])}</h1>"
            f"<p>Protesters gathered on Monday outside the district council offices as results came in.</p>"
            f"</article>{body}</body></html>")
    path = tmp_path / "thin.html"
    path.write_text(page, encoding="utf-8")
    warning, article = list(read_sources([str(path)], ReadOptions()))
    assert isinstance(warning, ReadWarning) and warning.code == "W101" and warning.where == str(path)
    assert "% of the page's" in warning.reason and article.key.endswith("thin.html")

    result = CliRunner().invoke(app, ["build", str(path), "--store", str(tmp_path / "s"), "--strict"])
    assert result.exit_code == 1 and f"{path}: W101" in result.output
