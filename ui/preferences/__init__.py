"""Settings declared once, and the Preferences dialog with its pages."""
