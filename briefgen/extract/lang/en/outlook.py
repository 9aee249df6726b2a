"""What's next: plan verbs, deadlines and future modals."""

from __future__ import annotations

import re

from briefgen.extract.lang.en.base import _wordset

PLAN_LEMMAS = _wordset("""plan intend expect aim schedule set due vow pledge promise prepare
    hope threaten propose seek likely poise go""")
"""Verbs (or adjectives after "be") that make their to-infinitive a plan or expectation."""
DEADLINE = re.compile(
    r"\b(deadline|by the (?:end|beginning|start|middle) of|no later than|due (?:on|by|in)|"
    r"upcoming|next (?:week|month|year)|later this (?:week|month|year)|tomorrow|in the coming)\b",
    re.IGNORECASE,
)
"""Phrases of a deadline or of time ahead."""
FUTURE_MODALS = _wordset("will shall 'll wo")
"""Modals of the future ("wo" is the first half of "won't")."""
