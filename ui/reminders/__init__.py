"""Reminders in the window: the check on a timer, the tray's notifications, the in-window notice."""
