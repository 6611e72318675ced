"""Tools for applicants' profiles: the JSON Schemas, the `profile new` wizard, the
commented YAML writer and the JSON Resume importer. Each module has one job."""
