"""Quotation marks paired within paragraphs, read from where they stand."""

from __future__ import annotations

from briefgen.extract.quote_marks import quotations


def _texts(body: str) -> list[tuple[str, bool]]:
    return [(body[q.inner_start : q.inner_end], q.open_end) for q in quotations(body)]


def test_marks_do_not_pair_across_paragraphs() -> None:
    body = '"It is open," he said.\nHe added:\n"We are ready."'
    assert _texts(body) == [("It is open,", False), ("We are ready.", False)]


def test_a_quotation_left_open_runs_to_its_paragraphs_end() -> None:
    body = '"First part of it.\n"Second part."'
    assert _texts(body) == [("First part of it.", True), ("Second part.", False)]


def test_a_curly_mark_turned_the_wrong_way_still_closes() -> None:
    body = "“It will end,“ Trump said. ”It is over.”"
    assert _texts(body) == [("It will end,", False), ("It is over.", False)]


def test_a_closing_mark_glued_to_the_next_opening_one() -> None:
    body = '"We will win," said Kaine."So that is the theme."'
    assert _texts(body) == [("We will win,", False), ("So that is the theme.", False)]


def test_inches_are_not_a_quotation_mark() -> None:
    assert _texts('The pipe is 5" wide and "very old" now.') == [("very old", False)]


def test_two_right_single_marks_close_a_quotation() -> None:
    assert _texts("“It was a trick,’’ Will Moy said.") == [("It was a trick,", False)]
