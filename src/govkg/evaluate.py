"""Score a graph against a gold annotation (tests/gold/ANNOTATION.md): P/R/F1 per kind, class, relation.

The matching rules are those of the shared reference scorer (eval/score.py) and must give the same
numbers: names compared after normalization, classes through rdfs:subClassOf, Award and Membership
hubs flattened, observations on (entity, value) with scaled units, optional items not counted.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable

from rdflib import RDF, RDFS, Graph, Literal

from .errors import GovkgError, GraphError

CORE_TYPES = ("Organization", "Person", "Place", "Event", "Speech", "Program", "Regulation", "HonoraryTitle")
CORE_PREDICATES = {"spokeAt", "heldIn", "organizedBy", "jurisdiction", "deliveredBy", "partOf",
                   "subOrganizationOf", "memberOf", "implements", "issued", "honors", "developedBy",
                   "receivedTitle", "conferredBy", "delegateTo"}
AWARD_HINTS = {"Award", "Honor", "Honour"}
MEMBERSHIP_HINTS = {"Membership", "Post", "Position", "Role"}
TITLE_LINKS = {"title", "honoraryTitle", "awardedTitle", "honor", "award"}
LABEL_NAMES = {"label", "prefLabel", "altLabel", "name", "hiddenLabel"}
VALUE_NAMES = {"value", "quantity", "amount", "measuredValue"}
QUOTES = "“”\"'‘’《》〈〉「」『』<>()（）【】、 \u3000\t\n"
KINDS = ("entities", "relations", "observations")
Gold = dict[str, Any]


class GoldError(GovkgError):
    """A gold file that cannot be read or breaks the annotation contract."""


def local(term: object) -> str:
    """The local name of a term: the part after the last '#' or '/'."""
    return re.split(r"[#/]", str(term))[-1]


def norm(name: object) -> str:
    """A name as the scorer compares it: NFKC, without quote marks, brackets, 、 and spaces."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", str(name)) if ch not in QUOTES)


def prf(tp: int, fp: int, n_gold: int) -> dict[str, Any]:
    """Precision, recall and F1 rounded to 3 places; with nothing to find, perfect unless something was made up."""
    if n_gold == 0:
        v = 1.0 if fp == 0 else 0.0
        return {"tp": 0, "fp": fp, "gold": 0, "precision": v, "recall": v, "f1": v}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / n_gold
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "gold": n_gold, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def load_gold(path: Path) -> Gold:
    """A gold file as a dict; GoldError names the file when it is not one."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{path}: not a readable gold JSON file ({exc})") from None
    missing = [k for k in KINDS if not isinstance(gold, dict) or not isinstance(gold.get(k), list)]
    if missing:
        raise GoldError(f"{path}: a gold file needs the lists {', '.join(missing)} (see tests/gold/ANNOTATION.md)")
    return gold


def default_ontology() -> Path | None:
    """ontology/govkg.ttl of the project (beside the package, else under the current folder), if present."""
    for root in (Path(__file__).resolve().parents[2], Path.cwd()):
        if (root / "ontology" / "govkg.ttl").is_file():
            return root / "ontology" / "govkg.ttl"
    return None


def load_graph(paths: list[Path]) -> Graph:
    """One graph from RDF files, the format taken from each file's suffix."""
    g = Graph()
    for p in paths:
        s = str(p)
        fmt = "trig" if s.endswith(".trig") else "nt" if s.endswith(".nt") else \
            "json-ld" if s.endswith((".jsonld", ".json")) else "turtle"
        try:
            g.parse(s, format=fmt)
        except FileNotFoundError:
            raise GraphError(f"{p}: no such graph file (run govkg build first, or name the graph)") from None
        except Exception as exc:  # rdflib raises many parser exception types
            raise GraphError(f"{p}: cannot be parsed as {fmt} ({exc})") from None
    return g


