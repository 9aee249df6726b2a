"""Names of actors: the words that show a body acting through its people, name particles and
the surnames that come first in a name."""

from __future__ import annotations

from briefgen.extract.lang.en.base import _wordset

MEMBER_NOUNS = _wordset("""official officials spokesman spokeswoman spokesperson spokespeople
    officer officers investigator investigators agent agents diver divers staff employee
    employees representative representatives executive executives lawyer lawyers prosecutor
    prosecutors researcher researchers scientist scientists inspector inspectors worker workers
    member members leader leaders chief""")
"""Nouns for a body's people: when "Berrien County Health Department officials" or "a
spokesperson for the British Foreign Office" act, the body acts."""
AFFILIATION_PREPS = _wordset("of from for at")
"""Prepositions that tie a person or a body's people to the body ("Gary Chan of DAB")."""
