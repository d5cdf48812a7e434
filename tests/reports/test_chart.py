"""The overview chart: a valid PNG of the expected size, drawn from the database state."""
from __future__ import annotations

import io
import struct
from datetime import UTC, date, datetime

import pytest
from PIL import Image

from bot.reports.chart import HEIGHT_PX, WIDTH_PX, overview_data, overview_png
from tests.reports.factory import make_case, make_reply

pytestmark = pytest.mark.timeout(120)
DAY = date(2026, 11, 30)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_chart_is_a_phone_sized_png(db):
    with db.session() as s:
        make_case(s, "Heemskerk")
        png = overview_png(s, DAY)
    assert png_size(png) == (WIDTH_PX, HEIGHT_PX) == (1080, 1920)
    img = Image.open(io.BytesIO(png))
    img.verify()  # checksums and structure
    img = Image.open(io.BytesIO(png)).convert("RGB")
    colours = img.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 10, "the chart should not be blank"


def test_chart_numbers_follow_the_register(db):
    with db.session() as s:
        empty = overview_data(s, DAY)
    assert empty.cases == 0 and empty.compliance["onbekend"] == 342
    assert set(empty.per_province_status) == {"Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland",
                                              "Gelderland", "Utrecht", "Noord-Holland", "Zuid-Holland",
                                              "Zeeland", "Noord-Brabant", "Limburg"}
    with db.session() as s:
        make_case(s, "Heemskerk", trede=3, letter_date=date(2026, 10, 1))  # late
        make_case(s, "Beverwijk", trede=3, letter_date=date(2026, 11, 20))  # awaiting
        c = make_case(s, "Maastricht", trede=5, state="answered_incomplete", realised=(10, 0))
        make_reply(s, c, received_at=datetime(2026, 10, 10, tzinfo=UTC), missing=["timeline"])
        make_case(s, "Ede", trede=1, state="answered_complete", realised=(200, 20))
    with db.session() as s:
        data = overview_data(s, DAY)
        png = overview_png(s, DAY)
    assert data.cases == 4
    assert data.compliance == {"voldoet": 1, "voldoet_gedeeltelijk": 1, "voldoet_niet": 2, "onbekend": 338}
    assert data.per_trede_status[3] == {"awaiting": 1, "late": 1, "answered_incomplete": 0,
                                        "answered_complete": 0, "closed": 0}
    assert data.per_trede_status[5]["answered_incomplete"] == 1
    assert data.per_trede_status[1]["answered_complete"] == 1
    assert data.per_province_status["Noord-Holland"]["late"] == 1
    assert data.per_province_status["Limburg"]["answered_incomplete"] == 1
    assert data.per_status == {"awaiting": 1, "late": 1, "answered_incomplete": 1, "answered_complete": 1,
                               "closed": 0}
    assert png_size(png) == (1080, 1920)


def test_chart_leaves_no_pyplot_figures_open(db):
    import matplotlib
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    with db.session() as s:
        overview_png(s, DAY)
    assert plt.get_fignums() == before
    assert matplotlib.get_backend().lower() == "agg"
