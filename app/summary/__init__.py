"""The coaching summary: which entries leave the app, the summary as plain data, and its
renderers (Markdown, standalone HTML, PDF).
"""
