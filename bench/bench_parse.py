"""Benchmark: messages/s of the full parser pipeline on the labelled corpus, against a floor.

Floor = stdlib `email` parsing of the same messages + `spacy.blank("nl")` tokenisation of their text
parts: the least any parser that reads these mails with spaCy must do. spaCy is loaded once, before
timing. "Cold" rounds clear the per-process sentence caches first (`elements.read_sentence_cache_clear()`);
the "second pass" reads the same corpus again right after, in the same process.
Run: .venv/bin/python bench/bench_parse.py [CORPUS_DIR] [--rounds N] [--skip-ocr]
"""
from __future__ import annotations

import argparse
import email
import email.policy
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import _common  # noqa: E402


def _floor_texts(raw: bytes):
    """The text parts of a message, as ../shared/tools/floor.py reads them (stdlib email, default policy)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                yield part.get_content()
            except Exception:  # noqa: BLE001 - a floor must not stop on odd charsets
                yield part.get_payload(decode=True).decode("latin-1", "replace")


def _cold_caches() -> None:
    """Forget what the parser learnt about sentences it has read, so a round reads the corpus as new mail."""
    from parsers import elements

    elements.read_sentence_cache_clear()


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--skip-ocr", action="store_true", help="do not time the full parse with OCR")
    args = ap.parse_args(argv)
    files = sorted(Path(args.corpus).glob("*.eml"))
    if not files:
        print(f"no .eml files in {args.corpus}", file=sys.stderr)
        return 2
    raws = [f.read_bytes() for f in files]
    n = len(raws)
    load_start = os.getloadavg()[0]

    import spacy

    from parsers.pipeline import ParseContext, parse_message

    t0 = time.perf_counter()
    parse_message(raws[0])  # loads spaCy, the rules and the directory once
    cold_start = time.perf_counter() - t0
    blank = spacy.blank("nl")

    def floor() -> None:
        for raw in raws:
            for _doc in blank.pipe(_floor_texts(raw)):
                pass

    no_ocr = ParseContext(ocr=False)

    def no_ocr_pass() -> None:
        for raw in raws:
            parse_message(raw, no_ocr)

    def full() -> None:
        for raw in raws:
            parse_message(raw)

    # rounds interleave the floor and the parser, so that load on a shared machine hits both alike
    t_floor = t_cold = t_second = float("inf")
    for _ in range(args.rounds):
        t_floor = min(t_floor, _timed(floor))
        _cold_caches()
        t_cold = min(t_cold, _timed(no_ocr_pass))  # every sentence read for the first time
        t_second = min(t_second, _timed(no_ocr_pass))  # the same corpus again in this process
    t_full = None
    if not args.skip_ocr:
        t_full = float("inf")
        for _ in range(args.rounds):
            _cold_caches()
            t_full = min(t_full, _timed(full))
    load_end = os.getloadavg()[0]
    print(f"corpus: {n} messages ({args.corpus}), best of {args.rounds} rounds; cold start {cold_start:.2f} s; "
          f"load average {load_start:.2f} -> {load_end:.2f}")
    print(f"floor (email + spacy.blank('nl') tokeniser):  {n / t_floor:7.1f} msg/s  ({t_floor:.3f} s)")
    print(f"parse without OCR, cold:                      {n / t_cold:7.1f} msg/s  ({t_cold:.3f} s)  "
          f"{t_cold / t_floor:.2f}x the floor (goal <= 2.0x)")
    print(f"parse without OCR, second pass:               {n / t_second:7.1f} msg/s  ({t_second:.3f} s)  "
          f"{t_second / t_floor:.2f}x the floor")
    if t_full is not None:
        print(f"full parse (incl. PDF/DOCX/OCR), cold:        {n / t_full:7.1f} msg/s  ({t_full:.3f} s)  "
              f"{t_full / t_floor:.2f}x the floor")
        _common.record(f"parse {n} corpus mails, full", n / t_full, "msg/s", n / t_floor, higher_is_better=True)
    _common.record(f"parse {n} corpus mails, without OCR", n / t_cold, "msg/s", n / t_floor, higher_is_better=True)
    _common.record(f"parse {n} corpus mails, without OCR, second pass", n / t_second, "msg/s", n / t_floor,
                   higher_is_better=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
