"""Search as typed: the terms of a query and where they match in a text (docs/search.md)."""
