"""Who speaks: speech verbs, pronouns, honorifics and the nouns of described sources."""

from __future__ import annotations

import re

from briefgen.extract.lang.en.base import _wordset

SPEECH_VERBS = _wordset("""say tell add state announce explain note claim insist warn report
    write declare confirm deny reply respond argue comment describe acknowledge ask urge
    suggest stress emphasize emphasise tweet post quote recall admit concede predict promise
    vow""")
"""Lemmas of verbs that report speech."""
PRONOUNS = _wordset("he she they we i it")
"""Pronouns a speaker may be, pointing back to one named before."""
PERSON_PRONOUNS = _wordset("he she i")
"""Pronouns of one person (the others may stand for a body or many)."""
AGED_ONE = re.compile(r"the\s+\d{1,3}\s*-\s*year\s*-\s*old(?:\s+(?:man|woman))?", re.IGNORECASE)
"""A definite description by age ("the 56-year-old said"): news style names a person again so,
like "he", pointing back to the person the story is about."""
HONORIFICS = _wordset("Mr Mrs Ms Dr")
"""Titles before a surname ("Mr Nayeem" is a short name)."""
PERSON_NOUNS = _wordset("""source official spokesman spokeswoman spokesperson participant
    diplomat witness resident analyst expert person people officer member aide adviser advisor
    insider employee worker doctor observer one""")
"""Head nouns of people who are described, not named: "a senior official", "one of the sources"."""
INSTITUTION_NOUNS = _wordset("""ministry police service agency government office department
    embassy army military statement spokesman newspaper network council committee court company""")
"""Head nouns of institutions: with a proper modifier they are named ("the German foreign ministry")."""
SPEAKING_NOUNS = _wordset("statement report communique announcement letter analysis study")
"""Things that speak for their owner: "the ministry's statement said" is the ministry speaking."""
ANAPHOR_DETERMINERS = _wordset("the this that")
"""Determiners of a description that names again someone described before ("the official")."""
DESCRIPTION_STOPS = ("at", "of", "close", "in", "from", "with", "who")
"""Words after the head noun of a source's description ("a senior official at …")."""
QUOTE_VERBS = SPEECH_VERBS | _wordset("""call cite repeat threaten speak pledge condemn accuse dub
    decry hail praise criticize criticise blast slam insist caution testify recount joke shout
    plead demand instruct reaffirm lament complain concede boast question observe quip recall
    mention assert allege stress agree reiterate read point reject dismiss label brand order""")
"""Lemmas of verbs that may introduce a quotation, a partial one included ("threatened to "step
in"", "called for "free elections""): wider than SPEECH_VERBS, which also finds sources."""
SPEAKER_NOUNS = (
    PERSON_NOUNS
    | INSTITUTION_NOUNS
    | _wordset("""police investigator prosecutor
    lawyer attorney authority organiser organizer neighbour neighbor relative friend survivor
    passenger victim leader minister president chief director manager executive owner
    representative negotiator commander soldier student teacher farmer mayor governor judge
    senator lawmaker legislator campaigner activist protester protestor researcher scientist
    economist spokesperson statement report""")
)
"""Head nouns of a described speaker ("a police spokesman", "one resident"): a quotation is only
credited to a description whose head is a person or a body that can speak."""
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer", "man", "woman", "person")
"""Endings of nouns for people by what they do ("engineer", "analyst", "resident"): a described
speaker with such a head may be quoted though no list names it."""
BODY_NOUNS = _wordset("""company firm group carmaker automaker bank airline retailer insurer
    lender broker manufacturer maker developer operator organisation organization""")
"""Head nouns of "the company said": a business named again, which is the one named last."""
MALE_WORDS = _wordset("""he him his himself mr husband father brother son nephew uncle king
    prince man boy sir""")
FEMALE_WORDS = _wordset("""she her hers herself mrs ms miss spokeswoman chairwoman congresswoman
    businesswoman wife mother sister daughter niece aunt queen princess woman girl lady actress
    dame madam""")
"""Words that tell a person's gender: a pronoun that points back to them, an honorific or a
gendered noun in apposition ("Hua Chunying, …, said. … she said" points back to a woman). Not
"spokesman" or "chairman": copy uses them for women too."""
NAME_SUFFIXES = _wordset("jr jr. sr sr. ii iii iv")
"""Words after a surname ("James Roosevelt Jr."): a name is keyed by the word before them."""
INVERTED_VERBS = _wordset("""say add write explain note reply respond continue insist declare
    announce report state tweet""")
"""Speech verbs put before their speaker in a tag ("…," added KCNA; "…," said the agency), where the
parse may take the speaker for an object; not "tell" or "ask", whose object is who is told."""
LEAD_IN_VERBS = QUOTE_VERBS | _wordset("issue release publish continue sum")
"""Verbs of narration that lead in a quotation standing alone after it ("issued a statement") or
after a colon ("She continued: …", "Alverson summed up the journey: …")."""
PERSON_WORDS = PERSON_NOUNS | _wordset("""sister brother wife husband mother father son daughter
    lawyer attorney spokesman spokeswoman aide friend relative neighbour neighbor""")
"""Head nouns of a person described through another ("Bruce Steinberg's sister"): the owner is
not the one who speaks."""
