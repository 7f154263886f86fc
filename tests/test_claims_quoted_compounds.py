"""Quotations inside hyphenated compounds (claims.quoted_names): `eine „Eins zu Eins“-Begegnung`
names a thing, nobody says it, so it is no direct quote (and the claim holding it not mixed)."""

from __future__ import annotations

from newsgraph.claims.frames import Attr, Sentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.quoted_names import drop_quoted_names
from newsgraph.claims.stage import LAYER, ClaimsStage
from newsgraph.claims.text import fallback_tokens, find_quotes, split_units
from newsgraph.doc import Doc
from newsgraph.record import Article


def kept_quotes(text: str) -> list[str]:
    """The quotations of ``text`` that stay direct quotes when each is offered as one."""
    toks = fallback_tokens(text)
    quotes = find_quotes(text, toks)
    units = split_units(text, toks, quotes)
    lex = load_lexicon("de")
    sents = [Sentence(toks[u.tok_start : u.tok_end], quotes, lex, i) for i, u in enumerate(units)]
    attrs = []
    for q in quotes:
        unit = next(i for i, u in enumerate(units) if u.start <= q.start < u.end)
        attrs.append(Attr("Direct", [(q.start, q.end)], [], "say", None, unit))
    return [text[a.start : a.end] for a in drop_quoted_names(attrs, sents)]


def test_the_first_part_of_a_hyphenated_compound_is_no_quote() -> None:
    assert kept_quotes("Er lehnte eine „Eins zu Eins“-Begegnung mit dem Iran ab.") == []
    assert kept_quotes("Die Führung der „Tea Party“-Bewegung schwieg.") == []


def test_a_quotation_before_a_dash_with_a_space_stays_a_quote() -> None:
    text = "Sie sprach von einem „schweren Fehler“ - und ging."
    assert kept_quotes(text) == ["„schweren Fehler“"]


def test_indirect_content_with_a_quoted_compound_is_not_mixed() -> None:
    text = "Ein Sprecher sagte, dass keine „Eins zu Eins“-Begegnung geplant sei."
    doc = Doc(article=Article(id="t", text=text))
    ClaimsStage()(doc)
    assert [f.kind for f in doc.layers[LAYER]] == ["Indirect"]
    assert [c.form for c in doc.article.claims] == ["indirect"]
