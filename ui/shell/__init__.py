"""Starting and ending: the application, the start-up flow, unlocking, one window at a time,
auto-lock.
"""
