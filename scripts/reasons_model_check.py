"""Does a trained reasons classifier help the rules on mail they have not seen?

Issue 12 asks to compare a trained component with the rules on fresh batches and keep the better. This script
is that comparison for the reasons field: a bag-of-words logistic regression per reason code (unigrams and
bigrams of the sentences the parser reads, seeded, numpy only), trained on labelled folders, then scored on
other labelled folders alone and combined with the rules (a code the model is sure of is added, a rule code
the model finds very unlikely is dropped).

    .venv/bin/python scripts/reasons_model_check.py --train ../shared/corpus tests/fixtures/blind/b1 ... \
        --test /path/to/fresh/batch [--test ...]

With no --test it runs a five-fold cross-validation over the training folders, folds made of whole folders.
Prints reason F1 (the scorer's definition) for the rules, the model and the combinations.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsers import elements, pipeline  # noqa: E402

LABELS = ("no_location", "local_opposition", "council_decision", "objection_procedure", "permit_procedure",
          "housing_shortage", "coa_dependency", "finance", "places_lost", "other")
_WORD = re.compile(r"[a-zà-ÿ]+")


def read_folder(folder: Path) -> list[dict]:
    """Per labelled reply or notice: the sentences the parser reads, its reasons and the labelled ones."""
    seen: list[list] = []
    analyse = elements.analyse

    def spy(sents, ref):  # noqa: ANN001, ANN202 - the parser's own signature
        seen.append(sents)
        return analyse(sents, ref)

    rows = []
    pipeline.elements_mod.analyse = spy
    try:
        for eml in sorted(folder.glob("*.eml")):
            label = eml.with_suffix(".json")
            if not label.exists():
                continue
            gold = json.loads(label.read_text(encoding="utf-8"))
            if gold["kind"] not in ("ibt_reply", "meldplicht"):
                continue
            seen.clear()
            pm = pipeline.parse_message(eml.read_bytes())
            text = " ".join(s.text for s in (seen[0] if seen else []))
            rows.append({"folder": folder.name, "words": _features(text), "rules": set(pm.reasons or []),
                         "gold": set(gold.get("reasons") or [])})
    finally:
        pipeline.elements_mod.analyse = analyse
    return rows


def _features(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}


def _matrix(rows: list[dict], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(vocab)), np.float32)
    for r, row in enumerate(rows):
        for f in row["words"]:
            j = vocab.get(f)
            if j is not None:
                x[r, j] = 1.0
    return x / np.maximum(1.0, np.sqrt(x.sum(1, keepdims=True)))


def train(rows: list[dict], epochs: int = 1500, rate: float = 8.0, l2: float = 1e-3, min_count: int = 3
          ) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Full-batch gradient descent on the logistic loss, one output per reason code (deterministic)."""
    counts = Counter(f for row in rows for f in row["words"])
    vocab = {f: j for j, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    x = _matrix(rows, vocab)
    y = np.array([[code in row["gold"] for code in LABELS] for row in rows], np.float32)
    w = np.zeros((len(vocab), len(LABELS)), np.float32)
    b = np.zeros(len(LABELS), np.float32)
    for _ in range(epochs):
        g = (1 / (1 + np.exp(-(x @ w + b))) - y) / len(rows)
        w -= rate * (x.T @ g + l2 * w)
        b -= rate * g.sum(0)
    return vocab, w, b


def probabilities(model: tuple[dict[str, int], np.ndarray, np.ndarray], rows: list[dict]) -> np.ndarray:
    vocab, w, b = model
    return 1 / (1 + np.exp(-(_matrix(rows, vocab) @ w + b)))


def f1(pairs: list[tuple[set, set]]) -> float:
    """Micro F1 over reason codes, as ../shared/tools/score_corpus.py counts it."""
    tp = sum(len(p & g) for p, g in pairs)
    fp = sum(len(p - g) for p, g in pairs)
    fn = sum(len(g - p) for p, g in pairs)
    if not tp:
        return 0.0
    prec, rec = tp / (tp + fp), tp / (tp + fn)
    return round(2 * prec * rec / (prec + rec), 4)


def report(rows: list[dict], probs: np.ndarray, title: str) -> None:
    gold = [row["gold"] for row in rows]
    print(f"{title}: {len(rows)} replies and notices")
    print(f"  rules                         {f1(list(zip([r['rules'] for r in rows], gold, strict=False)))}")
    for t in (0.3, 0.5):
        model = [{c for c, p in zip(LABELS, ps, strict=False) if p > t} for ps in probs]
        print(f"  model alone, p > {t}          {f1(list(zip(model, gold, strict=False)))}")
    for hi, lo in ((0.6, 0.0), (0.8, 0.0), (1.1, 0.05), (0.6, 0.05), (0.8, 0.05), (0.9, 0.02)):
        comb = [(row["rules"] | {c for c, p in zip(LABELS, ps, strict=False) if p > hi}) - {c for c, p in zip(LABELS, ps, strict=False) if p < lo}
                for row, ps in zip(rows, probs, strict=False)]
        print(f"  rules + model > {hi:.1f} - model < {lo:.2f}  {f1(list(zip(comb, gold, strict=False)))}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", nargs="+", type=Path, required=True)
    ap.add_argument("--test", nargs="*", type=Path, default=[])
    args = ap.parse_args()
    rows = [row for folder in args.train for row in read_folder(folder)]
    if args.test:
        model = train(rows)
        for folder in args.test:
            test = read_folder(folder)
            report(test, probabilities(model, test), folder.name)
        return 0
    names = sorted({row["folder"] for row in rows})
    random.Random(1).shuffle(names)
    probs = np.zeros((len(rows), len(LABELS)), np.float32)
    for k in range(5):
        held = set(names[k::5])
        model = train([row for row in rows if row["folder"] not in held])
        idx = [i for i, row in enumerate(rows) if row["folder"] in held]
        probs[idx] = probabilities(model, [rows[i] for i in idx])
    report(rows, probs, "five-fold cross-validation by folder")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
