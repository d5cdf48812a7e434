"""The overview chart (PNG, matplotlib Agg): compliance, cases per trede and per province, by status.

Portrait, 1080 x 1920 px, large fonts: readable on a phone. `overview_data` returns the numbers the
chart draws, so callers and tests can check the picture against the database.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import matplotlib

matplotlib.use("Agg")  # headless; set before anything imports pyplot

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from storage.stats import COMPLIANCE_KEYS, STATUS_KEYS, Overview, overview  # noqa: E402
from templates import datum  # noqa: E402
from templates.report_labels import CHART, COMPLIANCE, STATUS  # noqa: E402

WIDTH_PX, HEIGHT_PX, DPI = 1080, 1920, 100
STATUS_COLORS = {"awaiting": "#3b6fb6", "late": "#c0392b", "answered_incomplete": "#e69f00",
                 "answered_complete": "#2e8b57", "closed": "#9e9e9e"}
COMPLIANCE_COLORS = {"voldoet": "#2e8b57", "voldoet_gedeeltelijk": "#e69f00", "voldoet_niet": "#c0392b",
                     "onbekend": "#9e9e9e"}


@dataclass
class ChartData:
    """The numbers drawn: compliance totals, and per trede / per province the cases by status."""

    day: date
    gemeenten: int
    cases: int
    compliance: dict[str, int]
    per_status: dict[str, int]
    per_trede_status: dict[int, dict[str, int]]
    per_province_status: dict[str, dict[str, int]]


def chart_data(ov: Overview) -> ChartData:
    return ChartData(
        day=ov.day, gemeenten=ov.gemeenten, cases=ov.cases, compliance=dict(ov.compliance),
        per_status=dict(ov.per_status),
        per_trede_status={t: dict(v) for t, v in sorted(ov.per_trede_status.items())},
        per_province_status={p.province: dict(p.status) for p in ov.provinces},
    )


def overview_data(session: Session, day: date) -> ChartData:
    """The numbers `overview_png` draws for `day`."""
    return chart_data(overview(session, day))


def overview_png(session: Session, day: date) -> bytes:
    """The overview chart for `day` as PNG bytes (1080 x 1920)."""
    return render_png(overview_data(session, day))


def _stacked(ax, labels: list[str], rows: list[dict[str, int]], keys: list[str], colors: dict[str, str],
             names: dict[str, str], fontsize: float) -> None:
    ys = list(range(len(labels)))[::-1]
    left = [0] * len(labels)
    for key in keys:
        widths = [r.get(key, 0) for r in rows]
        ax.barh(ys, widths, left=left, color=colors[key], label=names[key], height=0.72)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    top = max(left) if left and max(left) > 0 else 1
    for y, total in zip(ys, left, strict=True):
        ax.text(total + top * 0.015, y, str(total), va="center", ha="left", fontsize=fontsize, fontweight="bold")
    ax.set_yticks(ys, labels, fontsize=fontsize)
    ax.set_xlim(0, top * 1.15)
    ax.tick_params(axis="x", labelsize=fontsize * 0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)


def render_png(data: ChartData) -> bytes:
    """Draw `data` (no pyplot, no global state) and return PNG bytes."""
    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    base = 20
    fig.suptitle(CHART["title"], fontsize=base * 1.35, fontweight="bold", y=0.985)
    fig.text(0.5, 0.955, CHART["subtitle"].format(datum=datum(data.day), cases=data.cases,
                                                    gemeenten=data.gemeenten),
             ha="center", fontsize=base * 0.9, color="#444444")
    grid = fig.add_gridspec(3, 1, height_ratios=[4.2, 6.5, 12], left=0.30, right=0.95, top=0.91, bottom=0.1,
                            hspace=0.32)
    ax1, ax2, ax3 = (fig.add_subplot(grid[i]) for i in range(3))

    comp_keys = list(COMPLIANCE_KEYS)
    _stacked(ax1, [COMPLIANCE[k] for k in comp_keys], [{k: data.compliance.get(k, 0)} for k in comp_keys],
             comp_keys, COMPLIANCE_COLORS, COMPLIANCE, base)
    ax1.set_title(CHART["compliance"], fontsize=base * 1.1, loc="left", fontweight="bold")

    status_keys = [k for k in STATUS_KEYS if k != "closed" or data.per_status.get("closed")]
    trede_labels = [CHART["trede"].format(n=t) for t in data.per_trede_status]
    _stacked(ax2, trede_labels, list(data.per_trede_status.values()), status_keys, STATUS_COLORS, STATUS, base)
    ax2.set_title(CHART["per_trede"], fontsize=base * 1.1, loc="left", fontweight="bold")

    _stacked(ax3, list(data.per_province_status), list(data.per_province_status.values()), status_keys,
             STATUS_COLORS, STATUS, base * 0.95)
    ax3.set_title(CHART["per_province"], fontsize=base * 1.1, loc="left", fontweight="bold")

    handles, _labels = ax3.get_legend_handles_labels()
    legend_labels = [f"{STATUS[k]} ({data.per_status.get(k, 0)})" for k in status_keys]
    fig.legend(handles, legend_labels, loc="lower center", ncol=2, fontsize=base * 0.9, frameon=False,
               bbox_to_anchor=(0.5, 0.005))
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    fig.clear()
    return buf.getvalue()
