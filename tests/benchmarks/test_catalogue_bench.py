"""Benchmark: search-as-you-type over the shipped catalogue must stay under 2 ms per query."""

from __future__ import annotations

from app.services.medications.catalogue.search import default_index

QUERIES = ("a", "e", "pa", "para", "paracétamol", "amoxi", "ine", "acide", "zol", "Marcoumar", "metf", "Amoxicillin")


def test_catalogue_search_speed(benchmark):
    index = default_index()

    def run():
        for q in QUERIES:
            index.search(q)

    benchmark(run)
    per_query = benchmark.stats.stats.mean / len(QUERIES)
    assert per_query < 0.002, f"{per_query * 1000:.3f} ms per query"
