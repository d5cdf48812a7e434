"""The self-contained HTML report: overview, overdue list, missing elements, figures per province."""
from __future__ import annotations

import base64
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from bot.reports.chart import chart_data, render_png
from bot.reports.files import write_atomic
from storage.domain import TREDE_NAMES
from storage.stats import COMPLIANCE_KEYS, STATUS_KEYS, Overview, overview
from templates import render
from templates.report_labels import COMPLIANCE, ELEMENTS, STATUS


def png_data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def render_report(ov: Overview) -> str:
    """The report page for an overview (autoescaped Jinja2; the chart is an inline data: URI)."""
    status_keys = [k for k in STATUS_KEYS if k != "closed" or ov.per_status.get("closed")]
    return render(
        "report/report.html.j2", ov=ov, chart_uri=png_data_uri(render_png(chart_data(ov))),
        status_keys=status_keys, compliance_keys=list(COMPLIANCE_KEYS), trede_names=TREDE_NAMES,
        labels={"status": STATUS, "compliance": COMPLIANCE, "elements": ELEMENTS},
    ) + "\n"


def report_html(session: Session, day: date) -> str:
    """The report for `day` from the case register."""
    return render_report(overview(session, day))


def write_report(session: Session, day: date, path: Path) -> Overview:
    """Write the report for `day` to `path` (atomically); returns the overview it shows."""
    ov = overview(session, day)
    write_atomic(path, render_report(ov).encode("utf-8"))
    return ov
