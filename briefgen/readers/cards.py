"""Pop-up cards inside paragraphs: a web page's hover card is not the article's text.

News sites attach a card to a name in running text (a photo, the name again, links to the
person's latest stories) as an inline element of the paragraph, hidden until hovered. Text
extractors cannot see the CSS that hides it, so the card's headlines are glued to the name
("Ilhan OmarIlhan OmarHillicon Valley: …") and reach the bottom line and the actors. A card is
recognised by its shape, not by a site's class names: an inline element inside a paragraph that
holds an image and whose words are all link text. The card's first link, when it opens the
element, is the name the text itself shows and stays; everything else in the card goes.
"""

from __future__ import annotations

from lxml import html as lxml_html
from lxml.etree import ParserError

_BLOCKS = frozenset({"p", "li", "td", "dd", "blockquote"})
_NOT_INLINE = frozenset(
    {"div", "section", "article", "body", "figure", "aside", "header", "footer"}
)


def drop_cards(page: str) -> str:
    """The page without inline cards inside paragraphs (unchanged when it has none)."""
    if "<img" not in page and "<IMG" not in page:
        return page
    try:
        root = lxml_html.document_fromstring(page)
    except (ParserError, ValueError):
        return page
    cards = [card for img in root.iter("img") if (card := _card_of(img)) is not None]
    if not cards:
        return page
    for card in dict.fromkeys(cards):
        _drop(card)
    return str(lxml_html.tostring(root, encoding="unicode"))


def _card_of(img: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The highest inline ancestor of img, below a paragraph, whose words are all links."""
    card = None
    node = img.getparent()
    while node is not None and node.tag not in _BLOCKS and _all_link_text(node):
        card = node
        node = node.getparent()
    while node is not None and node.tag not in _BLOCKS:
        if node.tag in _NOT_INLINE:
            return None  # the image is not inside running text
        node = node.getparent()
    return card if node is not None else None


def _all_link_text(node: lxml_html.HtmlElement) -> bool:
    """True when every word under node is inside a link."""
    if (node.text or "").strip() and node.tag != "a":
        return False
    for child in node:
        if child.tag == "a":
            if (child.tail or "").strip() and child is not node:
                return False
            continue
        if not _all_link_text(child) or (child.tail or "").strip():
            return False
    return True


def _drop(card: lxml_html.HtmlElement) -> None:
    """Remove card, keeping its opening link's words (the name the reader sees in the text)."""
    first = card[0] if len(card) and not (card.text or "").strip() else None
    keep = first.text_content() if first is not None and first.tag == "a" else ""
    if card.tag == "a":
        keep = ""
    parent = card.getparent()
    if parent is None:
        return
    tail = card.tail or ""
    previous = card.getprevious()
    words = keep + tail
    if previous is not None:
        previous.tail = (previous.tail or "") + words
    else:
        parent.text = (parent.text or "") + words
    parent.remove(card)
