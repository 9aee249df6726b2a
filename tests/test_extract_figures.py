"""Figures: values, units and counted nouns, qualifiers, short labels from the parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from briefgen.extract.figures import extract_figures
from briefgen.records import Article, Figure


def _figures(parse: Callable[[str], Doc], text: str) -> list[Figure]:
    return list(extract_figures(parse(text), Article("t", text)))


def test_the_counted_noun_is_the_unit_and_heads_the_label(parse: Callable[[str], Doc]) -> None:
    [figure] = _figures(
        parse, "The ministry said it was sending an additional 20,000 troops to the eastern border."
    )
    assert (figure.value, figure.unit) == (20000, "troops")
    assert figure.about.startswith("troops") and "border" in figure.about


def test_a_unit_is_read_after_the_number_and_the_label_says_what_it_measures(
    parse: Callable[[str], Doc],
) -> None:
    [figure] = _figures(parse, "Latvia shares a 214-kilometer border with Belarus.")
    assert (figure.value, figure.unit) == (214, "km")
    assert figure.about == "border with Belarus"


def test_qualifiers_mark_a_figure_approximate(parse: Callable[[str], Doc]) -> None:
    figures = _figures(parse, "More than 1,000 residents fled and about 300 homes burned.")
    assert [(f.value, f.approx) for f in figures] == [(1000, True), (300, True)]


def test_a_fraction_of_a_total(parse: Callable[[str], Doc]) -> None:
    figures = _figures(parse, "The rebels now control about one-third of the 90 villages.")
    fraction = next(f for f in figures if f.unit == "fraction")
    assert fraction.value == pytest.approx(1 / 3) and "villages" in fraction.about


def test_without_a_counted_noun_the_label_is_the_clause(parse: Callable[[str], Doc]) -> None:
    [figure] = _figures(parse, "The death toll from the floods rose to at least nine on Monday.")
    assert figure.value == 9 and "death toll" in figure.about and figure.approx


def test_years_are_not_figures_but_durations_are(parse: Callable[[str], Doc]) -> None:
    figures = _figures(parse, "In 2009 the mine closed after 14 months of strikes.")
    assert [(f.value, f.unit) for f in figures] == [(14, "months")]
