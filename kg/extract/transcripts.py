"""Interview transcripts: paragraphs that open with a speaker label are that
speaker's statements.

News prints an interview as turns, each paragraph opening with the speaker's
name as a label, in one of two notations: a name and a colon ("Jane Roe: We
will appeal.", "ROE: We will appeal.") or a bracketed name ("[Jane Roe] We
will appeal.", "((Jane Roe)) We will appeal."). A turn runs on over the
unlabelled paragraphs after it until the next label; after the last label it
runs on only while the paragraphs speak in the first person (an interview
answer), since the article's own narration may follow. Each paragraph of a
turn is one statement (``claims``) whose cue is the label. Questions state
nothing: a paragraph whose every sentence asks one gives no record, so the
interviewer's turns give none.

The notation counts only where the document uses it for at least two
paragraphs (a transcript), and a colon label only when it names a person or
body the document knows: "Update:", "Kyiv:" or "Tuesday:" open paragraphs
too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.records import Article, Mention, Span
from kg.resolve import fold

from .coref import SpeakerResolver

# A name as a label: capitalised words, with the particles names carry.
_NAME = r"[A-Z][\w.'’\-]*(?:[ \t]+(?:[A-Z][\w.'’\-]*|de|da|del|der|van|von|al|bin|ibn|la|le)){0,4}"
_BRACKETED = re.compile(r"[ \t]*(?:\(\(\s*(?P<a>%s)\s*\)\)|\[\[?\s*(?P<b>%s)\s*\]\]?)[ \t]*:?[ \t]*(?=\S)" % (_NAME, _NAME))
_COLON = re.compile(r"[ \t]*(?P<c>%s)[ \t]*:[ \t]+(?=\S)" % _NAME)
# Words that open a paragraph with a colon without naming a speaker.
_NOT_SPEAKERS = frozenset({
    "update", "updated", "note", "editor's note", "editors' note", "photo", "image", "video", "watch",
    "source", "sources", "related", "read more", "see also", "correction", "warning", "disclaimer",
    "transcript", "q", "a", "question", "answer", "live", "breaking", "exclusive", "analysis",
})
# Up to four words opening a paragraph, the first a capitalised word or an initial.
_BARE = re.compile(r"[ \t]*(?:[A-Z]\.[ \t]?)?[A-Z][\w'’\-]*(?:[ \t]+[\w'’\-.]+){1,3}")
# Words that open sentences, never a speaker's label.
_NOT_BARE = frozenset({"the", "a", "an", "in", "on", "at", "but", "and", "he", "she", "it", "they", "we", "i",
                       "this", "that", "there", "as", "for", "after", "when", "if", "so", "yes", "no", "what",
                       "why", "how", "who", "where", "do", "did", "is", "are", "was", "can", "could", "would"})
_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+[\"'”’»)]*|$)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|we|We|us|our|ours)\b")


@dataclass(frozen=True)
class Turn:
    """One paragraph of a speaker's turn: the label (the cue), the name in
    it (the source), the paragraph's text after the label (the content)."""

    cue: Span
    source: Span
    content: Span
    speaker: Mention


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-blank line, without its edge spaces."""
    out, pos = [], 0
    for line in text.split("\n"):
        lo = pos + len(line) - len(line.lstrip())
        hi = pos + len(line.rstrip())
        if hi > lo:
            out.append((lo, hi))
        pos += len(line) + 1
    return out


def _asks(text: str) -> bool:
    """Every sentence of the paragraph is a question."""
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    return bool(sentences) and all(s.rstrip("\"'”’»)").endswith("?") for s in sentences)


def _labels(text: str, paragraphs: list[tuple[int, int]]) -> dict[int, tuple[Span, Span, str]]:
    """Paragraph index -> (label span, name span, notation) for the
    paragraphs that open with a label, in the document's notation."""
    found: dict[str, dict[int, tuple[Span, Span, str]]] = {"bracket": {}, "colon": {}}
    for k, (lo, hi) in enumerate(paragraphs):
        for kind, pattern in (("bracket", _BRACKETED), ("colon", _COLON)):
            m = pattern.match(text, lo, hi)
            if m is None:
                continue
            group = next(g for g in ("a", "b", "c") if g in m.groupdict() and m.group(g))
            name = Span(m.start(group), m.end(group), m.group(group))
            if kind == "colon" and name.text.lower() in _NOT_SPEAKERS:
                continue
            cue_end = m.end()
            while cue_end > m.start() and text[cue_end - 1].isspace():
                cue_end -= 1
            cue = Span(lo, cue_end, text[lo:cue_end])
            found[kind][k] = (cue, name, kind)
            break
    # an interview may mark its two sides in two notations ("((WN)) question",
    # "Jane Roe: answer"): each notation used twice or more counts
    out: dict[int, tuple[Span, Span, str]] = {}
    for kind in found.values():
        if len(kind) >= 2:
            out.update(kind)
    out.update(_bare_labels(text, [(k, p) for k, p in enumerate(paragraphs) if k not in out]))
    return out


