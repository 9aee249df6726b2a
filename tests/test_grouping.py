"""Story grouping at scale: the sparse average linkage must give what textbook average linkage
over the full matrix gives, and a large corpus must be grouped without an n x n matrix."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from briefgen.records import Brief
from briefgen.stories import build_stories
from briefgen.stories.grouping import MERGE_AT, _average_linkage, story_groups, story_links
from tests.conftest import examples
from tests.test_stories import brief


def textbook_average_linkage(similarity: np.ndarray, threshold: float) -> list[list[int]]:
    """UPGMA on the full matrix: merge the pair of groups with the highest mean similarity."""
    groups = [[i] for i in range(len(similarity))]
    while len(groups) > 1:
        best, pair = -1.0, (0, 0)
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                mean = float(similarity[np.ix_(groups[a], groups[b])].mean())
                if mean > best + 1e-12:
                    best, pair = mean, (a, b)
        if best < threshold:
            break
        a, b = pair
        groups[a] = sorted(groups[a] + groups[b])
        del groups[b]
    return sorted(groups)


@st.composite
def similarities(draw: st.DrawFn) -> np.ndarray:
    size = draw(st.integers(1, 9))
    # values on a coarse grid with many zeros, as in a pruned similarity of real briefs
    cells = st.sampled_from([0.0, 0.0, 0.0, 0.05, 0.1, 0.15, 0.3, 0.55, 0.9])
    upper = np.array(draw(st.lists(cells, min_size=size * size, max_size=size * size)))
    matrix = np.triu(upper.reshape(size, size), 1)
    # break ties, so that the merge order (and so the result) is defined
    matrix = np.where(matrix > 0, matrix + np.arange(matrix.size).reshape(size, size) * 1e-6, 0)
    return matrix + matrix.T


@settings(max_examples=examples(200), deadline=None)
@given(similarities(), st.sampled_from([0.1, 0.12, 0.3]))
def test_sparse_average_linkage_equals_textbook_average_linkage(
    similarity: np.ndarray, threshold: float
) -> None:
    found = _average_linkage(sparse.csr_array(similarity), threshold)
    assert sorted(found) == textbook_average_linkage(similarity, threshold)


def test_a_shared_name_alone_does_not_chain_two_events() -> None:
    # a-b and c-d are strongly linked; only b-c is weakly linked: single linkage would chain all
    similarity = np.zeros((4, 4))
    similarity[0, 1] = similarity[1, 0] = 0.8
    similarity[2, 3] = similarity[3, 2] = 0.8
    similarity[1, 2] = similarity[2, 1] = 0.2
    assert sorted(_average_linkage(sparse.csr_array(similarity), 0.12)) == [[0, 1], [2, 3]]


def story_brief(number: int, words: str, published: date) -> Brief:
    return replace(brief(f"{number:05}", words, published), title=words.split(".")[0])


def test_thousands_of_briefs_are_grouped_by_event_with_sparse_links() -> None:
    # made-up words: 300 events of 10 briefs each; a brief says its event's words and a few
    # words of its own, which may by chance also occur in briefs of other events
    rng = random.Random(7)
    letters = "bcdfghjklmnpqrstvwxz"
    vocabulary = ["".join(rng.choices(letters, k=7)) for _ in range(20_000)]
    events = [" ".join(rng.choices(vocabulary, k=6)) for _ in range(300)]
    start = date(2024, 1, 1)
    briefs = [
        story_brief(
            n,
            f"{events[n % 300]}. {' '.join(rng.choices(vocabulary, k=8))}.",
            start + timedelta(days=(n % 300) // 3),
        )
        for n in range(3000)
    ]
    links = story_links(briefs)
    assert links.nnz < len(briefs) ** 2 // 50  # a few links per brief, not the n x n matrix
    stories = build_stories(briefs)
    for story in stories:
        assert len({b.title for b in story.members}) == 1  # one event per story
    assert len(stories) == len(events)  # and all briefs of each event in it


def test_clustering_each_connected_part_alone_gives_the_whole_corpus_result() -> None:
    # made-up words shared at random: many weak links, some strong, parts of many sizes
    rng = random.Random(11)
    vocabulary = ["".join(rng.choices("bcdfghjklmnpqrstvwxz", k=6)) for _ in range(400)]
    start = date(2024, 5, 1)
    briefs = [
        story_brief(
            n,
            " ".join(rng.choices(vocabulary, k=rng.randint(3, 12))) + ".",
            start + timedelta(days=rng.randint(0, 20)),
        )
        for n in range(300)
    ]
    whole = _average_linkage(story_links(briefs), MERGE_AT)
    parts = [list(g.members) for g in story_groups(briefs)]
    assert parts == whole
    assert 1 < len(parts) < len(briefs)  # the test has both merges and briefs left alone


def test_no_briefs_and_one_brief() -> None:
    assert story_groups([]) == []
    assert story_links([]).shape == (0, 0)
    [alone] = story_groups([story_brief(1, "A comet was seen.", date(2024, 1, 1))])
    assert alone.members == (0,) and alone.central == 0


def test_unrelated_articles_do_not_rename_a_story() -> None:
    # Two members of one story are nearly tied for "most central"; unrelated articles that use
    # one of the story's words make that word common in the corpus. The story's headline (and
    # so its address and every page showing it) must not follow what unrelated articles say.
    day = date(2024, 3, 1)
    story = [
        brief("a", "warning flood rain town evacuated evacuated rain town rose town.", day),
        brief("b", "town evacuated waters flood warning rain river valley waters river.", day),
        brief("c", "rose rain warning rain town waters waters storm evacuated rain.", day),
    ]

    def central_with(word: str) -> str:
        others = [
            brief(f"other-{word}-{n}", f"Council budget {word} vote schools roads {n}.", day)
            for n in range(8)
        ]
        groups = story_groups([*story, *others])
        (group,) = [g for g in groups if 0 in g.members]
        assert group.members == (0, 1, 2)
        return story[group.central].title

    assert central_with("flood") == central_with("waters") == central_with("town")
