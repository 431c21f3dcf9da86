"""Statements inside statements: which of two records whose cue lies in
the other's content is kept, and which becomes the other's relay (``via``).
Works on the attribution finder's candidate records (``attribution._Rec``:
relation, cue, content, speaker, via, relay); no parse needed."""

from __future__ import annotations

from dataclasses import replace


def nest(recs: list, quotes: list[tuple[int, int]]) -> list:
    """Resolve statements inside statements. A cue inside another record's
    content is part of it when it is inside a quotation ("'... is claiming
    ...,' X wrote"), has the same speaker ("a video of what he said was") or
    is a future act announced in it ("that the guild would call on ...");
    inside a relaying cue's content ("X told ..., TASS reported") the outer
    source becomes the inner record's ``via`` and the outer record goes.
    Exact duplicates (a repeated headline) collapse to one."""
    drop: set[int] = set()
    out = list(recs)
    for i, outer in enumerate(out):
        for j, inner in enumerate(out):
            if i == j or i in drop or j in drop:
                continue
            if not (outer.content.start <= inner.cue.start and inner.cue.end <= outer.content.end):
                continue
            quoted = any(qs <= inner.cue.start and inner.cue.end <= qe and qs >= outer.content.start - 1
                         for qs, qe in quotes)
            future = inner.cue.text.split()[0].lower() in ("will", "would", "shall")
            if not quoted and outer.relation == "claims" and inner.relation != "claims" and inner.speaker \
                    and outer.speaker and inner.speaker.name == outer.speaker.name:
                drop.add(i)  # "X said it could not confirm P": X's stance is the inner one
                continue
            if quoted or future or (inner.speaker and outer.speaker and inner.speaker.name == outer.speaker.name):
                drop.add(j)  # (future: "she added that the guild would call on ...": her announcement)
            elif outer.relay and outer.relation == "claims" and inner.via is None and outer.speaker is not None:
                out[j] = replace(inner, via=outer.speaker)
                drop.add(i)
    seen: set[tuple] = set()
    kept = []
    for k, r in enumerate(out):
        key = (r.relation, r.cue.text, r.content.text, r.speaker.name if r.speaker else None)
        if k in drop or key in seen:
            continue
        seen.add(key)
        kept.append(r)
    return kept
