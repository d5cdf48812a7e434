"""Compute expected sets and facts of set 63 from status.json and due.json (dump_status.py).

Conventions: /work/blind/CONV-Q.md.
"""
import calendar
import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

AMS = ZoneInfo("Europe/Amsterdam")
REGIONS = {
    "noord": ["Drenthe", "Friesland", "Groningen"],
    "oost": ["Gelderland", "Overijssel"],
    "zuid": ["Limburg", "Noord-Brabant", "Zeeland"],
}


def load(folder="."):
    rows = json.load(open(f"{folder}/status.json", encoding="utf-8"))
    due = json.load(open(f"{folder}/due.json", encoding="utf-8"))
    return {r["gemeente"]: r for r in rows}, due


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def interval(s):
    """An expected date as (first day, last day)."""
    if s is None:
        return None
    parts = s.split("-")
    y = int(parts[0])
    if len(parts) == 3:
        d = date(y, int(parts[1]), int(parts[2]))
        return d, d
    p = parts[1]
    if p.startswith("Q"):
        q = int(p[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif p.startswith("H"):
        h = int(p[1])
        m1, m2 = 6 * h - 5, 6 * h
    else:
        m1 = m2 = int(p)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(name, st, row, no_reply):
    c = row["case"]
    if name == "no_reply":
        return st in no_reply
    if name == "unanswered":
        return not c["answered"]
    if name == "answered":
        return bool(c["answered"])
    if name == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if name == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if name == "incomplete":
        return c["state"] == "answered_incomplete"
    if name == "complete":
        return c["state"] == "answered_complete"
    if name == "extended":
        return bool(c["extension_requested"])
    if name == "suspended":
        return bool(c["suspended"])
    raise ValueError(name)


def select(rows, due, f):
    no_reply = {d["gemeente"] for d in due if d["section"] == "overdue" and d["kind"] == "no_reply"}
    out = []
    for g, r in rows.items():
        c = r["case"]
        if not c:
            continue
        if "province" in f and r["province"] not in as_list(f["province"]):
            continue
        if "not_province" in f and r["province"] in as_list(f["not_province"]):
            continue
        if "not_gemeente" in f and g in as_list(f["not_gemeente"]):
            continue
        if "trede" in f and c["trede"] not in as_list(f["trede"]):
            continue
        if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
            continue
        if "owner" in f and c["owner"] != f["owner"]:
            continue
        if f.get("no_owner") and c["owner"] is not None:
            continue
        if f.get("letter_undelivered") and not c["letter_undelivered"]:
            continue
        if "compliance" in f and c["compliance"] != f["compliance"]:
            continue
        if any(not state_holds(s, g, r, no_reply) for s in as_list(f.get("state"))):
            continue
        if any(state_holds(s, g, r, no_reply) for s in as_list(f.get("not_state"))):
            continue
        if any(m not in c["missing"] for m in as_list(f.get("missing"))):
            continue
        if "reason" in f and f["reason"] not in r["reasons"]:
            continue
        if "expected_before" in f or "expected_after" in f:
            iv = interval(r["expected_date"])
            if iv is None:
                continue
            if "expected_before" in f and not iv[1] < date.fromisoformat(f["expected_before"]):
                continue
            if "expected_after" in f and not iv[0] > date.fromisoformat(f["expected_after"]):
                continue
        if "termijn_from" in f or "termijn_to" in f:
            if not c["termijn"]:
                continue
            t = date.fromisoformat(c["termijn"])
            if "termijn_from" in f and t < date.fromisoformat(f["termijn_from"]):
                continue
            if "termijn_to" in f and t > date.fromisoformat(f["termijn_to"]):
                continue
        out.append(g)
    return sorted(out)


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date()


def fact(rows, g, kind, day=None):
    r = rows[g]
    c = r["case"]
    if kind == "places":
        return {"realised": r["realised_total"], "planned": r["planned_total"]}
    if kind == "expected":
        return r["expected_date"]
    if kind == "owner":
        return c["owner"] if c else None
    if kind == "missing":
        return c["missing"] if c else None
    if kind == "termijn":
        return c["termijn"] if c else None
    if kind == "reasons":
        return r["reasons"]
    if kind == "trede":
        return c["trede"] if c else None
    if kind == "compliance":
        return c["compliance"] if c else None
    if kind == "reply":
        if not c or not c["answered"]:
            return {"reply_date": None, "on_time": None, "days": None, "termijn": c and c["termijn"]}
        rd = local_day(c["reply_at"])
        days = (rd - date.fromisoformat(c["termijn"])).days
        return {"reply_date": rd.isoformat(), "on_time": c["reply_on_time"],
                "days_late" if days > 0 else "days_before_termijn": abs(days), "termijn": c["termijn"]}
    if kind == "wrote":
        return [{"message_id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in r["messages"] if local_day(m["received_at"]).isoformat() == day]
    if kind == "status":
        if not c:
            return {"case": None}
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
                "missing": c["missing"], "expected_date": r["expected_date"],
                "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"]}
    raise ValueError(kind)


def overview(rows, due):
    from collections import Counter
    cs = [r for r in rows.values() if r["case"]]
    no_reply = {d["gemeente"] for d in due if d["section"] == "overdue" and d["kind"] == "no_reply"}
    return {
        "cases": len(cs),
        "trede": dict(sorted(Counter(r["case"]["trede"] for r in cs).items())),
        "state": dict(Counter(r["case"]["state"] for r in cs)),
        "compliance": dict(Counter(str(r["case"]["compliance"]) for r in cs)),
        "no_reply": len(no_reply),
        "extension_requested": sum(1 for r in cs if r["case"]["extension_requested"]),
        "letter_undelivered": sum(1 for r in cs if r["case"]["letter_undelivered"]),
    }
