"""`matcher rules schema`: the JSON Schema of rules files, for editors."""

from __future__ import annotations

from .app import rules_app
from .common import ForceOption, OutputOption
from .exit_codes import epilog


@rules_app.command("schema", epilog=epilog("rules schema"))
def rules_schema_command(output: OutputOption = None, force: ForceOption = False) -> None:
    """Print the JSON Schema of rules files: the notice's facts and, for each
    requirement `kind`, the parameters it takes.

    In VS Code (YAML extension by Red Hat), put this first line in a rules file:
    `# yaml-language-server: $schema=path/to/rules.schema.json`
    """
    from ..profile_tools.schema import rules_schema
    from .profile_cmds import write_schema

    write_schema(rules_schema(), output, force, "rules schema")