def _ancestors(g: Graph) -> Callable[[Any], set[str]]:
    """Local names of a class and all its superclasses."""
    sup: dict[Any, set] = defaultdict(set)
    for c, d in g.subject_objects(RDFS.subClassOf):
        sup[c].add(d)
    cache: dict[Any, set[str]] = {}

    def anc(c: Any) -> set[str]:
        if c not in cache:
            seen, todo = {c}, [c]
            while todo:
                for y in sup.get(todo.pop(), ()):
                    if y not in seen:
                        seen.add(y)
                        todo.append(y)
            cache[c] = {local(x) for x in seen}
        return cache[c]
    return anc


def _class_order(c: str) -> tuple[int, str]:
    return (CORE_TYPES.index(c) if c in CORE_TYPES else len(CORE_TYPES), c)


def _expand(r: Gold) -> set[tuple[str, str, str]]:
    ss = r["s"] if isinstance(r["s"], list) else [r["s"]]
    oo = r["o"] if isinstance(r["o"], list) else [r["o"]]
    return {(s, r["p"], o) for s in ss for o in oo}


def score(gold: Gold, g: Graph) -> dict[str, Any]:
    """Score one graph (with the ontology in it) against one gold annotation."""
    anc = _ancestors(g)
    types: dict[Any, set[str]] = defaultdict(set)
    for s, c in g.subject_objects(RDF.type):
        types[s] |= anc(c)
    labels: dict[Any, set[str]] = defaultdict(set)
    for s, p, o in g:
        if isinstance(o, Literal) and local(p) in LABEL_NAMES:
            labels[s].add(norm(o))
    gold_by_id = {e["id"]: e for e in gold["entities"]}
    name2gold: dict[str, set[str]] = defaultdict(set)
    for e in gold["entities"]:
        for n in e["names"]:
            name2gold[norm(n)].add(e["id"])
    node2gold = {}
    for node, labs in labels.items():
        ids = set().union(*(name2gold.get(lab, set()) for lab in labs))
        if ids:
            node2gold[node] = ids
    name = lambda i: gold_by_id[i]["names"][0]  # noqa: E731
    kind = lambda i: gold_by_id[i]["type"]  # noqa: E731
    core = set(CORE_TYPES)

    # entities: a node matches every gold entity sharing one of its labels, whatever its class
    found, typed_ok, fp_entities = set(), set(), []
    wrong_class: dict[str, set[str]] = defaultdict(set)     # gold id -> predicted classes
    for n in (n for n, ts in types.items() if ts & core):
        ids = node2gold.get(n, set())
        if not ids:
            fp_entities.append((sorted(labels.get(n, {str(n)}))[0], sorted(types[n] & core)))
        for i in ids:
            found.add(i)
            if kind(i) in types[n]:
                typed_ok.add(i)
            else:
                wrong_class[i] |= types[n] & core
    req = {e["id"] for e in gold["entities"] if not e.get("optional")}
    ent = prf(len(req & typed_ok), len(fp_entities) + len((found - typed_ok) & req), len(req))
    ent["found_any_type"] = len(req & found)

    # relations: direct triples, plus Award-like and Membership-like hubs flattened
    hub_links: dict[Any, set[tuple[str, str]]] = defaultdict(set)
    for s, p, o in g:
        if not isinstance(o, Literal) and s not in node2gold and o in node2gold:
            hub_links[s] |= {(local(p), i) for i in node2gold[o]}
    pred_rel = set()
    for s, p, o in g:
        if local(p) not in CORE_PREDICATES or isinstance(o, Literal):
            continue
        subs = node2gold.get(s) or {i for _, i in hub_links.get(s, ()) if kind(i) == "HonoraryTitle"}
        pred_rel |= {(a, local(p), b) for a in subs for b in node2gold.get(o, set())}
    for hub, links in hub_links.items():
        hub_types = types.get(hub, set())
        if hub_types & AWARD_HINTS or any(lp in TITLE_LINKS for lp, _ in links):
            givers = {i for lp, i in links if lp == "conferredBy"}
            titles = {i for _, i in links if kind(i) == "HonoraryTitle"}
            takers = {i for _, i in links if kind(i) in ("Person", "Organization")} - givers
            pred_rel |= {(a, "receivedTitle", t) for a in takers for t in titles}
        if hub_types & MEMBERSHIP_HINTS:
            persons = {i for _, i in links if kind(i) == "Person"}
            orgs = {i for _, i in links if kind(i) == "Organization"}
            pred_rel |= {(a, "memberOf", b) for a in persons for b in orgs}
    req_rels = [_expand(r) for r in gold["relations"] if not r.get("optional")]
    all_gold = set().union(*req_rels, *(_expand(r) for r in gold["relations"] if r.get("optional")))
    fp_rels = sorted(r for r in pred_rel if r not in all_gold)
    rel = prf(sum(1 for alts in req_rels if alts & pred_rel), len(fp_rels), len(req_rels))
    loose = {(a, b) for a, _, b in pred_rel} | {(b, a) for a, _, b in pred_rel}
    rel["loose_recall"] = round(sum(1 for alts in req_rels if any((s, o) in loose for s, _, o in alts))
                                / len(req_rels), 3) if req_rels else rel["recall"]
    missed_rels = [sorted(alts)[0] for alts in req_rels if not alts & pred_rel]

    # observations: (entity, numeric value) as multisets, each gold observation matched once
    left: Counter = Counter()
    for node, ts in types.items():
        if "Observation" not in ts:
            continue
        abouts, values = set(), set()
        for p, o in g.predicate_objects(node):
            if not isinstance(o, Literal):
                abouts |= node2gold.get(o, set())
            elif local(p) in VALUE_NAMES:
                try:
                    values.add(round(float(o), 4))
                except (TypeError, ValueError):
                    pass
        left.update({(a, v) for a in abouts for v in values})
    tp_obs, missed_obs = 0, []
    for ob in gold["observations"]:
        alts = ob["about"] if isinstance(ob["about"], list) else [ob["about"]]
        unit = ob.get("unit", "")
        vs = [float(ob["value"])]
        vs += [vs[0] * 1e4] if unit.startswith("万") else []
        vs += [vs[0] * 1e8] if unit.startswith("亿") else []
        vs += [vs[0] / 100] if unit in ("%", "％") else []
        vs = [round(x, 4) for x in vs]
        hit = next(((a, x) for a in alts for x in vs if left[(a, x)] > 0), None)
        if hit is None:
            missed_obs.append(f"{name(alts[0])} {vs[0]} {unit}")
        else:
            left[hit] -= 1
            tp_obs += 1
    obs = prf(tp_obs, sum(left.values()), len(gold["observations"]))

    # attributes (dates): any node of the entity whose property starts with the gold value
    att_ok = sum(any(a["s"] in ids and any(local(p) == a["p"] and str(o).startswith(a["value"])
                                           for p, o in g.predicate_objects(node))
                     for node, ids in node2gold.items()) for a in gold.get("attributes", []))

    by_class: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])     # tp, fp, gold
    for i in req:
        by_class[kind(i)][2] += 1
        by_class[kind(i)][0] += i in typed_ok
    for _, ts in fp_entities:
        by_class[ts[0]][1] += 1
    for i in (found - typed_ok) & req:
        by_class[sorted(wrong_class[i])[0]][1] += 1
    by_rel: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for alts in req_rels:
        p = next(iter(alts))[1]
        by_rel[p][2] += 1
        by_rel[p][0] += bool(alts & pred_rel)
    for _, p, _ in fp_rels:
        by_rel[p][1] += 1
    return {
        "entities": ent, "relations": rel, "observations": obs,
        "attributes": {"correct": att_ok, "gold": len(gold.get("attributes", []))},
        "by_class": {c: prf(*by_class[c]) for c in sorted(by_class, key=_class_order)},
        "by_relation": {p: prf(*v) for p, v in sorted(by_rel.items())},
        "errors": {
            "missed_entities": sorted(f"{name(i)} ({kind(i)})" for i in req - typed_ok),
            "spurious_entities": [f"{n} {t}" for n, t in sorted(fp_entities)],
            "missed_relations": sorted(f"{name(s)} {p} {name(o)}" for s, p, o in missed_rels),
            "spurious_relations": [f"{name(a)} {p} {name(b)}" for a, p, b in fp_rels],
            "missed_observations": sorted(missed_obs),
            "spurious_observations": sorted(f"{name(a)} {v}" for (a, v), k in left.items() for _ in range(k)),
        },
    }


