"""Shared loading and fact helpers for make_questions.py and expected.py (data only; no filter logic)."""
import json, os
from datetime import date, datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = "2027-07-14"
AMS = ZoneInfo("Europe/Amsterdam")
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY_NAME = {s["gemeente"]: s for s in STATUS}
CASES = [s for s in STATUS if s["case"]]          # the universe: 229
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}


def local_day(iso):
    return datetime.fromisoformat(iso).astimezone(AMS).date().isoformat()


def fact(g, kind, on=None):
    """The value an answer about municipality g must state."""
    s = BY_NAME[g]
    c = s["case"]
    if kind == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if kind == "expected":
        return s["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return list(c["missing"])
    if kind == "termijn":
        return c["termijn"]
    if kind == "reasons":
        return list(s["reasons"])
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"], "overdue": c["overdue"]}
        rd = local_day(c["reply_at"])
        days = (date.fromisoformat(rd) - date.fromisoformat(c["termijn"])).days
        return {"answered": True, "reply_date": rd, "termijn": c["termijn"],
                "on_time": c["reply_on_time"],
                "days": abs(days), "days_label": "te laat" if days > 0 else "voor/op de termijn"}
    if kind == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"],
                 "received": datetime.fromisoformat(m["received_at"]).astimezone(AMS).isoformat()}
                for m in sorted(s["messages"], key=lambda m: m["received_at"])
                if local_day(m["received_at"]) == on]
    if kind == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "overdue": c["overdue"], "missing": list(c["missing"]),
                "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"]}
    raise KeyError(kind)
