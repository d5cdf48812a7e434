"""Shared bits of the benchmark scripts: repo on sys.path, machine description, percentiles."""
from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def machine() -> str:
    """nproc, CPU model, memory and the load average at the start (the machine may be shared)."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                          if line.startswith("MemTotal:")))
    except (OSError, StopIteration, ValueError):
        mem_kb = 0
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{os.cpu_count()} CPUs ({model}), {mem_kb / 1024 / 1024:.1f} GiB RAM, Python {platform.python_version()}, "
            f"load average {load:.2f} at start")


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of `values`."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))
    return s[k]


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


RESULTS = ROOT / "bench" / "results.json"


def record(figure: str, value: float, unit: str, floor: float | None = None, *, higher_is_better: bool = False,
           path: Path | None = None) -> dict:
    """Add one figure to bench/results.json (replacing an earlier entry of the same figure).

    `floor` is the floor or target the figure is compared with; `ratio` is value/floor for figures where lower
    is better (times, memory) and floor/value where higher is better (rates), so a ratio ≤ 1 always means "at
    or better than the floor".
    """
    import json
    from datetime import UTC, datetime

    path = path or Path(os.environ.get("SPREIDINGSBOT_BENCH_RESULTS", RESULTS))
    ratio = None
    if floor and value:
        ratio = round((floor / value) if higher_is_better else (value / floor), 3)
    entry = {"figure": figure, "value": round(float(value), 3), "unit": unit,
             "floor": None if floor is None else round(float(floor), 3), "ratio": ratio,
             "machine": machine(), "date": datetime.now(UTC).isoformat(timespec="seconds"),
             "load": list(os.getloadavg()) if hasattr(os, "getloadavg") else None}
    try:
        results = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(results, list):
            results = []
    except (OSError, ValueError):
        results = []
    results = [r for r in results if not (isinstance(r, dict) and r.get("figure") == figure)] + [entry]
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return entry
