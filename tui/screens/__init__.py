"""Provides Briefing's screens, one per file; each gets the library handed in."""
