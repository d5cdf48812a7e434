"""Evaluate a question's filters against a status/due dump (see CONV-Q.md)."""
import calendar, datetime as dt, json
from zoneinfo import ZoneInfo

AMS = ZoneInfo("Europe/Amsterdam")
D = dt.date.fromisoformat


def load(dumpdir):
    st = json.load(open(f"{dumpdir}/status.json", encoding="utf-8"))
    due = json.load(open(f"{dumpdir}/due.json", encoding="utf-8"))
    by = {v["gemeente"]: v for v in st.values()}
    no_reply = {d["gemeente"] for d in due if d["section"] == "overdue" and d["kind"] == "no_reply"}
    return by, no_reply


def interval(e):
    """expected_date string -> (first day, last day)"""
    y = int(e[:4])
    if len(e) == 10:
        d = D(e); return d, d
    r = e[5:]
    if r.startswith("Q"):
        q = int(r[1]); m1, m2 = 3 * q - 2, 3 * q
    elif r.startswith("H"):
        h = int(r[1]); m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(r)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def states_of(v, no_reply):
    c = v["case"]; s = set()
    if v["gemeente"] in no_reply: s.add("no_reply")
    if not c["answered"]: s.add("unanswered")
    if c["answered"]:
        s.add("answered")
        if c["reply_on_time"] is False: s.add("late")
        if c["reply_on_time"] is True: s.add("on_time")
    if c["state"] == "answered_incomplete": s.add("incomplete")
    if c["state"] == "answered_complete": s.add("complete")
    if c["extension_requested"]: s.add("extended")
    if c["suspended"]: s.add("suspended")
    return s


def aslist(x):
    return x if isinstance(x, list) else [x]


def match(v, f, no_reply):
    c = v["case"]
    if c is None: return False
    if "gemeente" in f and v["gemeente"] not in aslist(f["gemeente"]): return False
    if "not_gemeente" in f and v["gemeente"] in aslist(f["not_gemeente"]): return False
    if "province" in f and v["province"] not in aslist(f["province"]): return False
    if "not_province" in f and v["province"] in aslist(f["not_province"]): return False
    if "trede" in f and c["trede"] not in aslist(f["trede"]): return False
    if "not_trede" in f and c["trede"] in aslist(f["not_trede"]): return False
    if "owner" in f and c["owner"] != f["owner"]: return False
    if f.get("no_owner") and c["owner"] is not None: return False
    if "letter_undelivered" in f and bool(c["letter_undelivered"]) != f["letter_undelivered"]: return False
    if "compliance" in f and c["compliance"] != f["compliance"]: return False
    s = states_of(v, no_reply)
    if "state" in f and not set(f["state"]) <= s: return False
    if "not_state" in f and set(f["not_state"]) & s: return False
    if "missing" in f and not set(f["missing"]) <= set(c["missing"]): return False
    if "reason" in f and not set(aslist(f["reason"])) <= set(v["reasons"]): return False
    if "expected_before" in f or "expected_after" in f:
        if not v["expected_date"]: return False
        a, b = interval(v["expected_date"])
        if "expected_before" in f and not b < D(f["expected_before"]): return False
        if "expected_after" in f and not a > D(f["expected_after"]): return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]: return False
        t = D(c["termijn"])
        if "termijn_from" in f and t < D(f["termijn_from"]): return False
        if "termijn_to" in f and t > D(f["termijn_to"]): return False
    return True


def select(by, no_reply, f):
    return sorted(g for g, v in by.items() if match(v, f, no_reply))


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date()


def fact(by, g, kind, date=None):
    v = by[g]; c = v["case"]
    if kind == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"]}
    if kind == "expected":
        return v["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "termijn":
        return {"termijn": c["termijn"], "extension_requested": c["extension_requested"], "extension_requested_until": c["extension_requested_until"]}
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "reply_date": None, "termijn": c["termijn"]}
        rd = local_day(c["reply_at"]); t = D(c["termijn"])
        return {"answered": True, "reply_date": rd.isoformat(), "on_time": c["reply_on_time"],
                "days_late": max(0, (rd - t).days), "termijn": c["termijn"]}
    if kind == "reasons":
        return v["reasons"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in v["messages"] if local_day(m["received_at"]).isoformat() == date]
    raise ValueError(kind)


def status_summary(by, g):
    v = by[g]; c = v["case"]
    return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
            "termijn": c["termijn"], "answered": c["answered"], "missing": c["missing"],
            "overdue": c["overdue"], "extension_requested": c["extension_requested"],
            "letter_undelivered": c["letter_undelivered"], "expected_date": v["expected_date"]}