def _bare_labels(text: str, paragraphs: list[tuple[int, tuple[int, int]]]) -> dict[int, tuple[Span, Span, str]]:
    """Labels that lost their bold type and colon when the page became text
    ("T. Vell When I was young ..."): the same one to three capitalised words
    (or an initial and a name) opening three or more paragraphs, each time
    before another capitalised word; the longest such run is the label."""
    heads: dict[int, list[tuple[str, int]]] = {}
    starts: dict[int, int] = {}
    counts: dict[str, int] = {}
    for k, (lo, hi) in paragraphs:
        m = _BARE.match(text, lo, hi)
        if m is None:
            continue
        starts[k] = lo
        words = m.group(0).split()
        runs = []
        for n in range(1, min(3, len(words) - 1) + 1):
            run = " ".join(words[:n])
            if text[lo + len(run):lo + len(run) + 1] == " " and words[n][:1].isupper():
                runs.append((run, lo + len(run)))
                counts[run] = counts.get(run, 0) + 1
        heads[k] = runs
    # (a label opens answers that begin differently: "Ada" always before
    # "Lind" is a name opening paragraphs, no label)
    following: dict[str, set[str]] = {}
    for runs in heads.values():
        for run, end in runs:
            # (the word itself, not its punctuation or possessive: "Ada Lind," "Ada Lind's" and
            # "Ada Lind said" are one name)
            word = re.match(r"[\w\-]*", text[end + 1:end + 1 + 12]).group(0)
            following.setdefault(run, set()).add(word)
    out = {}
    for k, runs in heads.items():
        good = [(run, end) for run, end in runs if counts[run] >= 3 and not run.endswith(".")
                and run.split()[0].lower() not in _NOT_BARE and len(following[run]) >= 2]
        if good:
            run, end = good[-1]
            out[k] = (Span(starts[k], end, text[starts[k]:end]), Span(starts[k], end, run), "bare")
    # the first answer may give in full the name the others give by its
    # initials ("Jane Roe I teach ...", then "JR We found ...")
    initials = {name.text for _cue, name, _kind in out.values() if name.text.isupper() and 2 <= len(name.text) <= 4}
    for k, runs in heads.items():
        full = [(run, end) for run, end in runs if k not in out and len(run.split()) > 1 and _initials(run) in initials
                and all(w[:1].isupper() for w in run.split())]
        if full:
            run, end = full[-1]
            out[k] = (Span(starts[k], end, text[starts[k]:end]), Span(starts[k], end, run), "bare")
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _named(res: SpeakerResolver, name: Span, kind: str) -> Mention | None:
    """The person or body a label names: a mention of the label itself, else
    one of the document's names that the label gives in full, a person's
    by its last or first word, or by its initials; a bracketed name the document never
    gives otherwise is a person of its own (the notation is for speakers)."""
    key = fold(name.text)
    words = name.text.split()
    if len(words) == 1 and name.text.isupper() and 2 <= len(name.text) <= 4:
        # "TV:" after "... interviewed Tomasz Vell": the initials of a person named
        person = next((m for m in res.mentions if m.type == "Person" and _initials(m.name) == name.text), None)
        if person is not None:
            return person
    if len(words) == 2 and re.fullmatch(r"[A-Z]\.", words[0]):
        # "T. Vell:" after "... interviewed Tomasz Vell": the person named in full
        for m in res.mentions:
            parts = [fold(w) for w in m.name.split()]
            if m.type == "Person" and len(parts) > 1 and fold(words[1]) == parts[-1] \
                    and parts[0][:1] == fold(words[0][0]) and fold(m.name) != key:
                return m
    inside = [m for m in res.mentions if name.start <= m.span.start and m.span.end <= name.end + 1
              and m.type in ("Person", "Organisation")]
    if inside:
        return inside[0]
    for m in res.mentions:
        if m.type not in ("Person", "Organisation") or (m.span.start < name.end + 2 and name.start < m.span.end):
            continue  # (a name run on over the label, "Lisbon: Crowds", is a misreading)
        parts = [fold(w) for w in m.name.split()]
        if fold(m.name) == key or (len(words) == 1 and len(parts) > 1 and key in (parts[0], parts[-1])
                                   and m.type == "Person"):
            return m  # ("Radio:" opening a list item is no "Vorland Radio": a body's last word is its kind)
        if len(words) == 1 and name.text.isupper() and 2 <= len(name.text) <= 4 and _initials(m.name) == name.text:
            return m
    if kind == "bracket" and not (len(words) == 1 and name.text.isupper()):
        made = Mention(span=name, type="Person", name=name.text)
        res.add(made)
        return made
    return None


