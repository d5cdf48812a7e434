"""Shared loading + fact helpers (dates in Europe/Amsterdam)."""
import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

DAY = "2028-08-16"
SET = 41
STAFF = {41501: "Annelies", 41502: "Daan", 41503: "Floor", 41504: "Sjoerd"}
AMS = ZoneInfo("Europe/Amsterdam")


def load(folder="."):
    st = json.load(open(f"{folder}/status.json", encoding="utf-8"))
    due = json.load(open(f"{folder}/due.json", encoding="utf-8"))
    return st, due


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()
