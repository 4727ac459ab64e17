"""Storage: the typed ORM schema, the engine and its pragmas, and migrations.

Nothing in here knows about services or widgets.
"""
