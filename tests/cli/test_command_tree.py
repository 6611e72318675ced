"""`matcher.cli.main` builds commands on demand (command_tree.py): the same help, the same
completion and the same errors as typer's own tree (what CliRunner runs), less start-up."""

from __future__ import annotations

import pytest
import typer.testing
from typer.main import get_command

from matcher.cli import app
from matcher.cli.command_tree import LazyCommands, command_tree

ENV = {"COLUMNS": "100", "TERM": "dumb"}


def _paths(command, prefix=()):
    yield list(prefix)
    for name, sub in getattr(command, "commands", {}).items():
        yield from _paths(sub, (*prefix, name))


COMMANDS = list(_paths(get_command(app)))


def _run(tree: str, args: list[str], env: dict[str, str] | None = None, monkeypatch=None):
    if tree == "lazy":
        monkeypatch.setattr(typer.testing, "_get_command", command_tree)
    result = typer.testing.CliRunner().invoke(app, args, env={**ENV, **(env or {})}, prog_name="matcher")
    return result.exit_code, result.stdout, result.stderr


def test_every_command_and_group_is_in_the_lazy_tree():
    assert len(COMMANDS) > 15  # root, groups, and every command under them
    assert sorted(map(tuple, _paths(command_tree(app)))) == sorted(map(tuple, COMMANDS))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "matcher")
def test_help_is_typers_own(command, monkeypatch):
    typers = _run("typer", [*command, "--help"])
    with monkeypatch.context() as patch:
        lazy = _run("lazy", [*command, "--help"], monkeypatch=patch)
    assert typers[0] == 0 and typers[1].strip()
    assert lazy == typers


@pytest.mark.parametrize(
    "words", ["matcher ", "matcher r", "matcher rules ", "matcher profile v", "matcher check --f", "matcher screen -"]
)
def test_shell_completion_is_typers_own(words, monkeypatch):
    env = {"_MATCHER_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": words}
    typers = _run("typer", [], env)
    with monkeypatch.context() as patch:
        lazy = _run("lazy", [], env, monkeypatch=patch)
    assert typers[1].strip() and lazy == typers


@pytest.mark.parametrize("args", [["chek", "p.yaml"], ["rules", "validat"], ["check", "--no-such-option", "x"]])
def test_usage_errors_are_typers_own(args, monkeypatch):
    typers = _run("typer", args)
    with monkeypatch.context() as patch:
        lazy = _run("lazy", args, monkeypatch=patch)
    assert typers[0] == 2 and lazy == typers


def test_a_run_builds_only_the_command_it_runs(tmp_path):
    tree = command_tree(app)
    tree.main(["--version"], standalone_mode=False)
    commands = tree.commands
    assert isinstance(commands, LazyCommands)
    built = {name for name in list(commands) if name in commands._built}
    assert built == {"rules", "profile"}  # the groups; no command built for --version
    tree.commands["check"]  # noqa: B018 - asking for a command builds it, and only it
    assert {name for name in list(commands) if name in commands._built} == {"rules", "profile", "check"}
