"""The headless command line: `main.py <command> ...`. Imports no Qt widgets."""
