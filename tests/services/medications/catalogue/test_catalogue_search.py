"""Search-as-you-type behaviour over the shipped catalogue."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.medications.catalogue.drug_catalogue import Product, Substance
from app.services.medications.catalogue.search import (
    RANK_PREFIX,
    RANK_SUBSTRING,
    RANK_WORD,
    SearchResult,
    build_index,
    default_index,
    normalize,
    search,
)


def atcs(results):
    return [r.atc for r in results]


def test_normalize_folds_accents_case_and_punctuation():
    assert normalize("Paracétamol") == "paracetamol"
    assert normalize("  ACIDE  acétylsalicylique ") == "acide acetylsalicylique"
    assert normalize("Co-Amoxi") == "co amoxi"
    assert normalize("Lansoÿl") == "lansoyl"
    assert normalize("Œstrogène") == "oestrogene"
    assert normalize("Acetylsalicylsäure") == "acetylsalicylsaure"


@pytest.mark.parametrize("query", ["paracetamol", "PARACÉTAMOL", "Paracetamol", "parac", "paracétam"])
def test_accent_and_case_insensitive(query):
    results = search(query)
    assert results[0].atc == "N02BE01" and results[0].kind == "substance"
    assert results[0].display_name == "paracétamol"


def test_result_is_frozen_dataclass():
    result = search("warfarine")[0]
    assert isinstance(result, SearchResult)
    with pytest.raises(AttributeError):
        result.atc = "X"  # type: ignore[misc]
    assert result.atc == "B01AA03" and "Coumadine" in result.product_names


def test_display_language():
    assert search("paracetamol", lang="de")[0].display_name == "Paracetamol"
    assert search("paracetamol", lang="en")[0].display_name == "paracetamol"
    assert search("warfarin", lang="fr")[0].display_name == "warfarine"
    assert search("acide acétylsalicylique", lang="de")[0].display_name == "Acetylsalicylsäure"


def test_german_names():
    assert search("Amoxicillin")[0].atc == "J01CA04"
    assert search("Acetylsalicylsäure")[0].atc in ("B01AC06", "N02BA01")
    assert search("Chinin")[0].atc == "P01BC01"


def test_amoxi_finds_substance_and_co_amoxi():
    results = search("amoxi")
    names = [r.display_name for r in results]
    assert results[0].display_name == "amoxicilline"
    assert "Co-Amoxi Mepha" in names
    assert "amoxicilline et acide clavulanique" in names
    co_amoxi = next(r for r in results if r.display_name == "Co-Amoxi Mepha")
    assert co_amoxi.kind == "product" and co_amoxi.atc == "J01CR02" and co_amoxi.rank == RANK_WORD
    assert co_amoxi.substance_name == "amoxicilline et acide clavulanique"


def test_product_names():
    doliprane = search("doliprane")[0]
    assert (doliprane.kind, doliprane.atc, doliprane.display_name) == ("product", "N02BE01", "Doliprane")
    assert doliprane.substance_name == "paracétamol"
    assert search("DOLIPRANE", lang="de")[0].substance_name == "Paracetamol"
    dafalgan = next(r for r in search("dafalgan") if r.display_name == "Dafalgan")
    assert dafalgan.countries == ("CH", "FR")
    assert search("marcoumar")[0].atc == "B01AA04"
    assert search("kardegic")[0].atc == "B01AC06"


def test_substance_lists_its_products():
    para = search("paracétamol")[0]
    for brand in ("Doliprane", "Dafalgan", "Efferalgan", "Panadol"):
        assert brand in para.product_names


def test_ranking_prefix_then_word_then_substring():
    results = search("cillin")
    ranks = [r.rank for r in results]
    assert ranks == sorted(ranks)
    results = search("prazole")
    assert all(r.rank == RANK_SUBSTRING for r in results)
    assert {"A02BC01", "A02BC02", "A02BC05"} <= set(atcs(results))
    # prefix match first, shorter names before longer ones
    results = search("ibupro")
    assert results[0].display_name == "ibuprofène" and results[0].rank == RANK_PREFIX
    assert results.index(next(r for r in results if r.display_name == "dexibuprofène")) > 0


def test_substring_in_middle_of_name():
    assert "B01AA03" in atcs(search("farin"))
    assert "C10AA05" in atcs(search("vastat"))


def test_limit_and_empty_queries():
    assert search("") == [] and search("   ") == [] and search("-") == []
    assert len(search("a", limit=5)) == 5
    assert search("a", limit=0) == []
    assert search("zzzzzz") == []


def test_short_query_uses_prefix_only():
    assert all(r.rank in (RANK_PREFIX, RANK_WORD) for r in search("ol", limit=50))


def test_imported_entries_are_searchable():
    extra = [Product(name="Paracetamol Zentiva 500 mg", atc="N02BE01", country="CH"),
             Product(name="Produit Sans ATC", atc=None, country="FR")]
    index = build_index(extra_products=extra,
                        extra_substances=[Substance("A16AX14", "migalastat", "Migalastat", "migalastat")])
    hit = index.search("zentiva")[0]
    assert (hit.kind, hit.atc, hit.substance_name) == ("product", "N02BE01", "paracétamol")
    assert "Paracetamol Zentiva 500 mg" in index.search("paracetamol")[0].product_names
    no_atc = index.search("sans atc")[0]
    assert no_atc.atc is None and no_atc.substance_name == ""
    assert index.search("migala")[0].atc == "A16AX14"
    assert len(index) > len(default_index())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_search_never_fails_and_respects_limit(query):
    results = search(query, limit=7)
    assert len(results) <= 7
    ranks = [r.rank for r in results]
    assert ranks == sorted(ranks)
