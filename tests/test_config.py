"""One settings schema: the `briefgen` block of mkdocs.yml, read with or without MkDocs, checked
once, with errors that name the file, the line and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.config import _CHECKS, PLUGIN_KEYS, Settings, load_settings
from briefgen.errors import ConfigError
from briefgen.mkdocs.plugin import BriefgenPlugin
from briefgen.project import read_project

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_has_a_check_and_is_a_plugin_option() -> None:
    assert set(_CHECKS) == set(PLUGIN_KEYS)
    assert [key for key, _ in BriefgenPlugin.config_scheme] == list(PLUGIN_KEYS)


def test_the_repository_project_reads_as_mkdocs_would() -> None:
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):  # the second INHERITs the first
        project = read_project(ROOT / name)
        assert project.root == ROOT
        assert project.settings == Settings(site_name="Briefings")


def test_list_plugins_env_tags_and_other_plugins_tags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFGEN_WORKERS", "3")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: Desk\n"
        "markdown_extensions:\n"
        "  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "plugins:\n"
        "  - search\n"
        "  - briefgen:\n"
        "      workers: !ENV BRIEFGEN_WORKERS\n"
        "      model: !ENV [BRIEFGEN_UNSET, en_core_web_md]\n"
        "      cache: false\n"
        "      pdf: true\n",
        encoding="utf-8",
    )
    settings = read_project(config).settings
    assert (settings.workers, settings.model, settings.cache) == (3, "en_core_web_md", None)
    assert (settings.pdf, settings.site_name) == (True, "Desk")


@pytest.mark.parametrize(
    ("block", "line", "message"),
    [
        ("      workers: -1\n", 7, "briefgen setting 'workers' must be a whole number >= 0"),
        ("      search: lunr\n", 7, "briefgen setting 'search' must be one of material, pagefind"),
        ("      briefings_dir: a/b\n", 7, "must be a single folder name"),
        ("      pdf: 'yes'\n", 7, "briefgen setting 'pdf' must be true or false"),
        ("      folder: briefings\n", 7, "unknown briefgen setting 'folder'"),
    ],
)
def test_a_bad_setting_is_reported_at_its_file_line_and_key(
    tmp_path: Path, block: str, line: int, message: str
) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: Desk\n\nplugins:\n  search: {}\n  briefgen:\n      seeds: seeds\n" + block,
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        read_project(config)
    assert str(caught.value).startswith(f"{config}:{line}: ")
    assert message in str(caught.value)


def test_an_inherited_setting_is_reported_where_it_is_written(tmp_path: Path) -> None:
    (tmp_path / "base.yml").write_text(
        "site_name: Desk\nplugins:\n  briefgen:\n    workers: many\n", encoding="utf-8"
    )
    child = tmp_path / "mkdocs.yml"
    child.write_text("INHERIT: base.yml\nsite_dir: elsewhere\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"base\.yml:4: briefgen setting 'workers'"):
        read_project(child)


def test_a_project_without_the_plugin_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Desk\nplugins:\n  - search\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no `briefgen` plugin"):
        read_project(config)


def test_cache_true_is_the_default_folder() -> None:
    assert load_settings({"cache": True}, "mkdocs.yml").cache == Settings().cache
