"""Reminders: what is due to nudge the user about now, and starting Refleks at log-in."""
