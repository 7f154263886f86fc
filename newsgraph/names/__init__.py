"""Transliteration-aware name keys and the name matcher (see :mod:`newsgraph.names.key`)."""

from .key import joined_key, name_key, skeleton, token_key, tokens
from .match import NameMatch, acronym_matches, match_names, same_name

__all__ = [
    "NameMatch", "acronym_matches", "joined_key", "match_names", "name_key", "same_name",
    "skeleton", "token_key", "tokens",
]
