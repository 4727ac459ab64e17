"""Sync through a folder another program syncs (app/sync/service.py)."""
