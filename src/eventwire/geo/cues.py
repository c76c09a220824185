"""The words around a place name that say what kind of place it is, as data.

Written by hand from how English news describes locations; nothing here is
taken from evaluation data. All entries are folded lowercase tokens.
"""
from __future__ import annotations

# "the town of X", "on the outskirts of X": X is a place even if no gazetteer knows it.
# Each cue is a tuple of tokens that must directly precede the name.
NAME_CUES: dict[tuple[str, ...], str] = {}
for _kind, _words in {
    "town": ("town", "towns", "city", "cities", "village", "villages", "hamlet", "settlement",
             "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "suburb", "suburbs",
             "township", "municipality", "locality", "port", "refugee camp", "camp"),
    "area": ("district", "districts", "province", "provinces", "governorate", "region", "county",
             "area", "areas", "state", "valley", "mountains", "countryside", "outskirts", "vicinity",
             "environs", "plains"),
}.items():
    for _w in _words:
        NAME_CUES[tuple(_w.split()) + ("of",)] = "near" if _w in ("outskirts", "vicinity", "environs") else _kind
for _w in ("near", "nearby", "outside", "around", "resident of", "residents of", "villagers of",
           "people of", "close to", "north of", "south of", "east of", "west of", "northeast of",
           "northwest of", "southeast of", "southwest of", "km from", "kilometres from",
           "kilometers from", "miles from"):
    NAME_CUES[tuple(_w.split())] = ("near" if _w not in ("resident of", "residents of", "villagers of", "people of")
                                    else "town")
MAX_CUE_LEN = max(len(k) for k in NAME_CUES)
# Prepositions that cue a place only before a name shaped like a transliterated one ("in kafr zita").
WEAK_CUES = frozenset({"in", "from", "at", "to", "into", "of"})

# Words right after a name that make it an admin area: "Idlib province", "Hama governorate".
ADMIN_AFTER = frozenset({
    "province", "provinces", "governorate", "governorates", "region", "regions", "state", "states",
    "oblast", "prefecture", "department", "wilaya", "wilayat", "division", "territory",
})
# The narrower set that makes an unknown capitalised word before it a place name.
AREA_AFTER = frozenset({"province", "provinces", "governorate", "governorates", "district", "oblast",
                        "prefecture", "wilaya", "wilayat", "region"})
DISTRICT_AFTER = frozenset({"district", "districts", "county", "counties", "municipality", "countryside"})
# Words before a name that point at part of a region: "southern Idlib" (the province, ACLED's reading).
DIRECTIONS = frozenset({
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
    "southwestern", "rural", "north-western", "south-eastern",
})   # not "central": "central Nairobi" is the city centre, not the county
# Words after "X, a ..." or before "the ... of X" that make X a town.
TOWN_WORDS = frozenset({"town", "city", "village", "hamlet", "suburb", "neighbourhood", "neighborhood", "capital"})
NEAR_BEFORE = frozenset({"near", "outside", "nearby", "outskirts", "around", "vicinity"})
# Titles before a person's name: "President Jackson", "Gen. Hama" is a person, not a place.
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "president", "gen", "general", "col", "colonel", "capt",
    "captain", "lt", "sgt", "sheikh", "rep", "sen", "senator", "gov", "governor", "mayor", "judge",
    "prof", "professor", "minister", "king", "queen", "prince", "princess", "pope", "saint", "st",
    "lord", "lady", "coach", "officer", "detective", "deputy", "chief", "commander", "imam", "father",
    "brother", "sister", "nun", "monk", "friar", "deacon", "uncle", "aunt", "son", "daughter", "wife", "husband",
    "mp", "mps",
})
# Particles that stay inside a transliterated name: "jabal al zawya", "kafr nabl", "abu dhabi".
NAME_PARTICLES = frozenset({
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ad", "ath", "adh", "ibn", "bin", "bint",
    "abu", "umm", "bani", "beni", "deir", "dayr", "tal", "tel", "tell", "jabal", "jebel", "kafr",
    "kfar", "khan", "ain", "ayn", "bir", "ras", "wadi", "jisr", "bab", "beit", "bayt", "qasr", "sheikh",
    "shaykh", "de", "del", "la", "le", "les", "los", "las", "san", "santa", "sao", "van", "der",
})
# Capitalised words that are places in some gazetteer but almost never in news prose.
STOP_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "god", "allah", "christ", "jesus", "mohammed", "muhammad", "islam",
    "reuters", "associated press", "ap", "afp", "bbc", "cnn", "internet", "police", "army",
    "government", "parliament", "congress", "senate", "university", "hospital", "church",
    "mosque", "airport", "ministry", "council", "court", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "central", "human rights", "amnesty",
    "ahmad", "ahmed", "ali", "hassan", "hussein", "omar", "mahmoud", "mustafa", "khalid", "ibrahim",
    "abdullah", "said", "salem", "hamid", "nasser", "karim", "sami", "adam", "john", "paul",
    "george", "james", "david", "michael", "peter", "mark", "victor", "mary", "grace", "hope",
    "faith", "joy", "charity", "florence", "charlotte", "victoria", "elizabeth", "sharon", "jordan",
    "chelsea", "jackson", "lincoln", "washington", "madison", "houston", "austin", "dallas", "tyler",
    "clinton", "trump", "obama", "biden", "bush", "putin", "assad", "kennedy", "hamas", "hezbollah",
    "taliban", "isis", "isil", "daesh", "nusra", "fatah", "sham", "tahrir", "welcome", "liberty",
    "independence", "unity", "union", "progress", "republic", "kingdom", "federation",
    "white house", "passover", "easter", "christmas", "ramadan", "eid", "thanksgiving", "halloween",
    "centre", "center", "coast", "capital", "islands", "lakes", "plateau", "highlands", "lowlands",
    "mountains", "valley", "littoral", "interior", "border", "frontier", "delta", "midlands",
    "hanukkah", "lent", "sabbath", "mass", "bible", "koran", "quran", "facebook", "twitter", "google",
})
# Of STOP_NAMES, the bodies and buildings: "outside Congress", "near Parliament" name where a crowd stood
# in a city, never a town of the name (Congress, Arizona), whatever cue stands before them; only "the
# town of X" makes one a town.
INSTITUTIONS = frozenset({
    "parliament", "congress", "senate", "university", "hospital", "church", "mosque", "airport", "ministry",
    "council", "court", "police", "army", "government", "white house",
})
# Of STOP_NAMES, those that are also big places: kept when context makes them places.
STOP_BUT_PLACE = frozenset({"jordan", "jackson", "lincoln", "washington", "madison", "houston", "austin",
                            "dallas", "tyler", "victoria", "florence", "charlotte", "chelsea", "sharon"})
# Capitalised words after a place name that make the whole an organisation ("the Saraqib Brigade").
ORG_AFTER = frozenset({
    "party", "army", "corps", "brigade", "brigades", "battalion", "battalions", "regiment", "division",
    "militia", "militias", "front", "bank", "company", "movement", "liberation", "tigers", "hawks",
    "resistance", "brigades", "forces",
})
# Everyday English phrases holding words some gazetteer names a place by ("shot at point-blank range": Pointblank,
# Texas). A name whose words lie inside one of these is no place; each phrase is long enough to be only the idiom.
IDIOMS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in (
    "point blank range", "at point blank", "from point blank", "ground zero of", "back to square one",
    "no man s land", "hit rock bottom", "at rock bottom", "a dead end", "in the middle of nowhere", "cold turkey",
))
