"""ACLED's codebook as data, defined once: every other module imports from here.

Facts from the ACLED codebook (see docs/CODEBOOK.md for the choices eventwire
makes where ACLED is silent).
"""
from __future__ import annotations

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

SUB_EVENT_TYPES: tuple[str, ...] = tuple(s for subs in EVENT_TYPES.values() for s in subs)
PARENT_TYPE: dict[str, str] = {s: t for t, subs in EVENT_TYPES.items() for s in subs}

DISORDER_TYPE: dict[str, str] = {
    BATTLES: "Political violence",
    EXPLOSIONS: "Political violence",
    VAC: "Political violence",
    RIOTS: "Political violence",
    PROTESTS: "Demonstrations",
    STRATEGIC: "Strategic developments",
}

# Inter codes: the kind of actor.
INTER_STATE = 1
INTER_REBEL = 2
INTER_POLITICAL_MILITIA = 3
INTER_IDENTITY_MILITIA = 4
INTER_RIOTERS = 5
INTER_PROTESTERS = 6
INTER_CIVILIANS = 7
INTER_EXTERNAL = 8

# Precision codes.
TIME_DAY, TIME_WEEK, TIME_MONTH = 1, 2, 3
GEO_TOWN, GEO_NEAR, GEO_REGION = 1, 2, 3

# Fatality conventions for vague quantities (acled-conventions.md). "several" is
# not ruled by ACLED: eventwire codes it as 3, the same as a limited attack with
# deaths but no number (documented in docs/CODEBOOK.md).
VAGUE_FATALITIES: dict[str, int] = {
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "several": 3,
    "a few": 3,
    "few": 3,
    "some": 3,
    "many": 10,
    "numerous": 10,
    "a number of": 3,
    "a dozen": 12,
    "a couple of": 2,
    "a handful of": 3,
}
UNKNOWN_TOLL_LARGE = 10
UNKNOWN_TOLL_LIMITED = 3

ACLED_EXPORT_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED joins the two inter codes smallest first; one actor ends in 0."""
    if inter1 is None:
        return None
    if not inter2:
        return inter1 * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b


def is_valid(event_type: str, sub_event_type: str) -> bool:
    return PARENT_TYPE.get(sub_event_type) == event_type
