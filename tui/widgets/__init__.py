"""Provides the widgets of Briefing's screens, one per file; they take domain models, never the store."""
