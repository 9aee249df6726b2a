"""Places: the words that cue a place or a facility, and the wire dateline."""

from __future__ import annotations

import re

from briefgen.extract.lang.en.base import _codes, _wordset

PLACE_CUES = _wordset("in at near from to city town village province of")
"""Words around a lone name that say it is a place, not a person ("the city of Mary", "in Mary")."""
FACILITY_CUES = PLACE_CUES | _wordset("outside inside")
"""Words before a named building or site ("outside Trump Tower")."""
FACILITY_WORDS = _wordset("""tower towers building house station airport airfield base square
    stadium hospital bridge street road circuit park palace hotel consulate embassy prison camp
    jail arena museum planetarium terminal mosque church cathedral temple shrine cemetery
    harbour harbor port dam refinery mall memorial zoo pier tunnel checkpoint barracks
    observatory""")
"""Nouns that end the name of a building or site."""
DATELINE = re.compile(
    r"(?:^|(?<=\s))(?P<place>(?:(?:ST|FT|MT)\. )?[A-Z]{3,}(?: [A-Z]{3,})?)"
    r"(?:, (?P<region>[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?))?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: \((?:Reuters|AP|AFP|UPI|CNN|[A-Z][A-Za-z]+)\))? ?(?:--|—|–|-) "
)
"""A wire dateline left in the body ("WASHINGTON, Nov 6 (Reuters) -", "LONDON --")."""
COLON_DATELINE = re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?): ", re.MULTILINE)
"""A dateline closed by a colon at the start of a paragraph ("NEW DELHI: Their American dream
...", as Indian and Pakistani papers write it); only a name the gazetteer knows is kept."""
WORLD_REGIONS = tuple(
    " ".join(name.split())
    for name in [
        "Middle East",
        " Near East",
        " Far East",
        " Central Asia",
        " South Asia",
        " Southeast Asia",
        " East Asia",
        "\n    West Asia",
        " Western Europe",
        " Eastern Europe",
        " Central Europe",
        " Northern Europe",
        " Southern Europe",
        "\n    Balkans",
        " Scandinavia",
        " Caucasus",
        " Latin America",
        " Central America",
        " Caribbean",
        " West Africa",
        "\n    East Africa",
        " North Africa",
        " Southern Africa",
        " Central Africa",
        " Sub-Saharan Africa",
        " Horn of Africa",
        "\n    Sahel",
        " Maghreb",
        " Persian Gulf",
        " Gulf",
        " Arctic",
        " Antarctic",
        " Pacific",
        " Atlantic",
        " Indian Ocean",
        "\n    Pacific Ocean",
        " Atlantic Ocean",
        " Arctic Ocean",
        " Mediterranean",
        " Mediterranean Sea",
        " Black Sea",
        "\n    Red Sea",
        " Caspian Sea",
        " South China Sea",
        " Baltic",
        " Baltic Sea",
        " North Sea",
        " Asia-Pacific",
        "\n    Asia Pacific",
        " Earth",
        " Moon",
        " Mars",
        " Jupiter",
        " Sahara",
        " Patagonia",
        " Amazon",
        " Alps",
        "\n    Andes",
        " Himalayas",
        " Levant",
        " Borneo",
        " Kurdistan",
        " Kashmir",
    ]
)
"""Regions, seas and bodies that span countries: places with no country (never a town that
shares the name, as "Asia" is one in the Philippines)."""
WATER_WORDS = _wordset("sea ocean gulf strait straits passage channel sound bight river")
"""Words that make a name one of a body of water, which belongs to no one country (a river
runs through several: "the Rhine River in Duisburg")."""
COMPASS_REGIONS = _wordset("""north south east west midwest northeast northwest southeast
    southwest""")
"""Compass words that, capitalised alone, name a region of the country ("the South")."""
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}
"""The abbreviations news style (AP) gives US states after a town ("MONTGOMERY, Ala.")."""
ORG_CLOSERS = _wordset("""llp llc inc ltd plc corp corporation co company group institute
    department foundation association airlines airways agency bank fair party club united fc
    rovers athletic hotspur""")
"""Last words of an organisation's name, which the model may call a place."""
ORG_OPENERS = frozenset({"Air"})
"""First words of an organisation's name ("Air Astana", "Air India")."""
LOCATIVES = _wordset("in at near from into across outside inside through to toward towards")
"""Prepositions whose object is where something is or goes ("from Punta Islita")."""
STATE_ACTS = _wordset("""say announce conclude decide agree refuse reject accuse demand impose
    approve deny object respond hold sign negotiate sanction threaten urge want seek pressure
    criticize criticise condemn welcome recognize recognise support oppose insist warn claim""")
"""Verbs whose subject, when a capital, is the government seated there ("Moscow announced")."""
PLACE_VERBS = _wordset("storm enter visit depart leave reach raid evacuate tour")
"""Verbs whose object is a place ("stormed the Bardo National Museum", "as I depart Abuja")."""
PLACE_HEADS = _wordset("police residents facility airport council mayor")
"""Nouns a town's name qualifies ("Cuyahoga Falls police", "the McAllen facility")."""
STATE_PREFIXES = ("State of ", "Commonwealth of ", "Republic of ")
"""Words before a country's or state's name that make its formal name ("State of Texas")."""
STREET_WORDS = frozenset(
    [
        "Street",
        "St.",
        "Avenue",
        "Ave.",
        "Drive",
        "Road",
        "Rd.",
        "Boulevard",
        "Blvd.",
        "Lane",
        "Place",
        "Way",
        "Highway",
    ]
)
"""Capitalised words that close a street's name in an address ("1909 Jolinda Drive")."""
REGION_NAMES = _codes("""Sicily IT, Sardinia IT, Tuscany IT, Lombardy IT, Piedmont IT, Veneto IT,
    Bavaria DE, Saxony DE, Lower Saxony DE, Catalonia ES, Andalusia ES, Basque Country ES,
    Canary Islands ES, Balearic Islands ES, Corsica FR, Normandy FR, Brittany FR, Alsace FR,
    Provence FR, Flanders BE, Wallonia BE, Crimea UA, Donbas UA, Donbass UA, Siberia RU,
    Chechnya RU, Dagestan RU, Tatarstan RU, Tibet CN, Inner Mongolia CN, Xinjiang CN,
    Guangxi CN, Ningxia CN, Manchuria CN, Tigray ET, Amhara ET, Oromia ET, Sinai EG,
    Galilee IL, Negev IL, Mindanao PH, Luzon PH, Visayas PH, Sumatra ID, Java ID,
    Kalimantan ID, Scottish Highlands GB, Lapland FI, Anatolia TR, Kurdistan Region IQ,
    Iraqi Kurdistan IQ, Baja California MX, Yucatan MX, Yucatan Peninsula MX, Tasmania AU,
    Outback AU, Transylvania RO, Bohemia CZ, Moravia CZ, Silesia PL, Dalmatia HR,
    Peloponnese GR, Crete GR, Silicon Valley US, New England US, Appalachia US,
    Lake District GB, Kyushu JP, Honshu JP""")
"""English names of regions within one country that the ISO list writes otherwise or not at
all ("Sicilia", "Xizang Zizhiqu"): a name copy uses, with its country."""
LAND_WORDS = _wordset("""plateau mountain mountains hills hill desert peninsula lake forest falls
    springs heights coast canyon delta basin archipelago strip reef glacier""")
"""Nouns that make a name one of land or a landform ("Tibetan Plateau", "Sutherland Springs")."""
