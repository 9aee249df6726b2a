"""Stories' threads and updates kept across builds (`briefgen.stories.memo`): read back as the
objects of the new build, only for members whose fingerprints are the same, and never trusted
beyond the record types they may hold."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

from briefgen.records import Brief
from briefgen.stories import StoryMemo, build_stories
from tests.test_stories import DAY, brief

TEXT = "Ferry capsized on Lake Victoria near Mwanza, passengers drowned, rescue divers searched"


def ferry_story() -> list[Brief]:
    early = brief(
        "early",
        f"{TEXT}. In Mwanza 12 passengers died",
        DAY,
        (("12", 12, "passengers"),),
    )
    late = brief(
        "late",
        f"{TEXT} again. In Mwanza 23 passengers died. We are searching",
        date(2024, 3, 6),
        (("23", 23, "passengers"),),
        quotes=("We are searching",),
    )
    return [early, late]


def prints(briefs: list[Brief], salt: str = "") -> dict[str, str]:
    return {b.id: f"{b.id}-{salt}" for b in briefs}


def test_an_unchanged_story_is_read_back_as_the_objects_of_the_new_build(tmp_path: Path) -> None:
    first = ferry_story()
    made = build_stories(first, StoryMemo(tmp_path, prints(first)))
    assert len(list(tmp_path.glob("*.pickle"))) == 1, "one entry per story of two or more"
    again = ferry_story()  # the same briefs, other objects: as a new build reads them
    memo = StoryMemo(tmp_path, prints(again))
    assert memo.get(again) is not None
    (story,) = (s for s in build_stories(again, memo) if len(s.members) > 1)
    (thread,) = story.figure_threads
    assert [v.figure.value for v in thread.values] == [12, 23]
    assert thread.values[0].brief is again[0] and thread.values[1].figure is again[1].figures[0]
    _, update = story.updates
    assert update.previous is again[0] and update.new_quotes[0] is again[1].quotes[0]
    (change,) = update.changed_figures
    assert (change.before.figure, change.after.figure) == (again[0].figures[0], again[1].figures[0])
    (before,) = (s for s in made if len(s.members) > 1)
    assert repr(before) == repr(story), "the same analysis as made from scratch"


def test_changed_or_unfingerprinted_members_are_analysed_again(tmp_path: Path) -> None:
    briefs = ferry_story()
    build_stories(briefs, StoryMemo(tmp_path, prints(briefs)))
    assert StoryMemo(tmp_path, prints(briefs, "edited")).get(briefs) is None
    no_print = {briefs[0].id: "early-"}  # an overrides file changed the later brief
    assert StoryMemo(tmp_path, no_print).get(briefs) is None


def test_a_damaged_or_hostile_entry_is_analysed_again(tmp_path: Path) -> None:
    briefs = ferry_story()
    build_stories(briefs, StoryMemo(tmp_path, prints(briefs)))
    (entry,) = tmp_path.glob("*.pickle")
    entry.write_bytes(entry.read_bytes()[:20])
    assert StoryMemo(tmp_path, prints(briefs)).get(briefs) is None
    # a pickle that would call a function when read is refused, not run
    entry.write_bytes(pickle.dumps(Path.unlink, protocol=5))
    assert StoryMemo(tmp_path, prints(briefs)).get(briefs) is None
    stories = build_stories(briefs, StoryMemo(tmp_path, prints(briefs)))
    assert any(s.figure_threads for s in stories), "made again, and stored again"
    assert StoryMemo(tmp_path, prints(briefs)).get(briefs) is not None


def test_entries_no_story_uses_any_more_are_deleted(tmp_path: Path) -> None:
    briefs = ferry_story()
    build_stories(briefs, StoryMemo(tmp_path, prints(briefs)))
    (old,) = tmp_path.glob("*.pickle")
    (tmp_path / "notes.txt").write_text("not ours")
    build_stories(briefs, StoryMemo(tmp_path, prints(briefs, "edited")))
    assert not old.exists()
    assert len(list(tmp_path.glob("*.pickle"))) == 1
    assert (tmp_path / "notes.txt").exists(), "only the memo's own entries are deleted"
