"""Quantities: numbers with what they count (``etwa 5.000 nordkoreanische Militärbauarbeiter``).

API::

    from newsgraph.quantities import tag_quantities, QuantitiesStage
    tag_quantities(text, *, lang="de", spans=None, exclude=(), tokens=()) -> list[Quantity]

See :mod:`newsgraph.quantities.tagger` for what is and is not a quantity and
:mod:`newsgraph.quantities.numbers` for reading digits and number words.
"""

from __future__ import annotations

from .stage import QuantitiesStage
from .tagger import tag_quantities

__all__ = ["QuantitiesStage", "tag_quantities"]
