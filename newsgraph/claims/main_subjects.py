"""The subject of a sentence's main verb when it names a source (for the free indirect speech
after it): a proper noun, a noun for someone who speaks, `er`; not an amount, not a genitive
attribute of the Vorfeld before it, not `es`, `man` or a thing.
"""

from __future__ import annotations

from .clause_subjects import head_can_speak
from .frames import Sentence, Span2
from .mood import first_finite
from .passive_agents import agent_of_passive_finite
from .text import CLOSING


def main_subject(sent: Sentence) -> Span2 | None:
    """The subject of a sentence's first finite verb when it names a source: it holds a proper
    noun or is the personal pronoun `er`; not `es`, `man` or a common noun alone
    (`Der Sprengsatz`, `ein Streik` cause events, they do not speak)."""
    v = first_finite(sent, main=True)
    if v is None:
        return None
    span = (
        agent_of_passive_finite(sent, v)
        or sent.subject(v)
        or _subject_before_insertion(sent, v)
        or sent.subject_after(v)
        or _genitive_vorfeld(sent, v)
    )
    if span is not None and _genitive_attribute(sent, span):
        # `Nach dem „mangelhaft“ der Stiftung Warentest hat die Schauspielerin …`: the
        # genitive belongs to the phrase before it; the subject follows the verb
        span = sent.subject_after(v)
    if span is None:
        return None
    words = [k for k, t in enumerate(sent.toks) if span[0] <= t.start and t.end <= span[1]]
    nouns = [k for k in words if sent.toks[k].tag in ("NN", "NE")]
    if nouns and sent.lower[nouns[0]] in _AMOUNTS:
        return None  # `wird nun eine halbe Million Euro investiert`: an amount, no source
    if any(sent.toks[k].tag == "NE" or sent.lex.is_source_noun(sent.toks[k].text) for k in words):
        return span if head_can_speak(sent, words) else None
    return span if len(words) == 1 and sent.lower[words[0]] in _SOURCE_PRONOUNS else None


def _genitive_attribute(sent: Sentence, span: Span2) -> bool:
    """``span`` opens with `des`, or with `der` right after a noun or a quotation: a genitive
    attribute of the phrase before it, not a subject."""
    k = sent.index_at(span[0], 0)
    if k == 0 or sent.lower[k] not in ("des", "der"):
        return False
    prev = sent.toks[k - 1]
    return sent.lower[k] == "des" or prev.tag in ("NN", "NE") or prev.text in CLOSING


#: heads of amounts (`eine halbe Million Euro`, `drei Prozent`), which the tagger may read as
#: names (`Euro/NE`): amounts do not speak
_AMOUNTS = frozenset(
    {
        "hundert",
        "tausend",
        "million",
        "millionen",
        "milliarde",
        "milliarden",
        "prozent",
        "euro",
        "dollar",
        "franken",
        "pfund",
        "yen",
    }
)


def _subject_before_insertion(sent: Sentence, v: int) -> Span2 | None:
    """`Anna Roth, eine der Gründerinnen, die den Brief schrieben, verurteilte ...`: a noun
    phrase ending in a name opens the sentence, cut off from its verb by an apposition or a
    relative clause."""
    if v < 3 or sent.toks[v - 1].text != "," or sent.toks[0].tag not in ("NE", "ART", "NN"):
        return None
    end = sent.np_end(0, v)
    if end <= 0 or sent.toks[end - 1].tag != "NE" or end >= v or sent.toks[end].text != ",":
        return None
    return sent.span(0, end)


#: word classes of a noun phrase with genitive and prepositional attributes
_NP_TAGS = frozenset(
    {"ART", "PIAT", "PIDAT", "PPOSAT", "PDAT", "ADJA", "ADV", "CARD", "NN", "NE", "APPR"}
    | {"APPRART", "TRUNC", "KON"}
)


def _genitive_vorfeld(sent: Sentence, v: int) -> Span2 | None:
    """`Vertreter aller im Bundestag vertretenen Parteien warnten ...`: a Vorfeld of one noun
    phrase with a genitive attribute opened by a quantifier (`aller`, `beider`, `vieler`),
    which the noun-phrase reader stops before, is the subject of the verb after it."""
    if v < 3 or sent.toks[0].tag not in ("NN", "NE", "ART", "PIAT", "PIDAT", "ADJA"):
        return None
    if any(sent.in_quote[k] or sent.toks[k].tag not in _NP_TAGS for k in range(v)):
        return None
    if sent.toks[0].feat("Case") in ("Acc", "Dat") or sent.toks[v - 1].tag not in ("NN", "NE"):
        return None
    if not any(
        sent.toks[k].tag in ("PIAT", "PIDAT") and sent.toks[k - 1].tag in ("NN", "NE")
        for k in range(1, v)
    ):
        return None
    return sent.span(0, v)


_SOURCE_PRONOUNS = frozenset({"er"})  # `sie` may be a plural object-less pronoun of things
