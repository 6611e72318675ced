"""matcher: tells whether a candidate is eligible for a job vacancy, and why."""

__version__ = "0.2.0"
