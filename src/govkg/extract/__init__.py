"""Extractors: one module per kind of fact; each stage is ``(Analysis, Lexicon) -> Analysis``."""
