"""Benchmarks (issue 7): each module runs with one command, e.g.
``python -m bench.build_throughput``, and prints ratios measured side by side
in one run. See ``bench/README.md``."""
