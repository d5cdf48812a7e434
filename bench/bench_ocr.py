"""Benchmark: OCR of one scanned PDF page through the project's path against the tesseract CLI alone.

The pages are the scanned PDFs among the corpus attachments (one page each). For each page the floor is
`tesseract IMG - -l nld` (OMP_THREAD_LIMIT=1) on the page image as the project renders it (same DPI, grey,
written to a PNG file before timing); the value is `parsers.attachments.read_attachment` on the PDF's bytes
with OCR on and no cache (text layer check, rendering, image hand-over, tesseract). Floor and value are taken
alternately, best of N each, so a load change on a shared machine hits both. Target: ratio ≤ 1.2.
Beside wall-clock time it prints CPU time (this process and its children: tesseract), which a loaded, shared
machine disturbs far less.

    .venv/bin/python bench/bench_ocr.py [CORPUS_DIR] [--rounds 3] [--pages 3]
"""
from __future__ import annotations

import argparse
import email
import email.policy
import io
import os
import resource
import subprocess
import tempfile
import time
from pathlib import Path

import _common

from parsers.attachments import DEFAULT_LIMITS, read_attachment, tesseract_path

TARGET_RATIO = 1.2


def scanned_pdfs(corpus: Path, limit: int) -> list[tuple[str, bytes]]:
    """(name, bytes) of PDF attachments in the corpus whose pages carry no text layer."""
    import pypdfium2 as pdfium

    found: list[tuple[str, bytes]] = []
    for path in sorted(corpus.glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for part in msg.walk():
            name = part.get_filename() or ""
            if not name.lower().endswith(".pdf"):
                continue
            data = part.get_payload(decode=True) or b""
            pdf = pdfium.PdfDocument(data)
            try:
                page = pdf[0]
                tp = page.get_textpage()
                empty = len((tp.get_text_range() or "").strip()) < 20
                tp.close()
                page.close()
            finally:
                pdf.close()
            if empty:
                found.append((f"{path.stem}/{name}", data))
        if len(found) >= limit:
            break
    return found


def page_png(data: bytes) -> bytes:
    """The first page as the project renders it for OCR, as a PNG file's bytes."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        image = pdf[0].render(scale=DEFAULT_LIMITS.ocr_dpi / 72).to_pil().convert("L")
    finally:
        pdf.close()
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def cpu() -> float:
    """CPU seconds of this process and its finished children (tesseract)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def floor_once(exe: str, img: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of the tesseract command alone."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    c, t = cpu(), time.perf_counter()
    subprocess.run([exe, str(img), "-", "-l", "nld"], env=env, check=True, capture_output=True)
    return time.perf_counter() - t, cpu() - c


def project_once(name: str, data: bytes) -> tuple[float, float]:
    """(wall, CPU) seconds of the project's reading of the scanned PDF."""
    c, t = cpu(), time.perf_counter()
    att = read_attachment(name.rsplit("/", 1)[-1], "application/pdf", data, ocr=True, ocr_cache=None)
    took, used = time.perf_counter() - t, cpu() - c
    if att.text_source != "ocr":
        raise SystemExit(f"{name}: not read by OCR ({att.text_source!r}, {att.skipped!r})")
    return took, used


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default="/work/shared/corpus")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pages", type=int, default=3)
    args = ap.parse_args()
    exe = tesseract_path()
    if not exe:
        print("tesseract not installed")
        return 1
    print(f"machine: {_common.machine()}")
    pages = scanned_pdfs(Path(args.corpus), args.pages)
    if not pages:
        print(f"no scanned PDF in {args.corpus}")
        return 1
    floors: list[tuple[float, float]] = []
    values: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        project_once(*pages[0])  # imports and the one-off language check, as in a running service
        for name, data in pages:
            img = Path(tmp) / "page.png"
            img.write_bytes(page_png(data))
            f_runs, v_runs = [], []
            for _ in range(args.rounds):
                f_runs.append(floor_once(exe, img))
                v_runs.append(project_once(name, data))
            f_best = (min(r[0] for r in f_runs), min(r[1] for r in f_runs))
            v_best = (min(r[0] for r in v_runs), min(r[1] for r in v_runs))
            floors.append(f_best)
            values.append(v_best)
            print(f"{name}: tesseract alone {f_best[0]:.2f} s (CPU {f_best[1]:.2f} s), project OCR path "
                  f"{v_best[0]:.2f} s (CPU {v_best[1]:.2f} s): ratio {v_best[0] / f_best[0]:.2f}, "
                  f"CPU {v_best[1] / f_best[1]:.2f}")
    floor, value = sum(f[0] for f in floors), sum(v[0] for v in values)
    floor_cpu, value_cpu = sum(f[1] for f in floors), sum(v[1] for v in values)
    ratio, ratio_cpu = value / floor, value_cpu / floor_cpu
    print(f"OCR of {len(pages)} scanned page(s), best of {args.rounds}: project {value:.2f} s vs tesseract alone "
          f"{floor:.2f} s = {ratio:.2f}× (target ≤ {TARGET_RATIO}×: {_common.verdict(ratio <= TARGET_RATIO)}); "
          f"CPU {value_cpu:.2f} s vs {floor_cpu:.2f} s = {ratio_cpu:.2f}× "
          f"({_common.verdict(ratio_cpu <= TARGET_RATIO)})")
    _common.record("OCR of a scanned page (project path / tesseract alone)", ratio, "×", TARGET_RATIO)
    _common.record("OCR of a scanned page, CPU (project path / tesseract alone)", ratio_cpu, "×", TARGET_RATIO)
    _common.record("OCR of a scanned page, project path", value / len(pages), "s", floor / len(pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
