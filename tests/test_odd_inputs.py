"""Odd input, one case each: a valid (possibly sparse) brief, or `path:line: message` — never a
crash. Then all of them in one build: the build goes on, prints a summary, lists the skipped ones
on the errors page, and fails under --strict."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefgen import readers
from briefgen.config import Settings
from briefgen.corpus.ids import assign_ids
from briefgen.errors import BriefgenError
from briefgen.extract import extract
from briefgen.pipeline import extract_all
from briefgen.readers._decode import MAX_ARTICLE_CHARS
from briefgen.records import Article, Brief
from tests.checks import assert_sound, bare_brief
from tests.conftest import build, make_project

SENTENCE = "Officials from Kabul met envoys in Tashkent on July 10, a spokesman said. "


def _noise(n: int) -> bytes:
    # binary without a single NUL byte: high bytes and control codes, like a compressed file
    rng = random.Random(7)
    return bytes(rng.choice([*range(1, 9), *range(14, 32), *range(128, 256)]) for _ in range(n))


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    error: tuple[int, str] | None = None  # (line, message fragment) when the file is refused
    check: Callable[[Brief], None] | None = None  # what a good brief must show


def _has(text: str) -> Callable[[Brief], None]:
    def check(brief: Brief) -> None:
        assert text in brief.body, brief.body[:200]

    return check


def _body_is(text: str) -> Callable[[Brief], None]:
    def check(brief: Brief) -> None:
        assert brief.body == text, brief.body[:200]

    return check


def _no_actors(brief: Brief) -> None:
    assert brief.actors == () and brief.places == () and brief.quotes == ()


def _crlf(brief: Brief) -> None:
    assert "\r" not in brief.body and brief.dateline == "Ashgabat"
    assert brief.body == "Talks were held on Monday, officials said.\nA second paragraph."


CASES = [
    Case("empty.txt", b"", error=(1, "file is empty")),
    Case("whitespace.txt", b"  \n\t\n   \r\n\n", error=(1, "file is empty")),
    Case("controls-only.txt", b"\x01\x02\x0c\x1b\n\x7f", error=(1, "only control characters")),
    Case("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", error=(3, "NUL bytes")),
    Case("binary-no-nul.txt", _noise(4000), error=(1, "looks binary")),
    Case(
        "nul-bytes.txt",
        b"Officials met in Kabul.\nThey agreed\x00 on trade.\n",
        error=(2, "NUL bytes"),
    ),
    Case(
        "invalid-utf8.txt",
        "Café talks in Kabul ended.\nThe envoy said \xff it was over.\n".encode().replace(
            b"\xc3\xbf", b"\xff"
        ),
        error=(2, "invalid UTF-8"),
    ),
    Case(
        "utf16-bom.txt",
        "\ufeffOfficials met in Ashgabat on Monday, the ministry said.".encode("utf-16-le"),
        check=_body_is("Officials met in Ashgabat on Monday, the ministry said."),
    ),
    Case(
        "latin1.txt",
        "Le ministre a visité Kaboul à l'été, a déclaré l'agence à Genève.".encode("latin-1"),
        check=_has("visité Kaboul à l'été"),
    ),
    Case(
        "crlf.txt",
        b"ASHGABAT -- Talks were held on Monday, officials said.\r\nA second paragraph.\r\n",
        check=_crlf,
    ),
    Case(
        "huge.txt",
        (SENTENCE + "\n").encode() * (5_000_000 // len(SENTENCE)),
        error=(MAX_ARTICLE_CHARS // (len(SENTENCE) + 1) + 1, "split it into separate articles"),
    ),
    Case("one-long-line.txt", SENTENCE.encode() * 250, check=_has(SENTENCE * 3)),
    Case(
        "no-sentences.txt",
        b"border trade fuel wheat flour cement " * 40,
        check=_has("wheat flour cement"),
    ),
    Case(
        "no-entities.txt",
        b"it rained. nobody came. the road stayed shut and the shops stayed closed.",
        check=_no_actors,
    ),
    Case(
        "russian.txt",
        "Министр иностранных дел Узбекистана встретился с делегацией в Ташкенте 10 июля.".encode(),
        check=_has("Ташкенте"),
    ),
    Case(
        "chinese.txt",
        "乌兹别克斯坦外交部长7月10日在塔什干会见了代表团。双方讨论了边境贸易。".encode(),
        check=_has("塔什干"),
    ),
    Case(
        "arabic.md",
        "---\ntitle: وزير الخارجية يزور كابول\n---\nالتقى وزير الخارجية بالوفد في كابول يوم الاثنين.\n".encode(),
        check=_has("كابول"),
    ),
    Case(
        "emoji.txt",
        "🚚🚚 Trucks 🚚 crossed the border at Termez, 🇺🇿 officials said. «Good», he said.".encode(),
        check=_has("Termez"),
    ),
    Case("only-punctuation.txt", b"... --- !!! ??? *** ;;; ,,, ...", check=_has("!!!")),
    Case(
        "front-matter-only.md",
        b"---\ntitle: Nothing here\n---\n\n",
        error=(4, "front matter but no body text"),
    ),
    Case(
        "unclosed-front-matter.md",
        b"---\ntitle: Talks\nThe body started without a closing line.\n",
        error=(1, "never closed"),
    ),
    Case(
        "yaml-python-tag.md",
        b"---\ntitle: Talks\nsource: !!python/object/apply:os.system ['echo pwned']\n---\nBody.\n",
        error=(3, "front matter is not valid YAML"),
    ),
    Case(
        "javascript-url.md",
        b"---\ntitle: T\ndate: 2021-07-12\nurl: javascript:alert(1)\n---\nBody text.\n",
        error=(4, "must be a web address"),
    ),
    Case("bad-date.md", b"---\ntitle: T\ndate: next Tuesday\n---\nBody text.\n", error=(3, "date")),
    Case(
        "no-text.html",
        b"<html><head><title>T</title><script>x()</script></head><body></body></html>",
        error=(1, "no article"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_odd_input_gives_a_brief_or_a_located_error(tmp_path: Path, case: Case) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.data)
    shown = f"seeds/{case.name}"
    if case.error is not None:
        line, fragment = case.error
        with pytest.raises(BriefgenError) as caught:
            readers.read(path, shown)
        assert str(caught.value).startswith(f"{shown}:{line}: "), str(caught.value)
        assert fragment in str(caught.value)
        return
    brief = assign_ids([extract(readers.read(path, shown), Settings().model)])[0]
    assert_sound(brief)
    assert case.check is not None
    case.check(brief)


class _Items(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[str] = []
        self._code = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._code = tag == "code"

    def handle_data(self, data: str) -> None:
        if self._code:
            self.items.append(data)
            self._code = False


@pytest.mark.slow
@pytest.mark.expect_warnings
def test_a_build_of_all_odd_inputs_goes_on_and_lists_what_it_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "odd"
    odd.mkdir()
    small = [c for c in CASES if c.name != "huge.txt" and c.name != "one-long-line.txt"]
    for case in small:
        (odd / case.name).write_bytes(case.data)
    (tmp_path / "project").mkdir()
    project = make_project(tmp_path / "project", sorted(odd.iterdir()))
    assert build(project) == 0
    out = capsys.readouterr().out
    refused = [c for c in small if c.error is not None]
    built = len(small) - len(refused)
    assert f"{built} briefings built" in out and f"{len(refused)} articles skipped" in out, out
    errors = _Items()
    errors.feed((project / "site" / "briefings" / "errors" / "index.html").read_text("utf-8"))
    for case in refused:
        line = case.error[0] if case.error else 0
        assert f"  skipped seeds/{case.name}:{line}: " in out, case.name
        assert any(i.startswith(f"seeds/{case.name}:{line}: ") for i in errors.items), case.name
    assert len(list((project / "site" / "briefings").glob("*/index.html"))) == built + 1
    home = (project / "site" / "index.html").read_text("utf-8")
    assert f"{len(refused)} articles skipped" in home and 'href="briefings/errors/"' in home

    before = sorted(p.relative_to(project) for p in (project / "site").rglob("*"))
    assert build(project, "--strict") == 1
    captured = capsys.readouterr()
    assert "build failed" in captured.err and "site left as it was" in captured.out
    assert sorted(p.relative_to(project) for p in (project / "site").rglob("*")) == before


def _stub(article: Article) -> Brief:
    return bare_brief(source_path=article.source_path, title_generated=True, body=article.body)


def test_an_extractor_failure_becomes_a_located_problem() -> None:
    good = Article("seeds/good.txt", "Fine text.")
    bad = Article("seeds/bad.txt", "Text the extractor trips on.")

    def extractor(article: Article, model: str) -> Brief:
        if article is bad:
            raise ValueError("[E088] Text of length 5000001 exceeds maximum")
        return _stub(article)

    briefs, problems = extract_all([bad, good], Settings(), extractor)
    assert [b.source_path for b in briefs] == ["seeds/good.txt"]
    assert [str(p) for p in problems] == [
        "seeds/bad.txt:1: extraction failed (ValueError: [E088] Text of length 5000001 exceeds "
        "maximum); the article was skipped — please report this with the article attached"
    ]
