"""Qt widgets only: they call services in app/, never open a session or write SQL."""
