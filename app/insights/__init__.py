"""Patterns over time: which tags recur by month or quarter, dilemma × legitimacy, rhythm."""
