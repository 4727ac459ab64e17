"""Commitments: what the user means to do, taken from an entry and closed with a follow-up."""
