"""The click command tree behind `matcher`, built only as far as one run needs.

typer turns every command's signature into click parameters before anything runs
(about 10 ms for matcher's commands, a fifth of what `check` costs beyond its
imports); one run uses one command. `command_tree(app)` builds the groups (root,
`rules`, `profile`) with typer itself, and each command the first time click asks
for it, with typer's own `get_command_from_info`: `matcher check ...` builds `check`;
help and shell completion, which list every command, build them all, in typer's
order, so their text is typer's. The test suite runs `app` through typer's own tree
(CliRunner) and compares the two (tests/cli/test_command_tree.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from functools import partial
from typing import Any

import typer
from typer import main as typer_main


class LazyCommands(MutableMapping[str, Any]):
    """A group's commands by name, each built on first use; iteration keeps typer's order."""

    def __init__(self, builders: dict[str, Callable[[], Any]], built: dict[str, Any]) -> None:
        self._order = list(dict.fromkeys([*builders, *built]))
        self._builders = {name: build for name, build in builders.items() if name not in built}
        self._built = dict(built)

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            build = self._builders.pop(name)  # KeyError for an unknown name, as a dict
            self._built[name] = build()
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        if name not in self._order:
            self._order.append(name)
        self._builders.pop(name, None)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self._built and name not in self._builders:
            raise KeyError(name)
        self._order.remove(name)
        self._builders.pop(name, None)
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, name: object) -> bool:
        return name in self._built or name in self._builders


def _typers(app: typer.Typer) -> Iterator[typer.Typer]:
    yield app
    for group in app.registered_groups:
        if group.typer_instance is not None:
            yield from _typers(group.typer_instance)


def command_tree(app: typer.Typer) -> Any:
    """The click group typer would build for `app`, with commands built on demand."""
    instances = list(_typers(app))
    saved = [(instance, instance.registered_commands) for instance in instances]
    try:  # typer builds the groups, their options and callbacks; no command yet
        for instance in instances:
            instance.registered_commands = []
        root = typer_main.get_command(app)
    finally:
        for instance, commands in saved:
            instance.registered_commands = commands
    _defer_commands(root, app, app)
    return root


def _defer_commands(group: Any, instance: typer.Typer, app: typer.Typer) -> None:
    builders: dict[str, Callable[[], Any]] = {}
    for info in instance.registered_commands:
        assert info.callback is not None, "a typer command has a callback"
        name = info.name or typer_main.get_command_name(info.callback.__name__)
        builders[name] = partial(
            typer_main.get_command_from_info,
            info,
            pretty_exceptions_short=app.pretty_exceptions_short,
            rich_markup_mode=app.rich_markup_mode,
        )
    subgroups = dict(group.commands)
    group.commands = LazyCommands(builders, subgroups)
    for group_info in instance.registered_groups:
        if group_info.typer_instance is not None and group_info.name in subgroups:
            _defer_commands(subgroups[group_info.name], group_info.typer_instance, app)
