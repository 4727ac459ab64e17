"""The open journal: its folder, opening and start-up checks, the lock, backups, and the
services over its entries.
"""
