"""Asking questions on a terminal, or of answers piped in: re-ask until valid.

Every question reads one line. An answer that does not pass its check is refused
with the reason and the question is asked again; when the input runs out (piped
answers that stop early) the wizard ends with a one-line error, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from rich.console import Console
from rich.markup import escape

from ..errors import InputError
from ..files.output import clean
from ..messages import Errors

T = TypeVar("T")
_YES, _NO = {"y", "yes", "o", "oui", "true", "1"}, {"n", "no", "non", "false", "0"}
# Answers that say "I don't know" to an optional question: the fact is left out (not stated).
_NOT_STATED = {"?", "dk", "don't know", "dont know", "not stated", "unknown", "je ne sais pas", "nsp"}
SKIP = "Enter or ? if you don't know"


class Asker:
    """Questions on `console` (standard error by default), answers from standard input."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True, highlight=False, emoji=False)

    def say(self, text: str = "", style: str = "") -> None:
        self.console.print(f"[{style}]{escape(text)}[/]" if style else escape(text))

    def _read(self, question: str, hint: str = "") -> str:
        try:
            answer = self.console.input(f"[bold]{escape(question)}[/]{escape(hint)} ")
        except EOFError:
            self.console.print()
            raise InputError(Errors.E015.format(question=question), file="<stdin>") from None
        return clean(answer).strip()

    def ask(
        self, question: str, check: Callable[[str], T], *, default: str | None = None, optional: bool = False
    ) -> T | None:
        """Ask until `check(answer)` returns without raising ValueError.

        Enter gives `default` when there is one, or None when the question is optional.
        """
        hint = f" [{default}]" if default else f" ({SKIP})" if optional else ""
        while True:
            answer = self._read(question, hint)
            if optional and default is None and answer.lower() in _NOT_STATED:
                return None
            if not answer:
                if default is not None:
                    answer = default
                elif optional:
                    return None
                else:
                    self.say("  ✗ an answer is needed here", "red")
                    continue
            try:
                return check(answer)
            except ValueError as error:
                self.say(f"  ✗ {error}", "red")

    def text(self, question: str, *, optional: bool = False, max_length: int = 2000) -> str | None:
        def check(answer: str) -> str:
            if len(answer) > max_length:
                raise ValueError(f"at most {max_length} characters, please")
            return answer

        return self.ask(question, check, optional=optional)

    def yes_no(self, question: str, default: bool | None = None) -> bool:
        answer = self.yes_no_or_unknown(question, default)
        assert answer is not None  # not optional: asked until answered
        return answer

    def yes_no_or_unknown(self, question: str, default: bool | None = None, *, optional: bool = False) -> bool | None:
        """y or n; with `optional`, Enter or "?" answers "don't know / not stated" (None)."""

        def check(answer: str) -> bool:
            word = answer.lower()
            if word in _YES:
                return True
            if word in _NO:
                return False
            raise ValueError("answer y (yes) or n (no)")

        shown = None if default is None else ("y" if default else "n")
        return self.ask(question + " (y/n)", check, default=shown, optional=optional)

    def choice(
        self,
        question: str,
        options: list[tuple[str, str]],
        *,
        default: str | None = None,
        optional: bool = False,
        numbered: bool = True,
    ) -> str | None:
        """A menu: the answer may be the option's number (when `numbered`) or its value."""
        for number, (value, label) in enumerate(options, 1):
            self.say(f"  {number:>2}. {value:<28} {label}" if numbered else f"  {value:>3}  {label}")
        values = [value for value, _ in options]

        def check(answer: str) -> str:
            if answer.lower() in values:
                return answer.lower()
            if numbered and answer.isdigit() and 1 <= int(answer) <= len(options):
                return values[int(answer) - 1]
            raise ValueError(
                f"give a number from 1 to {len(options)}" if numbered else f"give one of {', '.join(values)}"
            )

        shown = (str(values.index(default) + 1) if numbered else default) if default in values else None
        return self.ask(question, check, default=shown, optional=optional)
