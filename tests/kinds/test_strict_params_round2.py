"""Second red-team pass of issue 17 ("also: requirement parameters are parsed laxly"):
two kinds' parameter models are not strict, so a rules file's `permanent_residents:
"yes"` (or `on`, `1`) counts residents, `min_months: "12"` or `min_months: true` is a
number, and `min_months` has no bounds (`1e-300` is a rule every tenure meets, `1e300`
one none can). The other kinds refuse the same values (`strict=True` and `Years`).

The root was in matcher/kinds/nationality.py (CountrySetParams, also used by
nationality_exclusion) and matcher/kinds/employer_tenure.py: not strict, and `min_months` unbounded."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from matcher.kinds import get_kind


@pytest.mark.parametrize("kind", ["nationality", "nationality_exclusion"])
@pytest.mark.parametrize("value", ["yes", "on", 1, "true"])
def test_permanent_residents_is_a_strict_boolean(kind: str, value: object):
    with pytest.raises(ValidationError):
        get_kind(kind).Params.model_validate({"members": "interpol_members", "permanent_residents": value})


@pytest.mark.parametrize("value", ["12", True, 1e-300, 1e300])
def test_min_months_is_a_strict_bounded_number(value: object):
    with pytest.raises(ValidationError):
        get_kind("employer_tenure").Params.model_validate({"min_months": value})


def test_the_strict_kinds_refuse_the_same_values():
    """The control: education and experience already refuse a quoted number and a boolean."""
    for value in ("3", True):
        with pytest.raises(ValidationError):
            get_kind("experience").Params.model_validate({"min_years": value})
    with pytest.raises(ValidationError):
        get_kind("education").Params.model_validate({"min_years": 3, "or_equivalent": "yes"})
