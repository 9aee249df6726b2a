"""The main event: anaphors, partitives and the words of causes."""

from __future__ import annotations

from briefgen.extract.lang.en.base import _wordset

ANAPHORS = _wordset("he she it they")
"""Subject pronouns that point back to an actor named before."""
PARTITIVES = _wordset("dozens hundreds thousands scores some many most")
"""Heads of a subject whose "of" phrase says who ("Dozens of rescuers")."""
CAUSE_MARKS = _wordset("because as since")
"""Words that open a clause giving a cause."""
CAUSE_PREPS = ("because of", "due to", "in response to", "in retaliation for", "amid", "over")
"""Phrases that open a cause ("due to heavy rain")."""
PLAIN_VERBS = _wordset("be have do say tell")
"""Verbs too common to tell that a later sentence tells the same event again."""
ACT_NOUNS = _wordset("""announcement decision move plan statement warning claim offer bid call
    proposal refusal threat demand admission order ruling""")
"""Nouns of an act whose possessor did it ("Russia's announcement", "the court's ruling")."""
EVENT_NOUNS = _wordset("""meeting race game match election vote poll summit talks season
    tournament championship ceremony contest prix cup olympics games championships marathon
    festival derby""")
"""Nouns of an occasion: as a subject ("the meeting lasted an hour", "the penultimate race of
the season saw …", "the Brazilian Grand Prix was halted") they name when something happened,
not who did it."""
