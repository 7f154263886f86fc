"""A minimal CoNLL-U reader (gold tokens for training and ``newsgraph eval pos``)."""

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


def read_conllu(path: str | Path) -> Iterator[GoldSentence]:
    """Sentences of a CoNLL-U file; multi-word token lines and empty nodes are skipped."""
    path = Path(path)
    if not path.is_file():
        raise EvalError(f"{path}: no such CoNLL-U file", hint="pass a .conllu file")
    sent_id = ""
    tokens: list[GoldToken] = []
    count = 0
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield GoldSentence(sent_id or str(count), tuple(tokens))
                    count += 1
                tokens, sent_id = [], ""
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
            if "-" in cols[0] or "." in cols[0]:
                continue
            head = int(cols[6]) if cols[6].isdigit() else -1
            tokens.append(GoldToken(cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7]))
    if tokens:
        yield GoldSentence(sent_id or str(count), tuple(tokens))
