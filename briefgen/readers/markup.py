"""Captions and credits marked as such in a page's markup: dropped before the text is extracted.

A photo's caption and credit sit in the article's container, so a text extractor that scores
blocks by their text keeps them as a paragraph ("Coronavirus: US President Donald Trump said he
spoke to PM Modi on Sunday.") and the caption becomes a key point or a date of the story. Sites
name these elements in their class or id ("img_cptn", "ins_instory_dv_caption",
"photo-credit"), whatever else they vary: an element whose class or id holds one of these words
as a whole part is dropped. An element that holds a paragraph of its own is kept: the marked
element is then a container (a figure with its story text), not a caption.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html
from lxml.etree import ParserError

# "caption", "cptn", "credit(s)" as a whole part of a class or id: between non-letters
# ("img_cptn", "wp-caption-text", "photoCredit" as camel case is split below).
_MARKED = re.compile(r"(?:^|[^a-z])(?:caption|cptn|credits?)(?:$|[^a-z])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TEXT_BLOCKS = ("p", "li", "blockquote")
# a caption is short; an element marked so but holding more is a wrongly named container
_CAPTION_CHARS = 400


def drop_marked(page: str) -> str:
    """The page without elements its markup names captions or credits (unchanged if none)."""
    low = page.lower()
    if not any(word in low for word in ("caption", "cptn", "credit")):
        return page
    try:
        root = lxml_html.document_fromstring(page)
    except (ParserError, ValueError):
        return page
    marked = [node for node in root.iter() if isinstance(node.tag, str) and _is_caption(node)]
    if not marked:
        return page
    for node in marked:
        parent = node.getparent()
        if parent is None:
            continue
        tail = node.tail or ""
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(node)
    return str(lxml_html.tostring(root, encoding="unicode"))


def _is_caption(node: lxml_html.HtmlElement) -> bool:
    names = f"{node.get('class') or ''} {node.get('id') or ''}"
    if not _MARKED.search(_CAMEL.sub("-", names).lower()):
        return False
    if node.tag in ("body", "html", "article", "main"):
        return False
    if any(True for _ in node.iter(*_TEXT_BLOCKS)) and node.tag not in _TEXT_BLOCKS:
        return len(node.text_content()) <= _CAPTION_CHARS and _one_block(node)
    return len(node.text_content()) <= _CAPTION_CHARS


def _one_block(node: lxml_html.HtmlElement) -> bool:
    """A caption wrapper holds at most one paragraph (its caption line)."""
    return sum(1 for _ in node.iter(*_TEXT_BLOCKS)) <= 1
