"""Page furniture: captions, credits, bylines and the lead furniture of saved pages."""

from __future__ import annotations

import re

from briefgen.extract.lang.en.base import _wordset

BOILERPLATE = re.compile(
    r"\b(image|images|photo|photos|picture|pictures|copyright|getty|shutterstock|caption|"
    r"share|sharing|view|subscribe|newsletter|read or share|click|cookie|advertisement)\b",
    re.IGNORECASE,
)
"""Words of page furniture: a name holding one is no name."""
LEAD_FURNITURE = re.compile(
    r"\b(image (?:copyright|caption)|photo(?:graph)?:?|getty|skip ad|embed|share this|"
    r"click here|subscribe|sign up|read more|advertisement|invalid email|try again later|"
    r"opens in new window)\b",
    re.IGNORECASE,
)
"""Page furniture that glues itself to a lead sentence ("Image copyright Reuters Image caption …")."""
BYLINE = re.compile(r"\s*by\s+", re.IGNORECASE)
"""What stands before a name at the start of a line that makes it a byline ("By Sam Meredith")."""
CREDIT_BEFORE = _wordset("copyright credit credits © photo photograph")
"""A word right before a name that makes it a photo credit."""
CREDIT_AFTER = frozenset({"image caption", "image copyright"})
"""Two words right after a name that make it a photo credit."""
CAPTION_WORDS = _wordset("caption copyright credit photo")
"""Photo furniture glued to the next sentence ("Image copyright Reuters Image caption Doctors said")."""
CREDIT_LINE = re.compile(
    r"\b(contributed (?:to )?(?:this report|reporting)|(?:reporting|editing|writing) by|"
    r"compiled by|reported from)\b",
    re.IGNORECASE,
)
"""A sentence that credits the report's writers: the names in it are no actors."""
