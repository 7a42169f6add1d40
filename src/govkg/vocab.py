"""The ontology's terms as a closed namespace: a mistyped term raises instead of minting an IRI."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/govkg/ontology"
DEFAULT_BASE_IRI = "https://w3id.org/govkg/id/"

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
QB = Namespace("http://purl.org/linked-data/cube#")


class GK(DefinedNamespace):
    """govkg ontology terms (ontology/govkg.ttl); a test keeps the two equal."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Agent: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Event: URIRef
    Speech: URIRef
    Program: URIRef
    Regulation: URIRef
    HonoraryTitle: URIRef
    Award: URIRef
    Membership: URIRef
    Observation: URIRef
    Document: URIRef
    Sentence: URIRef
    Evidence: URIRef
    # relations between entities
    spokeAt: URIRef
    heldIn: URIRef
    organizedBy: URIRef
    jurisdiction: URIRef
    deliveredBy: URIRef
    partOf: URIRef
    subOrganizationOf: URIRef
    memberOf: URIRef
    implements: URIRef
    issued: URIRef
    honors: URIRef
    developedBy: URIRef
    receivedTitle: URIRef
    conferredBy: URIRef
    delegateTo: URIRef
    # award and membership links
    recipient: URIRef
    title: URIRef
    member: URIRef
    organization: URIRef
    role: URIRef
    # literal attributes
    startDate: URIRef
    endDate: URIRef
    date: URIRef
    kind: URIRef
    pinyin: URIRef
    # observations
    about: URIRef
    value: URIRef
    unit: URIRef
    measure: URIRef
    period: URIRef
    qualifier: URIRef
    # provenance
    document: URIRef
    sentence: URIRef
    evidence: URIRef
    rule: URIRef
    inferred: URIRef
    confidence: URIRef
    resolvedBy: URIRef


ENTITY_CLASSES = ("Organization", "Person", "Place", "Event", "Speech", "Program",
                  "Regulation", "HonoraryTitle")