def validate_gold(gold: Gold, text: str) -> list[str]:
    """Problems of a gold file against its document's text: dangling ids, names not in the text, shared names."""
    problems: list[str] = []
    ids = {e["id"] for e in gold["entities"]}
    as_list = lambda v: v if isinstance(v, list) else [v]  # noqa: E731
    refs = [(f"relation {r['s']} {r['p']} {r['o']}", x) for r in gold["relations"] for k in "so" for x in as_list(r[k])]
    refs += [(f"observation {o['about']} {o['value']}", x) for o in gold["observations"] for x in as_list(o["about"])]
    refs += [(f"attribute {a['s']} {a['p']}", a["s"]) for a in gold.get("attributes", [])]
    problems += [f"{where}: no entity with id {x!r}" for where, x in refs if x not in ids]
    problems += [f"relation {r['s']} {r['p']} {r['o']}: unknown property" for r in gold["relations"]
                 if r["p"] not in CORE_PREDICATES]
    problems += [f"entity {e['id']}: unknown class {e['type']!r}" for e in gold["entities"] if e["type"] not in CORE_TYPES]
    body = norm(text)
    problems += [f"entity {e['id']}: none of its names occurs in the text" for e in gold["entities"]
                 if not e.get("optional") and not any(norm(n) in body for n in e["names"])]
    owners: dict[str, set[str]] = defaultdict(set)
    for e in gold["entities"]:
        for n in e["names"]:
            owners[norm(n)].add(e["id"])
    problems += [f"name {n!r} is shared by {', '.join(sorted(o))}" for n, o in sorted(owners.items()) if len(o) > 1]
    return problems


