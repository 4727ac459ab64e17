"""Courses and their modules: records, the service, and course plans read from files."""
