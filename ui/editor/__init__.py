"""The entry editor: day, title, Markdown body, guided prompts, tags and autosave."""
