"""Exports and imports in the window: the summary dialog, its entry list and progress, the
import dialog.
"""
