"""Commitments and coaching sessions in the window: the pane, the badge, the dialogs."""
