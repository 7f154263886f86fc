"""Tag sets: the STTS → UPOS mapping and the morphology that follows from an STTS tag alone.

The mapping follows the UD German conversion (checked against UD German GSD, where each STTS
tag's most frequent UPOS is the one below).  Modal and auxiliary verbs are ``AUX`` as in UD.
"""

from __future__ import annotations

STTS_TO_UPOS: dict[str, str] = {
    "ADJA": "ADJ",
    "ADJD": "ADJ",
    "ADV": "ADV",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APPO": "ADP",
    "APZR": "ADP",
    "ART": "DET",
    "CARD": "NUM",
    "FM": "X",
    "ITJ": "INTJ",
    "KOUI": "SCONJ",
    "KOUS": "SCONJ",
    "KON": "CCONJ",
    "KOKOM": "ADP",
    "NN": "NOUN",
    "NE": "PROPN",
    "PDS": "PRON",
    "PDAT": "DET",
    "PIS": "PRON",
    "PIAT": "DET",
    "PIDAT": "DET",
    "PPER": "PRON",
    "PPOSS": "PRON",
    "PPOSAT": "DET",
    "PRELS": "PRON",
    "PRELAT": "DET",
    "PRF": "PRON",
    "PWS": "PRON",
    "PWAT": "DET",
    "PWAV": "ADV",
    "PAV": "ADV",
    "PROAV": "ADV",
    "PTKZU": "PART",
    "PTKNEG": "PART",
    "PTKVZ": "ADP",
    "PTKANT": "PART",
    "PTKA": "ADV",
    "TRUNC": "X",
    "VVFIN": "VERB",
    "VVIMP": "VERB",
    "VVINF": "VERB",
    "VVIZU": "VERB",
    "VVPP": "VERB",
    "VAFIN": "AUX",
    "VAIMP": "AUX",
    "VAINF": "AUX",
    "VAPP": "AUX",
    "VMFIN": "AUX",
    "VMINF": "AUX",
    "VMPP": "AUX",
    "XY": "X",
    "$,": "PUNCT",
    "$.": "PUNCT",
    "$(": "PUNCT",
}

#: the STTS tag to fall back on when only the UPOS is known
DEFAULT_STTS: dict[str, str] = {
    "ADJ": "ADJA",
    "ADV": "ADV",
    "ADP": "APPR",
    "AUX": "VAFIN",
    "CCONJ": "KON",
    "DET": "ART",
    "INTJ": "ITJ",
    "NOUN": "NN",
    "NUM": "CARD",
    "PART": "PTKNEG",
    "PRON": "PPER",
    "PROPN": "NE",
    "PUNCT": "$(",
    "SCONJ": "KOUS",
    "SYM": "XY",
    "VERB": "VVFIN",
    "X": "FM",
}

UPOS_TAGS: tuple[str, ...] = tuple(sorted(DEFAULT_STTS))


def normalise_stts(tag: str) -> str:
    """HanTa writes ``VA(FIN)``/``ADJ(D)``; STTS proper is ``VAFIN``/``ADJD``; ``PAV`` → ``PROAV``."""
    tag = tag.replace("(", "").replace(")", "")
    return "PROAV" if tag == "PAV" else tag


def upos_of(stts: str) -> str:
    return STTS_TO_UPOS.get(stts, "X")


def verbform_of(stts: str) -> str | None:
    """UD ``VerbForm`` implied by an STTS verb tag (``VVPP`` → ``Part``)."""
    if not stts.startswith("V") or len(stts) < 4:
        return None
    suffix = stts[2:]
    return {"FIN": "Fin", "IMP": "Fin", "INF": "Inf", "IZU": "Inf", "PP": "Part"}.get(suffix)


def punct_stts(text: str) -> str:
    """STTS punctuation tag of a punctuation token."""
    if text == ",":
        return "$,"
    if text in (".", "!", "?", ":", ";", "...", "…", "?!", "!?"):
        return "$."
    return "$("
