"""Benchmark: messages/s of the full parser pipeline on the labelled corpus, against a floor.

Floor = stdlib `email` parsing of the same messages + `spacy.blank("nl")` tokenisation of their text
parts: the least any parser that reads these mails with spaCy must do. spaCy is loaded once, before
timing. "Cold" rounds clear what the process remembers of text read first (sentences, clauses, splits, place
figures, attachments: `elements.read_sentence_cache_clear()`);
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
    """Forget what the parser learnt about the text it has read, so a round reads the corpus as new mail."""
    from parsers import elements

    elements.read_sentence_cache_clear()


def _timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def _best(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return min(a[0], b[0]), min(a[1], b[1])


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
    inf = (float("inf"), float("inf"))
    t_floor = t_cold = t_second = inf
    for _ in range(args.rounds):
        t_floor = _best(t_floor, _timed(floor))
        _cold_caches()
        t_cold = _best(t_cold, _timed(no_ocr_pass))  # every sentence read for the first time
        t_second = _best(t_second, _timed(no_ocr_pass))  # the same corpus again in this process
    t_full = None
    if not args.skip_ocr:
        t_full = inf
        for _ in range(args.rounds):
            _cold_caches()
            t_full = _best(t_full, _timed(full))
    load_end = os.getloadavg()[0]
    print(f"corpus: {n} messages ({args.corpus}), best of {args.rounds} rounds; cold start {cold_start:.2f} s; "
          f"load average {load_start:.2f} -> {load_end:.2f}")
    print("figure                                   wall s   ratio    CPU s   ratio  (CPU time: less noisy on a busy machine)")
    rows = [("floor (email + spacy.blank('nl'))", t_floor), ("parse without OCR, cold (goal <= 2.0x)", t_cold),
            ("parse without OCR, second pass", t_second)]
    if t_full is not None:
        rows.append(("full parse (PDF/DOCX/OCR), cold", t_full))
    for label, (wall, cpu) in rows:
        print(f"{label:40s} {wall:7.3f} {wall / t_floor[0]:6.2f}x {cpu:7.3f} {cpu / t_floor[1]:6.2f}x")
    if t_full is not None:
        _common.record(f"parse {n} corpus mails, full", n / t_full[0], "msg/s", n / t_floor[0], higher_is_better=True)
    _common.record(f"parse {n} corpus mails, without OCR", n / t_cold[0], "msg/s", n / t_floor[0],
                   higher_is_better=True)
    _common.record(f"parse {n} corpus mails, without OCR, second pass", n / t_second[0], "msg/s", n / t_floor[0],
                   higher_is_better=True)
    _common.record(f"parse {n} corpus mails, without OCR, CPU time", n / t_cold[1], "msg/s", n / t_floor[1],
                   higher_is_better=True)
    _common.record(f"parse {n} corpus mails, without OCR, second pass, CPU time", n / t_second[1], "msg/s",
                   n / t_floor[1], higher_is_better=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
