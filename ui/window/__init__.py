"""The main window: its actions and menus, dialogs, start page, status widgets and saved state."""
