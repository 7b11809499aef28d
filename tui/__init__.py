"""Briefing: a terminal briefing reader."""

__version__ = "0.1.0"
