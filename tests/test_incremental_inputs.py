"""What lets an incremental build skip a page, on hand-made briefs (no spaCy, no MkDocs, fast):
page digests that change with what a page shows and only then, and pages that come out the same
in every run."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

from briefgen.analysis import analyse
from briefgen.corpus.crossref import merge_actors
from briefgen.records import Actor, Brief
from briefgen.render import render_site
from briefgen.render.inputs import Digests
from briefgen.render.maps import WORLD, draw_map, plan_map, plot_map
from tests.test_site_render import brief


def _inputs(briefs: list[Brief]) -> dict[str, str | None]:
    site = render_site(analyse(briefs), [], briefings_dir="briefings", site_name="Test")
    return {p.src_uri: p.inputs for p in site}


def test_a_digest_changes_with_a_shared_value_and_only_then() -> None:
    briefs = [brief(n) for n in range(6)]
    before = _inputs(briefs)
    assert _inputs([brief(n) for n in range(6)]) == before  # equal values, other objects
    edited = [*briefs[:5], replace(briefs[5], summary="Acme Corp closed a plant in Tashkent.")]
    after = _inputs(edited)
    changed = {uri for uri in before if before[uri] != after[uri]}
    assert "briefings/brief-005.md" in changed and "briefings/brief-005.json" in changed
    assert "briefings/briefs.json" in changed
    # the hand-made briefs are one story, so every briefing page shows the edited one; the
    # other briefs' own JSON does not
    assert not {f"briefings/brief-{n:03d}.json" for n in range(5)} & changed


def test_a_shared_value_is_digested_once_and_stands_for_its_value() -> None:
    digests = Digests()
    one = brief(1)
    assert digests.of(one) == digests.of(one) == Digests().of(brief(1))
    assert digests.of(one) != digests.of(brief(2))
    assert digests.of(lambda: 1) is None  # cannot be pickled: no digest, the page is rendered


def test_a_planned_map_draws_what_plot_map_draws() -> None:
    places = analyse([brief(n) for n in range(3)]).view.places
    page_of = {p.slug: f"places/{p.slug}.md" for p in places}
    plan = plan_map(places, WORLD, lambda uri: uri, page_of, "caption")
    assert plan is not None
    assert draw_map(plan) == plot_map(places, WORLD, lambda uri: uri, page_of, "caption")
    assert plan.__html__() == str(draw_map(plan))


def test_aliases_come_in_the_same_order_in_every_run() -> None:
    # aliases that differ in case only come from a set: their order must not follow the hash seed
    code = (
        "from briefgen.corpus.crossref import merge_actors; "
        "from tests.test_incremental_inputs import _government; "
        "print(merge_actors(_government(), {'brief-000': 0, 'brief-001': 1}, {})[0].aliases)"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={"PYTHONHASHSEED": str(seed), "PYTHONPATH": "."},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(seen) == 1, seen
    assert merge_actors(_government(), {"brief-000": 0, "brief-001": 1}, {})


def _government() -> list[Brief]:
    names = ("US Government", "US government", "USA Government", "USA government")
    actor = Actor("United States", "country", aliases=names)
    return [replace(brief(n), actors=(actor,)) for n in range(2)]
