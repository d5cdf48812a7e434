"""Shared loading for make_questions.py and expected.py (register read from status.json / due.json)."""
import json, os
from datetime import date, datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2028-05-10"
STAFF = {38501: "Pieter", 38502: "Renske", 38503: "Stijn", 38504: "Vera"}


def load():
    S = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
    D = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
    return S, D


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(ZoneInfo("Europe/Amsterdam")).date().isoformat()
