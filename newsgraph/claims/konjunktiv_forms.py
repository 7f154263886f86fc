"""Konjunktiv I by word form and morphology, below the sentence readers that need it.

The nlp stage marks a subjunctive's kind (``Subj=I|II``) where the stem tells it; otherwise the
form does: stem + `e` is Konjunktiv I (`plane`, `gelte`), an umlauted stem Konjunktiv II
(`wäre`, `hätte`), and a weak preterite (`sagte`) neither.
"""

from __future__ import annotations

from .token_view import TokenView


def konjunktiv1_at(sent: TokenView, k: int) -> bool:
    """Token ``k`` (a subjunctive verb) is Konjunktiv I: the nlp stage's ``Subj=I|II`` when it
    marked one (`liefe`, `entspräche` are Konjunktiv II by their stem), the word form otherwise
    (documents analysed without the nlp stage)."""
    subj = sent.toks[k].feat("Subj")
    if subj in ("I", "II"):
        return subj == "I"
    return konjunktiv1(sent.lower[k], sent.toks[k].lemma or "")


#: Konjunktiv II forms with umlaut (a Konjunktiv I stem may have one too: `gehöre`, `erkläre`)
KONJUNKTIV2 = frozenset(
    [
        "wäre",
        "würde",
        "würden",
        "gäbe",
        "käme",
        "läge",
        "stünde",
        "bliebe",
        "ließe",
        "sähe",
        "fände",
        "hielte",
        "nähme",
        "wüsste",
        "gälte",
        "träfe",
        "trüge",
        "führe",
        "zöge",
        "schlüge",
        "riefe",
        "schiene",
    ]
)


def konjunktiv1(low: str, lemma: str = "") -> bool:
    """Konjunktiv I by form; ``lemma`` tells the stem+e of a verb whose stem ends in `t`
    (`rate`, `gelte`, `arbeite`) from a weak preterite (`sagte`, `machte`)."""
    if low in ("sei", "seien", "seiest"):
        return True
    if low in KONJUNKTIV2:
        return False
    if low.endswith(("te", "ten")):
        lemma = lemma.lower()
        return low.endswith("te") and lemma.endswith(low + "n")  # `rät ab`: `abraten`
    return low.endswith("e")
