"""Reproducible speed and memory measurements of Refleks with years of entries.

`python -m benchmarks` generates journals of 1k, 10k and 100k entries (seeded), loads them
through the fast path, times start-up, search, saves and exports, and compares with jrnl
on the same dataset. Nothing here runs as part of `make test`.
"""
