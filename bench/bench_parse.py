"""Benchmark: messages/s of the full parser pipeline on the labelled corpus, against a floor.

Floor = stdlib `email` parsing of the same messages + `spacy.blank("nl")` tokenisation of their text
parts: the least any parser that reads these mails with spaCy must do. spaCy is loaded once, before
timing. Run: .venv/bin/python bench/bench_parse.py [CORPUS_DIR] [--rounds N]
"""
from __future__ import annotations

import argparse
import email
import email.policy
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import _common  # noqa: E402


def _floor_text(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                parts.append(part.get_content())
            except Exception:  # noqa: BLE001 - a floor must not stop on odd charsets
                parts.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(parts)


def _cold_caches() -> None:
    """Forget what the parser learnt about sentences it has read, so every round reads the corpus as new mail."""
    from parsers import elements

    elements.read_sentence_cache_clear()


def _time(fn, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        _cold_caches()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted(Path(args.corpus).glob("*.eml"))
    if not files:
        print(f"no .eml files in {args.corpus}", file=sys.stderr)
        return 2
    raws = [f.read_bytes() for f in files]
    n = len(raws)

    import spacy

    from parsers.pipeline import ParseContext, parse_message

    t0 = time.perf_counter()
    parse_message(raws[0])  # loads spaCy, the rules and the directory once
    cold = time.perf_counter() - t0
    blank = spacy.blank("nl")

    def floor() -> None:
        for raw in raws:
            list(blank.tokenizer(_floor_text(raw)))

    def full() -> None:
        for raw in raws:
            parse_message(raw)

    no_ocr = ParseContext(ocr=False)

    def full_no_ocr() -> None:
        for raw in raws:
            parse_message(raw, no_ocr)

    t_floor = _time(floor, args.rounds)
    t_full = _time(full, args.rounds)
    t_no_ocr = _time(full_no_ocr, args.rounds)
    print(f"corpus: {n} messages ({args.corpus}), best of {args.rounds} rounds; cold start {cold:.2f} s")
    print(f"floor (email + spacy.blank('nl') tokeniser): {n / t_floor:9.1f} msg/s  ({t_floor:.3f} s)")
    print(f"full parse (incl. PDF/DOCX/OCR):             {n / t_full:9.1f} msg/s  ({t_full:.3f} s)")
    print(f"full parse without OCR:                      {n / t_no_ocr:9.1f} msg/s  ({t_no_ocr:.3f} s)")
    print(f"ratio full/floor time: {t_full / t_floor:.1f}x  (without OCR: {t_no_ocr / t_floor:.1f}x)")
    _common.record(f"parse {n} corpus mails, full", n / t_full, "msg/s", n / t_floor, higher_is_better=True)
    _common.record(f"parse {n} corpus mails, without OCR", n / t_no_ocr, "msg/s", n / t_floor,
                   higher_is_better=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
