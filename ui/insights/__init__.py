"""The Insights view: patterns over time beside the timeline."""
