"""Corpus-scale measurements of briefgen (run by hand or with `make bench`; never in the tests)."""
