"""A minimal CoNLL-U reader (gold tokens for training and ``newsgraph eval pos``).

UD German splits contractions of preposition and article (``am`` → ``an`` ``dem``) into
syntactic words under a multi-word token line.  newsgraph's tokeniser keeps them whole (STTS
``APPRART``), so by default the reader merges them back: one token with the surface form, the
preposition's lemma and UPOS (``ADP``), XPOS ``APPRART`` and the article's ``Case``, ``Gender``
and ``Number``.  ``merge_contractions=False`` gives the syntactic words instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvalError


@dataclass(frozen=True)
class GoldToken:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str


@dataclass(frozen=True)
class GoldSentence:
    sent_id: str
    tokens: tuple[GoldToken, ...]

    @property
    def words(self) -> list[str]:
        return [t.form for t in self.tokens]


def _merge(form: str, parts: list[GoldToken]) -> GoldToken:
    first = parts[0]
    feats = ""
    xpos = first.xpos
    if first.upos == "ADP" and len(parts) == 2 and parts[1].upos == "DET":
        xpos = "APPRART"
        keep = [
            f for f in parts[1].feats.split("|") if f.split("=")[0] in ("Case", "Gender", "Number")
        ]
        feats = "|".join(keep)
    return GoldToken(form, first.lemma, first.upos, xpos, feats or "_", first.head, first.deprel)


def read_conllu(path: str | Path, *, merge_contractions: bool = True) -> Iterator[GoldSentence]:
    """Sentences of a CoNLL-U file (empty nodes skipped; contractions merged, see above)."""
    path = Path(path)
    if not path.is_file():
        raise EvalError(f"{path}: no such CoNLL-U file", hint="pass a .conllu file")
    sent_id = ""
    tokens: list[GoldToken] = []
    count = 0
    multi: tuple[str, int, int] | None = None  # (form, first id, last id)
    parts: list[GoldToken] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield GoldSentence(sent_id or str(count), tuple(tokens))
                    count += 1
                tokens, sent_id, multi = [], "", None
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sent_id = line.partition("=")[2].strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise EvalError(
                    f"{path}:{lineno}: expected 10 tab-separated columns, got {len(cols)}",
                    hint="is this a CoNLL-U file?",
                )
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                if merge_contractions:
                    lo, _, hi = cols[0].partition("-")
                    multi = (cols[1], int(lo), int(hi))
                    parts = []
                continue
            head = int(cols[6]) if cols[6].isdigit() else -1
            tok = GoldToken(cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7])
            if multi is not None and cols[0].isdigit() and multi[1] <= int(cols[0]) <= multi[2]:
                parts.append(tok)
                if int(cols[0]) == multi[2]:
                    tokens.append(_merge(multi[0], parts))
                    multi = None
                continue
            tokens.append(tok)
    if tokens:
        yield GoldSentence(sent_id or str(count), tuple(tokens))
