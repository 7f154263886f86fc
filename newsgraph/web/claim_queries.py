"""Claims: listing, attribution chains (publisher → outer source → speaker) and cross-article
sources (every article that carries the same claim, and through whom it got it).

Matching claims across articles: two claims are the same claim when their normalised contents
are similar (mean of Jaccard overlap and containment of content words) and either the speakers
agree (a speaker anywhere on the claim's chain counts, threshold :data:`SAME_SPEAKER_SIM`) or
the contents are near-identical (threshold :data:`ANY_SPEAKER_SIM`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .identity import ReadDb
from .params import all_of, contains, equals, keyset, like_pattern, order_by
from .queries import Page, Row, fetch_page, rows

SAME_SPEAKER_SIM = 0.4
ANY_SPEAKER_SIM = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)
#: function words that say nothing about what a claim is about (German and English)
_STOPWORD_TEXT = (
    "der die das den dem des ein eine einer eines einem einen und oder aber dass daß ob wie "
    "sei seien habe haben hat hätten hätte wurde wurden werde werden wird ist sind war waren "
    "nicht auch noch schon nur sich er sie es wir ihr man zu im in am an auf aus bei mit von "
    "vom zum zur für über unter nach vor so als um bis durch gegen ohne diese dieser dieses "
    "the a an and or but that whether of to in on at by for with from is are was were be been "
    "has have had not also it he she they we this these those as"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_CLAIM_COLS = (
    "c.article_id, c.id, c.speaker, c.speaker_text, COALESCE(@name(se), c.speaker_text) AS"
    " speaker_name, se.type AS speaker_type, c.cue_text, c.cue_start, c.cue_end,"
    " c.content_start, c.content_end, c.content_text, c.form, c.stance, c.said, c.via,"
    " a.title, a.publisher, a.published"
)
_CLAIM_FROM = (
    " FROM claims c JOIN articles a ON a.id = c.article_id"
    " LEFT JOIN entities se ON se.article_id = c.article_id AND se.id = c.speaker"
)
_CLAIM_KEYS = [("COALESCE(a.published, '')", "DESC"), ("c.article_id", "ASC"), ("c.id", "ASC")]


def list_claims(
    conn: ReadDb,
    *,
    speaker: str | None,
    stance: str | None,
    article: str | None,
    q: str | None,
    limit: int,
    cursor: list[Any] | None,
) -> Page:
    where, params = all_of(
        contains("COALESCE(@name(se), c.speaker_text) LIKE ? ESCAPE '\\'", speaker),
        equals("c.stance = ?", stance),
        equals("c.article_id = ?", article),
        contains("c.content_text LIKE ? ESCAPE '\\'", q),
    )
    after, after_params = keyset(_CLAIM_KEYS, cursor)
    sql = (
        f"SELECT {_CLAIM_COLS}, COALESCE(a.published, '') AS _k0 {_CLAIM_FROM}"
        f" WHERE {where} AND {after} ORDER BY {order_by(_CLAIM_KEYS)}"
        " LIMIT ?"
    )
    return fetch_page(conn, sql, [*params, *after_params], limit, ["_k0", "article_id", "id"])


def get_claim(conn: ReadDb, article_id: str, claim_id: str) -> Row | None:
    found = rows(conn.execute(
        f"SELECT {_CLAIM_COLS} {_CLAIM_FROM} WHERE c.article_id = ? AND c.id = ?",
        (article_id, claim_id),
    ))
    if not found:
        return None
    claim = found[0]
    claim["chain"] = chain(conn, article_id, claim_id)
    return claim


def article_claims(conn: ReadDb, article_id: str) -> dict[str, Row]:
    return {
        r["id"]: r
        for r in rows(conn.execute(
            f"SELECT {_CLAIM_COLS} {_CLAIM_FROM} WHERE c.article_id = ?", (article_id,)
        ))
    }


def chain_of(claims: dict[str, Row], claim_id: str, publisher: str | None) -> list[Row]:
    """Nodes from the publisher outward-in to the speaker of ``claim_id`` (via links)."""
    path: list[Row] = []
    seen: set[str] = set()
    current: str | None = claim_id
    while current is not None and current in claims and current not in seen:
        seen.add(current)
        c = claims[current]
        path.append({
            "kind": "speaker", "label": c.get("speaker_name") or "(unknown speaker)",
            "claim": c["id"], "stance": c["stance"], "cue": c.get("cue_text"),
        })
        current = c.get("via")
    path.reverse()
    head = {"kind": "publisher", "label": publisher or "(article)", "claim": None,
            "stance": None, "cue": None}
    return [head, *path]


def chain(conn: ReadDb, article_id: str, claim_id: str) -> list[Row]:
    row = conn.execute("SELECT publisher FROM articles WHERE id = ?", (article_id,)).fetchone()
    return chain_of(article_claims(conn, article_id), claim_id, row[0] if row else None)


# ---- matching across articles -------------------------------------------------------------------


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return folded.replace("ß", "ss")


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(normalise(text)) if len(w) > 1 and w not in STOPWORDS}


def similarity(a: str, b: str) -> float:
    """Mean of Jaccard overlap and containment of the content words of two claim texts."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 1.0 if normalise(a).strip() == normalise(b).strip() else 0.0
    common = len(wa & wb)
    return (common / len(wa | wb) + common / min(len(wa), len(wb))) / 2


def sources(conn: ReadDb, article_id: str, claim_id: str, limit: int = 100) -> Row | None:
    """Every article carrying the claim, with the chain by which each got it."""
    claim = get_claim(conn, article_id, claim_id)
    if claim is None:
        return None
    speakers = {normalise(n["label"]) for n in claim["chain"] if n["kind"] == "speaker"}
    speakers.discard(normalise("(unknown speaker)"))
    words = sorted(content_words(claim["content_text"]), key=lambda w: (-len(w), w))[:3]
    conds = ["lower(COALESCE(@name(se), c.speaker_text, '')) = ?" for _ in speakers]
    params: list[Any] = sorted(speakers)
    for w in words:
        conds.append("lower(c.content_text) LIKE ? ESCAPE '\\'")
        params.append(like_pattern(w))
    if not conds:
        conds = ["0"]
    candidates = rows(conn.execute(
        f"SELECT {_CLAIM_COLS} {_CLAIM_FROM} WHERE ({' OR '.join(conds)})"
        " AND c.article_id <> ?"
        " ORDER BY COALESCE(a.published, ''), c.article_id, c.id LIMIT 5000",
        [*params, article_id],
    ))
    matches = []
    chains: dict[str, dict[str, Row]] = {}
    for cand in candidates:
        sim = similarity(claim["content_text"], cand["content_text"])
        same_speaker = normalise(cand.get("speaker_name") or "") in speakers
        if sim < (SAME_SPEAKER_SIM if same_speaker else ANY_SPEAKER_SIM):
            continue
        if cand["article_id"] not in chains:
            chains[cand["article_id"]] = article_claims(conn, cand["article_id"])
        cand["chain"] = chain_of(chains[cand["article_id"]], cand["id"], cand.get("publisher"))
        cand["similarity"] = round(sim, 3)
        cand["same_speaker"] = same_speaker
        matches.append(cand)
    # one entry per article: the best-matching claim of that article
    best: dict[str, Row] = {}
    for m in matches:
        kept = best.get(m["article_id"])
        if kept is None or m["similarity"] > kept["similarity"]:
            best[m["article_id"]] = m
    carried = sorted(best.values(), key=lambda m: (m.get("published") or "", m["article_id"]))
    return {"claim": claim, "articles": carried[:limit]}
