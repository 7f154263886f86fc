"""A small, shipped, extensible knowledge base of actors (see ``docs/entities.md``).

>>> kb = load_kb()
>>> kb.find_one("Koreanische Zentrale Nachrichtenagentur").name
'Korean Central News Agency'
"""

from .base import KB, RoleSense, load_kb
from .loader import ENV_VAR, cameo_sectors, primary_sector
from .model import PHOENIX_AS_OF, ActorType, KBEntry, KBRole

__all__ = [
    "ENV_VAR", "KB", "PHOENIX_AS_OF", "ActorType", "KBEntry", "KBRole", "RoleSense",
    "cameo_sectors", "load_kb", "primary_sector",
]
