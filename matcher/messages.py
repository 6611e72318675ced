"""The catalogue of coded error messages (spaCy's `Errors` pattern).

Every message has a code; reading `Errors.E012` gives the text with its code after
it (`... [E012]`, at the end so that `file:line:col: field: message` reads as
before), ready for `.format(...)`. A code is never reused for another
meaning: retire it instead, so that a code quoted in a bug report or a script keeps
its meaning. `tests/test_messages.py` checks that every code is used and that the
modules converted so far raise no message that is not in this catalogue.

    E0xx  the command line (UsageError)        E2xx  rules discovery
    E1xx  output files (UsageError, OutputError) E3xx  `categorize` inputs (InputError)
    E4xx  reading documents: files, stdin, YAML, JSON (InputError)
    E9xx  internal errors (InternalError)
"""

from __future__ import annotations


class _Coded(type):
    def __getattribute__(cls, code: str) -> str:
        message = super().__getattribute__(code)
        if code.startswith("_"):  # class machinery (__doc__, __module__, ...)
            return message
        return f"{message} [{code}]"


class Errors(metaclass=_Coded):
    # The command line
    E001 = "--as-of {value!r} is not a date; write YYYY-MM-DD"
    E002 = "give either TEXT or --input FILE (or '-' for stdin)"
    E003 = "{option} {value!r}: expected one of {choices}"
    E004 = "{detail}"  # --only: the list of verdicts it takes, from matcher.screen.rows
    E005 = "'-' (standard input) can stand for only one file per command"
    E006 = "'-' (standard input) cannot be {what} here: {why}"
    E007 = "standard input is a terminal; pipe a file in (`matcher ... - < file`) or give a file name"
    E008 = "standard input is over the {limit:,}-byte limit (set MATCHER_MAX_FILE_BYTES to change it)"
    E009 = "listening beyond this machine needs --token (or MATCHER_TOKEN) for recruiter pages"
    E010 = "--init needs exactly one rules file: matcher rules test RULES --init PROFILE"
    E011 = "--as-of: {reason}"
    E012 = "not a matcher pseudonym key (64 hex digits); give another --blind-key file"
    E013 = "cannot read or create the pseudonym key: {reason}"
    E014 = "a worker process ended unexpectedly (out of memory?); try fewer --workers"
    E015 = "the answers ended before the question {question!r}; nothing was written"
    E016 = "MATCHER_MAX_FILE_BYTES={value!r} is not a number of bytes; give a whole number above 0, e.g. 5242880"
    E017 = "cannot list folder: {reason}"

    # Output files
    E101 = "cannot tell the format from the extension {suffix!r}; name the file {known}, or give --format"
    E102 = "this command writes {known} files; name the output accordingly"
    E103 = "--format {format} does not match the extension {suffix!r} (that makes a {implied} file)"
    E104 = "is {what} this command reads; write the output to another file"
    E105 = "already exists and was not written by `matcher {command}`; add --force to replace it"
    E106 = "is a directory; give a file name for the output"
    E107 = "directory {folder} does not exist"
    E108 = "cannot write the output: {reason}"
    E109 = "an XLSX report is a binary file; write it with -o FILE.xlsx"
    E110 = "is a symbolic link; give the path of the file itself (links are not followed)"
    E111 = "is {kind}, not a regular file; a report is written to a regular file, or to standard output without -o"

    # Rules discovery
    E201 = "no rules files found (looked for *.yaml and *.yml directly in this folder)"
    E202 = "is not a folder"

    # `categorize` inputs
    E301 = "is a folder; expected a text or JSONL file"
    E303 = "is not UTF-8 text ({reason})"
    E305 = 'expected a JSON object with a "text" field'
    E306 = 'expected a string "text" field'

    # Reading documents (matcher/files/documents.py): files, standard input, YAML and JSON
    E401 = "file is {size}over the {limit:,}-byte limit (set MATCHER_MAX_FILE_BYTES to change it)"
    E402 = "is a directory, expected a file"
    E403 = "cannot read file: {reason}"
    E404 = "is {kind}, not a regular file; save the input to a file (or use '-' for standard input)"
    E405 = "cannot read: {reason}"
    E406 = "line is over the {limit:,}-byte limit (set MATCHER_MAX_FILE_BYTES to change it)"
    E407 = "invalid UTF-16 text"
    E408 = "UTF-32 (or binary) text is not supported; save the file as UTF-8"
    E409 = "looks like a binary file (contains NUL bytes), expected YAML or JSON text"
    E410 = "byte 0x{byte:02x} is not valid UTF-8; save the file as UTF-8"
    E411 = "file is empty, expected a mapping of fields"
    E412 = "invalid JSON: {detail}"
    E413 = "duplicate key {key!r}"
    E414 = "number of {digits:,} digits, over the {limit}-digit limit"
    E415 = "nesting deeper than {depth} levels"
    E416 = "more than {limit:,} values in one file"
    E417 = "value of {size:,} characters, over the {limit:,} limit"
    E418 = "invalid YAML: {detail}"
    E419 = (
        "invalid YAML: unacceptable character #x{code:04x} (write control characters as escapes in a "
        "double-quoted string)"
    )
    E420 = "file has no content, expected a mapping of fields"
    E421 = "YAML anchors and aliases (&, *) are not allowed"
    E422 = "mapping keys must be plain words"
    E423 = "expected {expected} at the top level"

    # Internal errors: bugs, never the user's input
    E900 = (
        "internal error (a bug in matcher, not a problem with your input): {detail}. Please report it "
        "to matcher's maintainers with the command you ran and the output of `matcher --version`"
    )
    E901 = "internal error while {stage}: {detail}"


def codes() -> list[str]:
    """Every code in the catalogue, in order."""
    return [name for name in vars(Errors) if name[:1] == "E" and name[1:].isdigit()]
