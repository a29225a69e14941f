"""kg: build a queryable knowledge graph from business news.

Importing ``kg`` is cheap; the API lives in :mod:`kg.api` and loads its
dependencies when first called.
"""
__version__ = "0.1.0"
