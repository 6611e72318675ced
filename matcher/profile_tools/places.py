"""A country from an imported place, only when the place says it without doubt.

The reading lives in matcher/importers/places.py (one home for every importer); this
module keeps the names the JSON Resume converter uses.
"""

from __future__ import annotations

from ..importers.places import country_in_text, explicit_code

__all__ = ["country_in_text", "explicit_code"]