def corpus_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(X.txt, X.gold.json) for every document in a folder that has a gold file beside it."""
    if not Path(folder).is_dir():
        raise GoldError(f"{folder}: no such folder")
    pairs = [(t, t.with_name(t.stem + ".gold.json")) for t in sorted(Path(folder).glob("*.txt"))]
    pairs = [(t, g) for t, g in pairs if g.exists()]
    if not pairs:
        raise GoldError(f"{folder}: no X.txt with an X.gold.json beside it")
    return pairs


def score_document(text_path: Path, gold: Gold, ontology: Graph) -> dict[str, Any]:
    """Build one document alone, in memory, and score its graph (plus the ontology) against the gold."""
    from .pipeline import build
    g = Graph()
    g += build([text_path]).graph
    g += ontology
    return score(gold, g)


def evaluate_corpus(folder: Path, ontology: Graph) -> dict[str, dict[str, Any]]:
    """Score every annotated document of a folder on its own; the gold files are validated first."""
    results = {}
    for text_path, gold_path in corpus_pairs(folder):
        gold = load_gold(gold_path)
        problems = validate_gold(gold, text_path.read_text(encoding="utf-8"))
        if problems:
            raise GoldError(f"{gold_path}: {problems[0]}" + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
        results[text_path.stem] = score_document(text_path, gold, ontology)
    return results


def pool(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged scores: tp, fp and gold summed over documents; date attributes correct/total."""
    out: dict[str, Any] = {k: prf(*(sum(r[k][f] for r in results) for f in ("tp", "fp", "gold"))) for k in KINDS}
    out["attributes"] = {f: sum(r["attributes"][f] for r in results) for f in ("correct", "gold")}
    for part in ("by_class", "by_relation"):
        names = sorted({n for r in results for n in r[part]}, key=_class_order)
        out[part] = {n: prf(*(sum(r[part][n][f] for r in results if n in r[part]) for f in ("tp", "fp", "gold")))
                     for n in names}
    return out
