"""Every command's exit codes, written once: each command's `--help` ends with its
line, and the README's table is `readme_table()` (a test keeps them equal)."""

from __future__ import annotations

from ..errors import ExitCode

_FAILED = [
    (ExitCode.BAD_INPUT, "bad input or usage (one line on standard error naming the file, line, column and field)"),
    (ExitCode.OUTPUT, "the output could not be written (no permission, disk full, ...)"),
    (ExitCode.INTERNAL, "internal error: a bug in matcher, not your input (the message asks for a report)"),
]

# Outcomes of a command that worked, by command.
_OUTCOMES: dict[str, list[tuple[ExitCode, str]]] = {
    "check": [
        (ExitCode.OK, "eligible (with several notices: for every one)"),
        (ExitCode.NO, "not eligible (with several notices, the worst verdict decides)"),
        (ExitCode.NEEDS_REVIEW, "needs review: nothing failed, but something could not be decided"),
    ],
    "screen": [
        (ExitCode.OK, "every input was screened, whatever the verdicts"),
        (
            ExitCode.SOME_ERROR_ROWS,
            "the report was written, but some inputs could not be read or validated (they are error rows)",
        ),
    ],
    "rules test": [(ExitCode.OK, "every case passes"), (ExitCode.NO, "a case failed")],
    "rules coverage": [
        (ExitCode.OK, "every requirement sentence is quoted and every quote is in the notice"),
        (ExitCode.NO, "a sentence is not covered or a quote is not in the notice"),
    ],
    "rules diff": [(ExitCode.OK, "the files agree"), (ExitCode.NO, "the files differ")],
    "rules validate": [(ExitCode.OK, "every rules file is valid")],
    "profile validate": [(ExitCode.OK, "every profile is valid")],
}
_DONE = "it did what was asked"
# Commands whose verdict-like outcomes `--exit-zero` turns into 0.
EXIT_ZERO_COMMANDS = ("check", "screen", "rules test", "rules coverage", "rules diff")
EXIT_ZERO_HELP = "Exit with 0 unless the command failed (bad input, output not written, internal error)."


def codes(command: str) -> list[tuple[ExitCode, str]]:
    """The codes `command` can end with: its outcomes, then the failures every command shares."""
    return _OUTCOMES.get(command, [(ExitCode.OK, _DONE)]) + _FAILED


def epilog(command: str) -> str:
    """The exit-code line at the end of the command's `--help`."""
    text = "Exit codes: " + "; ".join(f"{int(code)} {meaning}" for code, meaning in codes(command)) + "."
    if command in EXIT_ZERO_COMMANDS:
        text += " With --exit-zero, 0 replaces the codes of a command that worked (0, 1, 3, 4)."
    return text


def readme_table() -> str:
    """The README's exit-code table (Markdown): one row per code, what it means per command."""
    rows: dict[int, list[str]] = {}
    for command, outcomes in _OUTCOMES.items():
        for code, meaning in outcomes:
            rows.setdefault(int(code), []).append(f"`{command}`: {meaning}")
    rows[int(ExitCode.OK)].append(f"every other command: {_DONE}")
    for code, meaning in _FAILED:
        rows.setdefault(int(code), []).append(f"every command: {meaning}")
    lines = ["| code | meaning |", "|---|---|"]
    lines += [f"| {code} | {'; '.join(rows[code])} |" for code in sorted(rows)]
    return "\n".join(lines) + "\n"
