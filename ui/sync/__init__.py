"""Sync in the window: background runs and their note in the status bar."""
