"""The data door: every SQL statement of app/, as functions over a DB-API connection.

The connection is the journal's own, inside a transaction (`Database.transaction()`), or a
plain one a command takes (`JournalContext.connect()`) where nothing else is needed. Each
query is written once here and every caller uses it; records come back as the frozen
values of app/records.py (and app/courses/records.py).
"""
