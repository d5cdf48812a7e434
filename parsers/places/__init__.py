"""Places the municipality states about itself: a small quantity reader.

Every number that counts places ("120 plekken", "een locatie voor 75 personen", "gerealiseerd: 40")
becomes a `PlaceMention` with a role (realised / planned / task / lost / quoted / other), a group
(regulier / amv / total), a site (the capitalised names in its clause) and a status (in use, planned,
exploring, withdrawn, to be lost, already lost, past). The role comes from the words around the number
in the same clause, matched on lemmas (simplemma, Dutch) against the vocabulary in data/places.json:
the nearest cue wins, clause-level negation and modality ("zou", "niet", "verworpen", "onderzoeken")
demote a plan. Then the SCHEMA rules add the mentions up (`_realised`, `_planned`): a stated total
wins over its parts, a repeated figure counts once, sites and phases and regulier + AMV are added,
exploration / withdrawn plans / places to be lost are not planned, places already lost are not realised,
"nog geen opvangplekken" is 0, the legal task and figures quoted from the ministry never count.
Residents, statushouders, houses, money, percentages and dates are not place mentions at all.
"""
from parsers.places.reading import find_places, read_places, sentence_cache_clear
from parsers.places.words import PlaceMention, PlacesReading

__all__ = ["PlaceMention", "PlacesReading", "find_places", "read_places", "sentence_cache_clear"]
