"""Which rule produced each field of a record: kept beside the record, never in it.

Every rule is a named function in an ordered tuple (`title_complements.COMPLEMENTS`,
`visit_passes.PASSES`, `quote_attribution.ATTRIBUTIONS`, …); the finders write the name of the one
that fired into the `why` of what they found (`{"speaker": "after the quote: person named"}`); a
role lists the rules that tied its title to the name (`title`), read the phrase (`phrase`) and gave
its country (`country`). `Extractor(explain=True)` and
`python -m pipeline explain FILE` collect them per record id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agreements import Agreement
    from .persons import PersonsResult
    from .quotes import Quote
    from .visits import Visit

Why = dict[str, str]  # field → the name of the rule that set it


def rule_name(rule: Callable[..., Any]) -> str:
    """`_talks_abroad` → `talks abroad`: a rule function's name as the explanation shows it."""
    return rule.__name__.strip("_").replace("_", " ")


def explanation(
    persons: PersonsResult,
    visits: list[Visit],
    agreements: list[Agreement],
    quotes: list[Quote],
) -> dict[str, dict[str, Any]]:
    """Record id → what fired for it, numbered as `records.build` numbers the records."""
    out: dict[str, dict[str, Any]] = {}
    for n, p in enumerate(persons.persons, 1):
        out[f"person-{n}"] = {"roles": [{"role": r.title, **r.why} for r in p.roles]}
    for kind, items in (("visit", visits), ("agreement", agreements), ("quote", quotes)):
        for n, item in enumerate(items, 1):
            out[f"{kind}-{n}"] = dict(item.why)
    return out
