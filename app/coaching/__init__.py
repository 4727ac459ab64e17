"""Coaching sessions: the days the user met a coach, which mark "since the last session"."""
