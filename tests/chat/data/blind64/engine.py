"""Compute expected sets and facts from status.json / due.json (the labelling conventions of CONV-Q.md)."""
import calendar, datetime as dt, json, os
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
AMS = ZoneInfo("Europe/Amsterdam")
REGIONS = {
    "Noord": ["Drenthe", "Friesland", "Groningen"],
    "Oost": ["Gelderland", "Overijssel"],
    "Zuid": ["Limburg", "Noord-Brabant", "Zeeland"],
}


def load():
    st = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
    due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
    return st, due


ST, DUE = load()
CASES = {k: v for k, v in ST.items() if v.get("case")}
NO_REPLY = {r["gemeente"] for r in DUE if r["section"] == "overdue" and r["kind"] == "no_reply"}


def as_list(x):
    return x if isinstance(x, list) else [x]


def interval(s):
    """expected_date string -> (first day, last day)."""
    y = int(s[:4])
    if len(s) == 10:
        d = dt.date.fromisoformat(s)
        return d, d
    if "-Q" in s:
        q = int(s[-1])
        m1, m2 = 3 * q - 2, 3 * q
    elif "-H" in s:
        h = int(s[-1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(s[5:7])
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(name, s):
    v = CASES[name]; c = v["case"]
    if s == "no_reply":
        return name in NO_REPLY
    if s == "unanswered":
        return not c["answered"]
    if s == "answered":
        return bool(c["answered"])
    if s == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if s == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if s == "incomplete":
        return c["state"] == "answered_incomplete"
    if s == "complete":
        return c["state"] == "answered_complete"
    if s == "extended":
        return bool(c["extension_requested"])
    if s == "suspended":
        return bool(c["suspended"])
    raise ValueError(s)


def match(name, f):
    v = CASES[name]; c = v["case"]
    if "province" in f and v["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and v["province"] in as_list(f["not_province"]):
        return False
    if "not_gemeente" in f and name in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if any(not state_holds(name, s) for s in f.get("state", [])):
        return False
    if any(state_holds(name, s) for s in f.get("not_state", [])):
        return False
    if any(m not in c["missing"] for m in f.get("missing", [])):
        return False
    if "reason" in f and not all(r in v["reasons"] for r in as_list(f["reason"])):
        return False
    if "expected_before" in f or "expected_after" in f:
        if not v["expected_date"]:
            return False
        a, b = interval(v["expected_date"])
        if "expected_before" in f and not b < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not a > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = c["termijn"][:10]
        if "termijn_from" in f and t < f["termijn_from"]:
            return False
        if "termijn_to" in f and t > f["termijn_to"]:
            return False
    return True


def select(f):
    return sorted(n for n in CASES if match(n, f))


def local_day(ts):
    if ts is None:
        return None
    d = dt.datetime.fromisoformat(ts)
    if d.tzinfo is None:
        return ts[:10]
    return d.astimezone(AMS).date().isoformat()


def fact(name, kind, date=None):
    v = ST[name]; c = v.get("case") or {}
    if kind == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"]}
    if kind == "expected":
        return v["expected_date"]
    if kind == "owner":
        return c.get("owner")
    if kind == "missing":
        return c.get("missing")
    if kind == "termijn":
        return c.get("termijn")
    if kind == "reply":
        r = local_day(c.get("reply_at"))
        out = {"reply_at": r, "termijn": c.get("termijn"), "on_time": c.get("reply_on_time")}
        if r and c.get("termijn"):
            d = (dt.date.fromisoformat(r) - dt.date.fromisoformat(c["termijn"][:10])).days
            out["days_after_termijn"] = d  # >0: late by d days; <=0: |d| days before
        return out
    if kind == "reasons":
        return v["reasons"]
    if kind == "trede":
        return c.get("trede")
    if kind == "compliance":
        return c.get("compliance")
    if kind == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"], "received": local_day(m["received_at"])}
                for m in v["messages"] if local_day(m["received_at"]) == date]
    if kind == "status":
        return status_summary(name)
    raise ValueError(kind)


def status_summary(name):
    v = ST[name]; c = v["case"]
    return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
            "termijn": c["termijn"], "answered": c["answered"], "reply_on_time": c["reply_on_time"],
            "overdue": c["overdue"], "missing": c["missing"], "extension_requested": c["extension_requested"],
            "letter_undelivered": c["letter_undelivered"], "expected_date": v["expected_date"],
            "realised_total": v["realised_total"], "planned_total": v["planned_total"]}


def overview():
    from collections import Counter
    cs = list(CASES.values())
    return {
        "cases": len(cs),
        "trede": dict(sorted(Counter(v["case"]["trede"] for v in cs).items())),
        "state": dict(sorted(Counter(v["case"]["state"] for v in cs).items())),
        "compliance": dict(sorted(Counter(str(v["case"]["compliance"]) for v in cs).items())),
        "no_reply": len(NO_REPLY),
        "late": sum(1 for n in CASES if state_holds(n, "late")),
        "extended": sum(1 for n in CASES if state_holds(n, "extended")),
        "letter_undelivered": sum(1 for v in cs if v["case"]["letter_undelivered"]),
        "no_owner": sum(1 for v in cs if v["case"]["owner"] is None),
    }
