"""The closed namespace equals the ontology's terms; every term is labelled in zh and en."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal

from govkg.vocab import GK

from .conftest import ROOT

ONTO = Graph().parse(ROOT / "ontology" / "govkg.ttl")
NS = str(GK._NS)
TERMS = sorted({s for s in ONTO.subjects() if str(s).startswith(NS)})


def test_namespace_matches_ontology():
    declared = {str(t)[len(NS):] for t in TERMS}
    assert declared == set(GK.__annotations__)


def test_mistyped_term_raises():
    with pytest.raises(AttributeError):
        GK.spokeat  # noqa: B018


@pytest.mark.parametrize("term", TERMS, ids=[str(t)[len(NS):] for t in TERMS])
def test_term_has_labels_and_comment(term):
    langs = {o.language for o in ONTO.objects(term, RDFS.label) if isinstance(o, Literal)}
    assert {"zh", "en"} <= langs
    assert ONTO.value(term, RDFS.comment) is not None
    kinds = set(ONTO.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
