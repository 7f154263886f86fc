"""Request parameters of the workbench: validation, filters and opaque cursors.

Every value a user sends is checked here and turned into a typed value; nothing a user sends is
ever pasted into SQL (queries bind values with ``?`` and pick sort columns from whitelists).
A bad value raises :class:`ApiError` with status 400 and a message that says what to send.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..record import ENTITY_TYPES, STANCES

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_LIMIT = 200
DEFAULT_LIMIT = 50
MAX_TEXT = 200

#: PLOVER quad classes (manual, table "Quad categories in PLOVER"), plus legacy names that
#: older PLOVER drafts and CAMEO-derived coders still emit.
QUAD_OF_TYPE: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "DEMAND": 3, "DISAPPROVE": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4, "CRIME": 4,
}
QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def quad_of(event_type: str | None) -> int | None:
    return QUAD_OF_TYPE.get((event_type or "").upper())


class ApiError(Exception):
    """An error answered as ``{"ok": false, "error": message, "status": status}``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Args:
    """Typed access to query-string arguments; every getter validates."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = values

    def text(self, name: str, *, max_len: int = MAX_TEXT) -> str | None:
        raw = self.values.get(name)
        if raw is None:
            return None
        value = raw.strip()
        if not value:
            return None
        if len(value) > max_len:
            raise ApiError(400, f"parameter {name!r} is too long (at most {max_len} characters)")
        if "\x00" in value:
            raise ApiError(400, f"parameter {name!r} contains a NUL character")
        return value

    def choice(self, name: str, allowed: tuple[str, ...], default: str | None = None) -> str | None:
        value = self.text(name)
        if value is None:
            return default
        if value not in allowed:
            raise ApiError(400, f"parameter {name!r} must be one of {', '.join(allowed)}; got {value!r}")
        return value

    def date(self, name: str) -> str | None:
        value = self.text(name, max_len=10)
        if value is None:
            return None
        if not _DATE.match(value):
            raise ApiError(400, f"parameter {name!r} must be a date YYYY-MM-DD; got {value!r}")
        return value

    def integer(self, name: str, default: int, *, lo: int, hi: int) -> int:
        value = self.text(name, max_len=12)
        if value is None:
            return default
        try:
            number = int(value)
        except ValueError:
            raise ApiError(400, f"parameter {name!r} must be an integer; got {value!r}") from None
        if not lo <= number <= hi:
            raise ApiError(400, f"parameter {name!r} must be between {lo} and {hi}; got {number}")
        return number

    def limit(self) -> int:
        return self.integer("limit", DEFAULT_LIMIT, lo=1, hi=MAX_LIMIT)

    def cursor(self) -> list[Any] | None:
        return decode_cursor(self.text("cursor", max_len=2000))

    def entity_type(self) -> str | None:
        return self.choice("type", ENTITY_TYPES)

    def stance(self) -> str | None:
        return self.choice("stance", STANCES)


def encode_cursor(values: list[Any]) -> str:
    raw = json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(token: str | None) -> list[Any] | None:
    """The values a cursor carries; a cursor is only ever compared against, never executed."""
    if token is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        values = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise ApiError(400, "parameter 'cursor' is not a cursor this server issued") from None
    if not isinstance(values, list) or not all(
        isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in values
    ):
        raise ApiError(400, "parameter 'cursor' is not a cursor this server issued")
    return values


@dataclass(frozen=True)
class ArticleFilters:
    """Filters shared by the article list and search."""

    date_from: str | None = None
    date_to: str | None = None
    publisher: str | None = None
    language: str | None = None
    entity: str | None = None
    event_type: str | None = None
    stance: str | None = None

    @classmethod
    def parse(cls, args: Args) -> ArticleFilters:
        return cls(
            date_from=args.date("date_from"),
            date_to=args.date("date_to"),
            publisher=args.text("publisher"),
            language=args.text("language", max_len=12),
            entity=args.text("entity"),
            event_type=_upper(args.text("event_type", max_len=40)),
            stance=args.stance(),
        )

    def sql(self, alias: str = "a") -> tuple[str, list[Any]]:
        """A WHERE fragment over articles ``alias`` (fixed SQL text, values bound)."""
        return all_of(
            equals(f"{alias}.published >= ?", self.date_from),
            equals(f"{alias}.published <= ?", self.date_to),
            equals(f"{alias}.publisher = ? COLLATE NOCASE", self.publisher),
            equals(f"{alias}.language = ? COLLATE NOCASE", self.language),
            equals(
                f"EXISTS (SELECT 1 FROM entities fe WHERE fe.article_id = {alias}.id"
                " AND (fe.name = ? COLLATE NOCASE OR @name(fe) = ? COLLATE NOCASE))",
                self.entity,
            ),
            equals(
                f"EXISTS (SELECT 1 FROM events fv WHERE fv.article_id = {alias}.id AND fv.type = ?)",
                self.event_type,
            ),
            equals(
                f"(EXISTS (SELECT 1 FROM claims fc WHERE fc.article_id = {alias}.id"
                " AND fc.stance = ?) OR EXISTS (SELECT 1 FROM events fs"
                f" WHERE fs.article_id = {alias}.id AND fs.stance = ?))",
                self.stance,
            ),
        )

    def as_query(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass(frozen=True)
class EventFilters:
    type: str | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    stance: str | None = None
    quad: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    article: str | None = None
    publisher: str | None = None
    claim: str | None = None  # text of the source claim contains

    @classmethod
    def parse(cls, args: Args) -> EventFilters:
        quad = args.integer("quad", 0, lo=0, hi=4)
        return cls(
            type=_upper(args.text("type", max_len=40)),
            actor=args.text("actor"),
            target=args.text("target"),
            place=args.text("place"),
            stance=args.stance(),
            quad=quad or None,
            date_from=args.date("date_from"),
            date_to=args.date("date_to"),
            article=args.text("article", max_len=100),
            publisher=args.text("publisher"),
            claim=args.text("claim"),
        )

    def as_query(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.__dict__.items() if v}


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with the wildcards in ``text`` escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


#: one condition of a WHERE clause and the values its ``?`` bind; None where a filter is not set
Clause = tuple[str, list[Any]] | None


def equals(sql: str, value: Any) -> Clause:
    """``sql`` with every ``?`` bound to ``value``; no condition when ``value`` is not set."""
    return (sql, [value] * sql.count("?")) if value else None


def contains(sql: str, text: str | None) -> Clause:
    """``sql`` with every ``?`` bound to the LIKE pattern "contains ``text``" (use it with
    ``ESCAPE '\\'``, see :func:`like_pattern`); no condition when ``text`` is not set."""
    return (sql, [like_pattern(text)] * sql.count("?")) if text else None


def all_of(*clauses: Clause) -> tuple[str, list[Any]]:
    """The AND of the conditions that are set, with their values in order; ``"1"`` for none."""
    kept = [c for c in clauses if c is not None]
    return " AND ".join(sql for sql, _ in kept) or "1", [v for _, values in kept for v in values]


def keyset(
    keys: list[tuple[str, str]], values: list[Any] | None
) -> tuple[str, list[Any]]:
    """WHERE fragment for keyset pagination after the row with ``values``.

    ``keys`` are (SQL expression from a whitelist, "ASC"|"DESC"); ties broken by the later keys.
    """
    if values is None:
        return "1", []
    if len(values) != len(keys):
        raise ApiError(400, "parameter 'cursor' does not belong to this listing or sort order")
    ors: list[str] = []
    params: list[Any] = []
    for i, (expr, direction) in enumerate(keys):
        ands = []
        for j in range(i):
            ands.append(f"{keys[j][0]} = ?")
            params.append(values[j])
        ands.append(f"{expr} {'>' if direction == 'ASC' else '<'} ?")
        params.append(values[i])
        ors.append("(" + " AND ".join(ands) + ")")
    return "(" + " OR ".join(ors) + ")", params


def order_by(keys: list[tuple[str, str]]) -> str:
    return ", ".join(f"{expr} {direction}" for expr, direction in keys)
