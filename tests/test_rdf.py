"""RDF mapping: stable, valid IRIs; labels; documents; evidence reachable by SPARQL."""
from __future__ import annotations

import re

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from pypinyin import lazy_pinyin

from govkg.rdf import IriMaker, slug, syllables
from govkg.vocab import GK

IRI_OK = re.compile(r"^https?://[A-Za-z0-9._~:/#-]+$")


@pytest.mark.parametrize("name", ["天津市司法局", 'a "quoted" <b> 100% \\ name', "  ", "“一桌一椅一电脑”工程"])
def test_entity_iris_are_safe_and_stable(name):
    a, b = IriMaker(), IriMaker()
    iri = a.entity(("Program", name))
    assert iri == b.entity(("Program", name))
    assert IRI_OK.match(str(iri)), iri


def test_different_names_get_different_iris():
    m = IriMaker()
    assert m.entity(("Organization", "司法部")) != m.entity(("Organization", "公安部"))
    assert m.entity(("Organization", "司法部")) != m.entity(("Place", "司法部"))


def test_slug_is_pinyin():
    assert slug("天津市司法局") == "tianjinshisifaju"


@pytest.mark.parametrize("name", ["重庆市长寿区司法局", "长江银行行长", "中国共产党 Beijing 北京市委123", "“一桌一椅一电脑”工程",
                                  "《江苏省社区矫正工作条例》", "朝阳区调解员", "乐山市音乐协会", "单县", "ABC"])
def test_pinyin_word_by_word_is_pypinyins_own(name):
    """syllables converts each of pypinyin's words once: the result is what pypinyin gives for the whole name
    (polyphones such as 长/行/重/乐/单 read by their word)."""
    assert syllables(name) == tuple(lazy_pinyin(name, errors=lambda x: [x]))


def test_bad_base_iri_is_rejected():
    with pytest.raises(ValueError):
        IriMaker("not an iri")


def test_every_iri_in_the_seed_graph_is_valid(seed_build):
    for t in seed_build.graph:
        for x in t:
            if isinstance(x, URIRef):
                assert IRI_OK.match(str(x)), x


def test_entities_have_one_chinese_label(seed_build):
    g = seed_build.graph
    for cls in ("Organization", "Person", "Event", "Program"):
        for node in g.subjects(RDF.type, GK[cls]):
            labels = [o for o in g.objects(node, RDFS.label) if isinstance(o, Literal) and o.language == "zh"]
            assert len(labels) == 1


def test_document_node(seed_build):
    q = """SELECT ?t ?d ?src WHERE { ?doc a gk:Document ; dcterms:title ?t ; dcterms:date ?d ; dcterms:source ?src }"""
    rows = list(seed_build.graph.query(q, initNs={"gk": GK._NS, "dcterms": "http://purl.org/dc/terms/"}))
    assert [(str(t), str(d), str(s)) for t, d, s in rows] == [
        ("全国司法行政队伍建设工作会议发言摘登(上)", "2016-08-03", "000_f62c4b53ccffb21a.txt")]


def test_sparql_leads_from_a_relation_to_its_sentence(seed_build):
    q = """
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
    SELECT ?text ?begin ?end ?rule WHERE {
      ?s rdfs:label "李培斌"@zh . ?o rdfs:label "中国共产党第十八次全国代表大会"@zh .
      ?ev rdf:subject ?s ; rdf:predicate gk:delegateTo ; rdf:object ?o ;
          gk:sentence ?sent ; nif:beginIndex ?begin ; nif:endIndex ?end ; gk:rule ?rule .
      ?sent nif:anchorOf ?text .
    }"""
    rows = list(seed_build.graph.query(q, initNs={"gk": GK._NS, "rdf": RDF}))
    assert rows, "delegateTo has no evidence"
    text, begin, end, rule = rows[0]
    assert "十八大代表" in str(text) and int(begin) < int(end) and str(rule).startswith("rel:")