def _interviewers(text: str, paragraphs: list[tuple[int, int]], labels: dict[int, tuple[Span, Span, str]]) -> set[str]:
    """The labels whose turns mostly ask ("((WN)) How did you ...?", now and
    then after a line of preamble): the interviewer's, which state nothing."""
    asks: dict[str, list[bool]] = {}
    for k, (cue, name, _) in labels.items():
        asks.setdefault(fold(name.text), []).append(text[cue.end:paragraphs[k][1]].rstrip("\"'”’») ").endswith("?"))
    if len(asks) < 2:
        return set()
    return {name for name, marks in asks.items() if sum(marks) * 2 > len(marks)}


def find_turns(article: Article, doc: Doc, res: SpeakerResolver) -> list[Turn]:
    """The statements of an interview transcript, one per paragraph of
    each labelled turn (see the module docstring)."""
    text = article.text
    paragraphs = _paragraphs(text)
    labels = _labels(text, paragraphs)
    if not labels:
        return []
    last = max(labels)
    asking = _interviewers(text, paragraphs, labels)
    out: list[Turn] = []
    speaker: Mention | None = None
    cue = source = None
    kind = ""
    for k, (lo, hi) in enumerate(paragraphs):
        if k in labels:
            cue, source, kind = labels[k]
            speaker = None if fold(source.text) in asking else _named(res, source, kind)
            lo = cue.end
            while lo < hi and text[lo].isspace():
                lo += 1
        elif speaker is None or not _SENTENCE_END.search(text[lo:hi]) or kind == "bare":
            # (a label without its colon marks every paragraph of its turn)
            speaker = None  # a heading or a caption ends the turn
            continue
        elif k > last and not _FIRST_PERSON.search(text[lo:hi]):
            speaker = None  # narration after the interview
            continue
        if speaker is None or hi <= lo or not article.is_body(lo, hi) or _asks(text[lo:hi]):
            continue  # (a translated answer, "((es)) ...", is furniture: no body)
        words = doc.char_span(lo, hi, alignment_mode="expand")
        if words is None or not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue  # "Team: A, B, C": a list, not a statement
        out.append(Turn(cue, source, Span(lo, hi, text[lo:hi]), speaker))
    return out
