"""A summary or a learning log as the bytes of one file format: Markdown, HTML, PDF."""
