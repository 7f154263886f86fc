"""A rough English tagger so English articles and quotes go through the pipeline.

English text uses the same tokeniser and sentence splitter as German.  Tags come from a small
closed-class lexicon plus suffix and shape rules (UPOS only; the STTS column holds the closest
STTS tag, lemmas are lowercased forms with regular plural/verb endings stripped, and morphology
is limited to ``Number`` on nouns and ``VerbForm`` on ``-ing``/``-ed`` forms).  Expect roughly
80–85% UPOS accuracy; full English quality is out of scope (see docs/models/tagger.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from .tagsets import DEFAULT_STTS, punct_stts

Tagged = tuple[str, str, str, str]

_CLOSED: dict[str, str] = {}
for _upos, _words in {
    "DET": "the a an this that these those every each some any no all both either neither",
    "PRON": "i you he she it we they me him her us them myself yourself himself herself itself "
    "ourselves themselves who whom whose which what mine yours hers ours theirs my your his its "
    "our their",
    "ADP": "of in on at by for with from to into onto over under about after before between "
    "through during without within against among across behind beyond near since until upon",
    "CCONJ": "and or but nor yet",
    "SCONJ": "because although though if unless while whereas whether that",
    "AUX": "is are was were be been being am has have had do does did will would shall should "
    "can could may might must",
    "PART": "not n't 's to",
    "ADV": "very also just only even still already never always often here there now then "
    "today yesterday tomorrow again too however",
    "INTJ": "yes no oh hello",
}.items():
    for _w in _words.split():
        _CLOSED.setdefault(_w, _upos)


def _guess(word: str, first: bool) -> str:
    lower = word.lower()
    if lower in _CLOSED:
        return _CLOSED[lower]
    if word[0].isdigit():
        return "NUM"
    if not word[0].isalnum():
        return "PUNCT" if len(word) <= 3 else "SYM"
    if word[0].isupper() and not first:
        return "PROPN"
    if lower.endswith("ly"):
        return "ADV"
    if lower.endswith(("ing", "ed", "ize", "ise", "ate")):
        return "VERB"
    if lower.endswith(("ous", "ful", "ive", "able", "ible", "al", "ic", "less", "ish")):
        return "ADJ"
    return "NOUN"


def _lemma(word: str, upos: str) -> str:
    lower = word.lower() if upos != "PROPN" else word
    if upos == "NOUN" and lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if upos == "NOUN" and lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return lower[:-1]
    if upos == "VERB" and lower.endswith("ing") and len(lower) > 5:
        return lower[:-3]
    if upos == "VERB" and lower.endswith("ed") and len(lower) > 4:
        return lower[:-2]
    return lower


class EnglishTagger:
    name = "english-rules"

    def tag_sentences(self, sentences: Sequence[list[str]]) -> list[list[Tagged]]:
        return [self.tag(words) for words in sentences]

    def tag(self, words: list[str]) -> list[Tagged]:
        out: list[Tagged] = []
        for i, word in enumerate(words):
            upos = _guess(word, i == 0)
            stts = punct_stts(word) if upos == "PUNCT" else DEFAULT_STTS.get(upos, "XY")
            feats = ""
            lower = word.lower()
            if upos == "NOUN":
                feats = (
                    "Number=Plur"
                    if lower.endswith("s") and not lower.endswith("ss")
                    else "Number=Sing"
                )
            elif upos == "VERB" and lower.endswith("ing"):
                feats = "VerbForm=Ger"
            elif upos == "VERB" and lower.endswith("ed"):
                feats = "VerbForm=Part"
            out.append((upos, stts, _lemma(word, upos), feats))
        return out
