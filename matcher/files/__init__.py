"""Files in and out: reading user documents safely (YAML/JSON with limits and line
numbers) and writing reports atomically. Nothing here knows what a profile is."""
