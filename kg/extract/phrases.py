"""Phrases of the parse as records need them: the character span of a run
of tokens, the words of a noun phrase that name a source, and a country's
adjective (for "Syrian forces"). Shared by the speaker resolver and the
attribution, withdrawal and proposition rules."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.records import Span

# Dependency labels of a noun phrase's head that belong to the phrase naming
# the source ("Kharkiv regional Governor X", "the head of NATO"): everything
# else (appositions, relative clauses, punctuation) is cut from the source span.
_SOURCE_NP_DEPS = frozenset({
    "det", "amod", "compound", "poss", "case", "nmod", "nummod", "prep",
    "pobj", "quantmod", "npadvmod", "nn", "predet", "advmod",
})
_IRREGULAR_DEMONYMS = {
    # General English morphology exceptions (not seed data): country -> adjective.
    "france": "French", "china": "Chinese", "britain": "British",
    "united kingdom": "British", "uk": "British", "netherlands": "Dutch",
    "israel": "Israeli", "iraq": "Iraqi", "pakistan": "Pakistani",
    "germany": "German", "japan": "Japanese", "spain": "Spanish",
    "turkey": "Turkish", "poland": "Polish", "greece": "Greek",
    "united states": "U.S.", "u.s.": "U.S.", "us": "U.S.", "vietnam": "Vietnamese",
    "sweden": "Swedish", "finland": "Finnish", "denmark": "Danish",
    "switzerland": "Swiss", "ireland": "Irish", "portugal": "Portuguese",
    "yemen": "Yemeni", "thailand": "Thai", "lebanon": "Lebanese",
    "sudan": "Sudanese", "afghanistan": "Afghan", "philippines": "Philippine",
    "iraq": "Iraqi", "canada": "Canadian", "oman": "Omani", "kuwait": "Kuwaiti",
    "qatar": "Qatari", "somalia": "Somali", "saudi arabia": "Saudi", "egypt": "Egyptian",
}


def demonym(country: str) -> str:
    """The adjective of a country name by English morphology.

    >>> demonym("Syria"), demonym("Chile"), demonym("France"), demonym("Iran"), demonym("Ukraine")
    ('Syrian', 'Chilean', 'French', 'Iranian', 'Ukrainian')
    """
    low = country.lower().strip()
    if low in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[low]
    if low.endswith("ia") or low.endswith("ea"):
        return country + "n"
    if low.endswith("ine"):
        return country[:-1] + "ian"  # Ukraine -> Ukrainian
    if low.endswith("e"):
        return country + "an"  # Chile -> Chilean
    if low.endswith("a"):
        return country + "n"
    if low.endswith("y"):
        return country[:-1] + "ian"
    return country + "ian"


def token_span(doc: Doc, start_tok: int, end_tok: int, text: str | None = None) -> Span:
    """The character Span of tokens [start_tok, end_tok) without trailing
    space; its text is taken from ``text`` (the article) when given, since the
    pipeline may normalise some characters of ``doc.text``."""
    start = doc[start_tok].idx
    last = doc[end_tok - 1]
    end = last.idx + len(last.text)
    return Span(start, end, (text if text is not None else doc.text)[start:end])


_BRACKETS = frozenset({"(", ")", "[", "]"})


def _word_hyphen(tok: Token) -> bool:
    """The hyphen inside a number written out ("Twenty-five")."""
    doc = tok.doc
    return tok.text == "-" and not tok.whitespace_ and 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ \
        and doc[tok.i - 1].like_num and doc[tok.i + 1].like_num


def np_tokens(head: Token) -> list[Token]:
    """The tokens that name a source: the head with its determiners, modifiers
    and prepositional complements, without appositions, relative clauses,
    coordination or punctuation; contiguous around the head."""
    keep = [head]
    stack = [c for c in head.children if c.dep_ in _SOURCE_NP_DEPS]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "advmod" and tok.head == head:
            continue  # "also", "earlier" modify the clause, not the name
        keep.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("appos", "relcl", "acl", "punct", "cc", "conj")
                     or c.text in _BRACKETS or _word_hyphen(c))
    # brackets around a kept acronym stay ("Vorland Health Institute (VHI) data")
    keep += [c for c in head.children if c.text in _BRACKETS]
    idx = sorted(t.i for t in keep)
    # keep the contiguous run through the head (a stray token far away is a parse slip)
    lo = hi = head.i
    present = set(idx)
    while lo - 1 in present:
        lo -= 1
    while hi + 1 in present:
        hi += 1
    toks = [head.doc[i] for i in range(lo, hi + 1)]
    while toks and toks[-1].is_punct and toks[-1].i != head.i:
        toks.pop()
    while toks and toks[0].is_punct and toks[0].i != head.i:
        toks.pop(0)
    return toks
