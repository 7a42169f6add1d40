"""KnowledgeGraph -> networkx MultiDiGraph of entities and relations."""
from __future__ import annotations

import networkx as nx

from ..model import KnowledgeGraph

# one colour per class (colour-blind safe palette, Okabe-Ito)
COLOURS = {"Organization": "#0072B2", "Person": "#D55E00", "Place": "#009E73", "Event": "#CC79A7",
           "Speech": "#56B4E9", "Program": "#E69F00", "Regulation": "#F0E442", "HonoraryTitle": "#999999"}
CLASS_ZH = {"Organization": "机构", "Person": "人物", "Place": "地点", "Event": "事件", "Speech": "发言",
            "Program": "项目", "Regulation": "规章", "HonoraryTitle": "荣誉称号"}


def node_id(key: tuple[str, str]) -> str:
    """A node id from an entity key."""
    return f"{key[0]}:{key[1]}"


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """Entities as nodes (label, class, aliases), relations and awards as edges (with evidence)."""
    g = nx.MultiDiGraph()
    texts = {d.doc_id: d.text for d in kg.documents}
    for e in kg.entities:
        g.add_node(node_id(e.key), label=e.name, cls=e.cls, aliases="|".join(e.aliases))

    def add_edge(s, p, o, ev):
        sent = next((x for x in kg.sentences.get(ev.doc_id, ()) if x.index == ev.sentence), None)
        g.add_edge(node_id(s), node_id(o), key=f"{p}:{ev.start}:{ev.rule}", predicate=p,
                   sentence=sent.text if sent else texts.get(ev.doc_id, "")[ev.start:ev.end],
                   sentence_start=sent.start if sent else ev.start, start=ev.start, end=ev.end,
                   doc=ev.doc_id, rule=ev.rule, inferred=ev.inferred)

    for r in kg.relations:
        add_edge(r.subject, r.predicate, r.object, r.evidence)
    for w in kg.awards:
        add_edge(w.recipient, "receivedTitle", w.title, w.evidence)
        if w.conferred_by:
            add_edge(w.title, "conferredBy", w.conferred_by, w.evidence)
    return g
