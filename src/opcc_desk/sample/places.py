"""Ontario cities for sample addresses, phone numbers and office locations."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class City:
    name: str
    area_codes: tuple[str, ...]
    postal_areas: tuple[str, ...]  # forward sortation areas (first half of a postal code)
    client_weight: float
    therapist_weight: float
    region: str  # cities in one region are close enough for one therapist's two offices
    francophone: bool = False  # a designated French-language services area with many francophones


def _codes(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _items(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split(","))


_GTA = ("416", "647")
_GOLDEN = ("905",)
_SOUTHWEST = ("519",)
_EAST = ("613",)
_NORTH = ("705",)

CITIES: tuple[City, ...] = (
    City(
        "Toronto",
        _GTA,
        _codes("M4C M4E M4K M4L M4M M5A M5R M5S M5T M5V M6G M6H M6J M6K M6P M6R M4Y M2N M1B M3C"),
        34,
        40,
        "gta",
        francophone=True,
    ),
    City(
        "Ottawa", _EAST, _codes("K1N K1P K1R K1S K1Y K1Z K2P K2B K1H K1K"), 14, 16, "ottawa", True
    ),
    City("Mississauga", _GOLDEN, _codes("L5B L5M L5N L4Z L5A L5L"), 7, 5, "gta"),
    City("Brampton", _GOLDEN, _codes("L6P L6R L6T L6V L6X L6Y L6Z"), 5, 3, "gta"),
    City("Hamilton", _GOLDEN, _codes("L8P L8L L8N L9A L9C L8M"), 6, 5, "hamilton"),
    City("Markham", _GOLDEN, _codes("L3P L3R L3S L6B L6C L6E"), 3, 2, "gta"),
    City("Richmond Hill", _GOLDEN, _codes("L4B L4C L4E L4S"), 2, 2, "gta"),
    City("Vaughan", _GOLDEN, _codes("L4H L4J L4K L4L L6A"), 2, 1, "gta"),
    City("Oakville", _GOLDEN, _codes("L6H L6J L6K L6L L6M"), 2, 2, "gta"),
    City("Oshawa", _GOLDEN, _codes("L1G L1H L1J"), 2, 1, "gta"),
    City("London", _SOUTHWEST, _codes("N6A N6B N5V N6G N6H"), 4, 4, "london"),
    City("Kitchener", _SOUTHWEST, _codes("N2G N2H N2M N2E"), 3, 3, "waterloo"),
    City("Waterloo", _SOUTHWEST, _codes("N2J N2L N2T"), 2, 2, "waterloo"),
    City("Guelph", _SOUTHWEST, _codes("N1E N1G N1H"), 2, 2, "waterloo"),
    City("Windsor", _SOUTHWEST, _codes("N8X N8Y N9A N9B N9C"), 2, 2, "windsor"),
    City("Kingston", _EAST, _codes("K7K K7L K7M K7P"), 2, 2, "kingston"),
    City("Cornwall", _EAST, _codes("K6H K6J K6K"), 1, 1, "ottawa", True),
    City("Sudbury", _NORTH, _codes("P3A P3B P3C P3E"), 2, 2, "northeast", True),
    City("Timmins", _NORTH, _codes("P4N P4P"), 0.5, 0.5, "northeast", True),
    City("Barrie", _NORTH, _codes("L4M L4N"), 2, 2, "simcoe"),
    City("Peterborough", _NORTH, _codes("K9H K9J K9K"), 1, 1, "peterborough"),
)

STREETS: tuple[str, ...] = _items(
    "King St W, Queen St E, Main St, Dundas St W, Victoria St, Church St, Wellington St, "
    "Elm Ave, Maple Ave, Park Rd, Lakeshore Rd, Ridgewood Cres, Cedar Dr, Birch Crt, Oak St, "
    "Pine St, Hillcrest Ave, Riverside Dr, Bay St, Centre St, "
    "Ontario St, Brock St, Simcoe St, Water St, Mill St, Front St, Albert St, Dufferin Ave, "
    "Rue Notre-Dame, Willow Way, Sunnyside Ave, Lansdowne Ave, Concession Rd 4, Orchard Lane"
)

# Letters allowed in the second and third letter positions of a postal code.
POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
