"""Provides the pure-Python domain of Briefing; it never imports Textual."""
