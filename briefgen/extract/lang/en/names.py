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
PARTY_PREPS = _wordset("by with from against between")
"""Prepositions whose object takes part in what its clause tells: the agent ("by"), the other
party ("an interview with the FBI", "a lawsuit with ZeniMax Media", "bids from SunExpress")."""
TRANSFER_WORDS = _wordset("""sell give hand deliver pay lend award grant offer supply sale delivery
    loan""")
"""Lemmas of verbs and nouns whose "to" names the party that receives ("sold jets to an airline",
"sales to the Ghanaian government")."""
"""Prepositions that tie a person or a body's people to the body ("Gary Chan of DAB")."""
SURNAMES_FIRST = _wordset("""kim lee park choi jung chung kang cho yoon yun jang lim han shin
    moon yang song hwang ahn ko oh seo kwon yoo hong nam
    wang li zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo lin luo zheng liang xie tang
    xi deng wen jiang peng cai wei
    wong chan leung lau cheung tse lam yeung tsang chow kwok fung mak yau chu tam ng ip yiu
    nguyen tran pham""")
"""Family names that open a name in Korean, Chinese and Vietnamese copy ("Yoon Suk Yeol",
"Lee Jae-myung", "Wong Pik-wan"): the short form is the first word, not the last."""
FAITH_GROUPS = _wordset("""muslims islamists christians jews catholics protestants evangelicals
    sunnis shiites shias hindus buddhists sikhs copts jihadists""")
"""Believers named by their faith ("radical Muslims", "Islamists"): a share of a population,
not a body that acts in the story."""
HOLIDAYS = _wordset("""easter christmas ramadan eid diwali hanukkah thanksgiving passover
    halloween lent advent""")
"""Feasts the model calls a person or an organisation ("the day after Easter")."""
NAMING_VERBS = _wordset("name appoint elect nominate promote")
"""Verbs that give a person a post: "Chad Wolf has been named acting secretary"."""
PROFESSIONAL_TITLES = _wordset("Dr")
"""Forms of address that are a title in their own right ("Dr. Joneigh Khaldun"), unlike
"Mr." or "Ms."."""
LEGAL_SUFFIXES = _wordset("co inc corp ltd llc plc llp sa ag gmbh nv")
"""Legal forms closing a company's name, left out of its initials ("PG&E" for "Pacific Gas &
Electric Co.")."""
LOCAL_WORDS = _wordset("local municipal regional provincial district city county")
"""Words that make a people's body local ("Israeli local government authorities"): a town's
body, not the state."""
TIME_ZONES = _wordset("""GMT BST UTC CET CEST EET EEST WET EST EDT CST CDT MST MDT PST PDT AKST
    HST IST JST KST AEST AEDT ACST AWST NZST NZDT SGT HKT""")
"""Time zones the model labels an organisation ("at 4:15pm GMT")."""
TITLE_WORDS = _wordset("""pope king queen prince princess emperor empress sheikh imam rabbi
    bishop archbishop cardinal reverend father sister brother lord lady dame sir saint mayor
    detective inspector sergeant constable justice chancellor premier president senator
    governor general admiral commander colonel major captain lieutenant corporal private
    judge coach professor doctor nurse officer agent chief deputy speaker minister secretary
    ambassador councillor councilman councilwoman congressman congresswoman assemblyman""")
"""Capitalised words before a surname that are a title, never a first name ("Pope Francis",
"Detective Smith")."""
OFFICE_WORDS = _wordset("office bureau department ministry secretariat cabinet")
"""Words that name an office after its holder ("the Prime Minister's Bureau")."""
TITLE_ABBREVIATIONS = _wordset("""gen lt col sgt cmdr cmdt capt gov rep sen adm maj cpl det insp supt
    prof rev fr pres amb atty""")
"""Abbreviated titles ("Gov.", "Cmdr."), written before a name and never a name themselves."""
LEAD_PEOPLE = _wordset("""man woman boy girl teen teenager mother father driver student
    resident pilot doctor nurse officer soldier worker farmer gunman suspect""")
"""Nouns of an unnamed person a lead opens with ("An Ohio man threatened ...")."""
