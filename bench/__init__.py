"""Benchmarks on a copy of the database: fill it with realistic content at scale, then time what visitors do.

`python -m bench fill` and `python -m bench search`; see README.md, "Search at scale", and `python -m bench -h`.
"""
