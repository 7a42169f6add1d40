"""govkg evaluate: precision, recall and F1 of a graph against a gold annotation, or of a whole corpus."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..evaluate import KINDS, default_ontology, evaluate_corpus, load_gold, load_graph, pool, score

ERROR_TITLES = {"missed_entities": "missed entities", "spurious_entities": "false-positive entities",
                "missed_relations": "missed relations", "spurious_relations": "false-positive relations",
                "missed_observations": "missed observations", "spurious_observations": "false-positive observations"}


def _line(label: str, r: dict[str, Any], width: int = 13) -> str:
    return (f"{label:{width}s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}"
            f"  (tp={r['tp']} fp={r['fp']} gold={r['gold']})")


def format_report(res: dict[str, Any], show_errors: bool) -> str:
    """The totals, then per class and per relation, then (on request) every miss and false positive."""
    lines = [_line(k, res[k]) for k in KINDS]
    lines.append(f"{'attributes':13s} {res['attributes']['correct']}/{res['attributes']['gold']} dates correct")
    for part, title in (("by_class", "per class"), ("by_relation", "per relation")):
        lines += ["", title] + [_line("  " + n, r, 19) for n, r in res[part].items()]
    if show_errors:
        for key, title in ERROR_TITLES.items():
            items = res["errors"][key]
            lines += ["", f"{title} ({len(items)})"] + [f"  {x}" for x in items]
    return "\n".join(lines)


def _cells(r: dict[str, Any]) -> str:
    return f"{r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f}"


def _row(doc: str, r: dict[str, Any]) -> str:
    return (f"{doc:8s} " + "  ".join(f"{_cells(r[k]):19s}" for k in KINDS)
            + f"  {r['attributes']['correct']}/{r['attributes']['gold']}")


def format_corpus(results: dict[str, dict[str, Any]], pooled: dict[str, Any]) -> str:
    """One line per document (P R F1 for each kind, dates correct/total) and the pooled line."""
    head = f"{'doc':8s} " + "  ".join(f"{k + ' P R F1':19s}" for k in KINDS) + "  dates"
    rows = [head] + [_row(doc, r) for doc, r in results.items()] + [_row("pooled", pooled)]
    rows += [""] + [_line(f"pooled {k}", pooled[k], 20) for k in KINDS]
    return "\n".join(rows)


@click.command("evaluate")
@click.argument("gold", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.argument("graph", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path),
              help="Score every X.txt that has an X.gold.json beside it in this folder, each built alone.")
@click.option("--ontology", type=click.Path(dir_okay=False, path_type=Path),
              help="Ontology file, so that subclasses count as their classes  [default: ontology/govkg.ttl]")
@click.option("--show-errors", is_flag=True, help="List every missed and false-positive item.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
def evaluate_command(gold: Path | None, graph: Path | None, corpus: Path | None, ontology: Path | None,
                     show_errors: bool, as_json: bool) -> None:
    """Score a graph (default: output/graph.ttl) against a gold annotation (tests/gold/ANNOTATION.md)."""
    if (gold is None) == (corpus is None):
        raise click.UsageError("give either GOLD.json [GRAPH] or --corpus DIR")
    ontology = ontology or default_ontology()
    onto = load_graph([ontology] if ontology else [])
    if corpus is not None:
        results = evaluate_corpus(corpus, onto)
        pooled = pool(list(results.values()))
        if as_json:
            click.echo(json.dumps({"documents": results, "pooled": pooled}, ensure_ascii=False, indent=1))
            return
        click.echo(format_corpus(results, pooled))
        if show_errors:
            for doc, res in results.items():
                click.echo(f"\n== {doc}\n" + format_report(res, True))
        return
    res = score(load_gold(gold), load_graph([graph or Path("output/graph.ttl")]) + onto)
    click.echo(json.dumps(res, ensure_ascii=False, indent=1) if as_json else format_report(res, show_errors))
