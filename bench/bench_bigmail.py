"""Benchmark: peak RSS (VmHWM) of parsing one mail with a 50 MB attachment, in a fresh process.

Floor printed beside: the same process parsing a small mail (Python, spaCy and the parsers loaded), so the
difference is what the large mail costs. Target: peak ≤ 300 MB.
Run: .venv/bin/python bench/bench_bigmail.py [--mb 50]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

import _common

TARGET_MB = 300.0
CHILD = """
import sys
from pathlib import Path
from parsers.pipeline import parse_message
raw = Path(sys.argv[1]).read_bytes()
pm = parse_message(raw)
del raw
hwm = next(int(line.split()[1]) for line in Path('/proc/self/status').read_text().splitlines()
           if line.startswith('VmHWM:'))
print(hwm, len(pm.attachments), '|'.join(a.skipped or '' for a in pm.attachments))
"""


def mail(size_mb: int) -> bytes:
    m = EmailMessage()
    m["From"] = "gemeente@goes.nl"
    m["To"] = "spreiding@minbzk.nl"
    m["Subject"] = "Reactie met grote bijlage"
    m.set_content("Geachte heer/mevrouw,\n\nZie de bijlage. Wij realiseren 40 plekken per 1 juni 2027.\n")
    m.add_attachment(os.urandom(size_mb * 2**20), maintype="application", subtype="pdf", filename="groot.pdf")
    return m.as_bytes()


def peak(path: Path) -> tuple[float, str]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=_common.ROOT, check=True,
                         capture_output=True, text=True).stdout.split(maxsplit=2)
    return int(out[0]) / 1024, out[2].strip() if len(out) > 2 else ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=50)
    args = ap.parse_args()
    print(f"machine: {_common.machine()}")
    with tempfile.TemporaryDirectory(prefix="bench-bigmail-") as tmp:
        small, big = Path(tmp) / "small.eml", Path(tmp) / "big.eml"
        small.write_bytes(mail(0))
        big.write_bytes(mail(args.mb))
        floor, _ = peak(small)
        value, note = peak(big)
    print(f"peak RSS parsing a mail with a {args.mb} MB attachment: {value:.0f} MB   floor (small mail, same process): {floor:.0f} MB   "
          f"(target ≤ {TARGET_MB:.0f} MB: {_common.verdict(value <= TARGET_MB)}); attachment: {note}")
    _common.record(f"peak RSS, parse of a {args.mb} MB attachment mail", value, "MB", TARGET_MB)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
