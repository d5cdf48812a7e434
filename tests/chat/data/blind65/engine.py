"""Evaluate labelled filters against the dumped register (status.json + due.json), per CONV-Q.md."""
import calendar, datetime as dt, json, os

D = os.path.dirname(os.path.abspath(__file__))


def load(folder=os.path.join(D, "dump")):
    status = json.load(open(os.path.join(folder, "status.json"), encoding="utf-8"))
    due = json.load(open(os.path.join(folder, "due.json"), encoding="utf-8"))
    return status, due


STATUS, DUE = load()
BY_NAME = {s["gemeente"]: s for s in STATUS}
CASES = [s for s in STATUS if s["case"]]
NO_REPLY = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}


def d(s):
    return dt.date.fromisoformat(s)


def interval(exp):
    """expected_date string -> (first day, last day)."""
    if len(exp) == 10:
        x = d(exp)
        return x, x
    y, rest = exp[:4], exp[5:]
    y = int(y)
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def has_state(s, st):
    c = s["case"]
    if st == "no_reply":
        return s["gemeente"] in NO_REPLY
    if st == "unanswered":
        return not c["answered"]
    if st == "answered":
        return bool(c["answered"])
    if st == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if st == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if st == "incomplete":
        return c["state"] == "answered_incomplete"
    if st == "complete":
        return c["state"] == "answered_complete"
    if st == "extended":
        return bool(c["extension_requested"])
    if st == "suspended":
        return bool(c["suspended"])
    raise ValueError(st)


def aslist(v):
    return v if isinstance(v, list) else [v]


def match(s, f):
    c = s["case"]
    if c is None:
        return False
    for k, v in f.items():
        if k == "province" and s["province"] not in aslist(v):
            return False
        if k == "not_province" and s["province"] in aslist(v):
            return False
        if k == "not_gemeente" and s["gemeente"] in aslist(v):
            return False
        if k == "gemeente" and s["gemeente"] not in aslist(v):
            return False
        if k == "trede" and c["trede"] != v:
            return False
        if k == "not_trede" and c["trede"] in aslist(v):
            return False
        if k == "owner" and c["owner"] != v:
            return False
        if k == "not_owner" and c["owner"] in aslist(v):
            return False
        if k == "no_owner" and (c["owner"] is not None) == bool(v):
            return False
        if k == "letter_undelivered" and bool(c["letter_undelivered"]) != bool(v):
            return False
        if k == "compliance" and c["compliance"] not in aslist(v):
            return False
        if k == "state" and not all(has_state(s, x) for x in v):
            return False
        if k == "not_state" and any(has_state(s, x) for x in v):
            return False
        if k == "missing" and not all(x in c["missing"] for x in v):
            return False
        if k == "missing_any" and not any(x in c["missing"] for x in v):
            return False
        if k == "reason" and not all(r in s["reasons"] for r in aslist(v)):
            return False
        if k == "expected_before":
            if not s["expected_date"] or not interval(s["expected_date"])[1] < d(v):
                return False
        if k == "expected_after":
            if not s["expected_date"] or not interval(s["expected_date"])[0] > d(v):
                return False
        if k == "termijn_from":
            if not c["termijn"] or d(c["termijn"]) < d(v):
                return False
        if k == "termijn_to":
            if not c["termijn"] or d(c["termijn"]) > d(v):
                return False
    return True


KNOWN = {"province", "not_province", "not_gemeente", "gemeente", "trede", "not_trede", "owner", "not_owner",
         "no_owner", "letter_undelivered", "compliance", "state", "not_state", "missing", "missing_any", "reason",
         "expected_before", "expected_after", "termijn_from", "termijn_to"}


def select(f):
    bad = set(f) - KNOWN
    if bad:
        raise KeyError(bad)
    return sorted(s["gemeente"] for s in CASES if match(s, f))


# ---- facts ----------------------------------------------------------------
from zoneinfo import ZoneInfo

AMS = ZoneInfo("Europe/Amsterdam")


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date()


def fact(name, kind, date=None):
    s = BY_NAME[name]
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
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "reasons":
        return sorted(s["reasons"])
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "reply_date": None, "on_time": None, "days_after_termijn": None,
                    "termijn": c["termijn"], "no_reply_overdue": name in NO_REPLY}
        day = local_day(c["reply_at"])
        return {"answered": True, "reply_date": day.isoformat(), "on_time": c["reply_on_time"],
                "days_after_termijn": (day - d(c["termijn"])).days if c["termijn"] else None,
                "termijn": c["termijn"]}
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in s["messages"] if local_day(m["received_at"]).isoformat() == date]
    raise ValueError(kind)


def status_summary(name):
    s = BY_NAME[name]
    c = s["case"]
    if c is None:
        return {"gemeente": name, "case": None, "note": "geen zaak in het register"}
    return {"gemeente": name, "province": s["province"], "trede": c["trede"], "owner": c["owner"],
            "state": c["state"], "answered": c["answered"], "no_reply_overdue": name in NO_REPLY,
            "compliance": c["compliance"], "termijn": c["termijn"], "missing": c["missing"],
            "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"],
            "expected_date": s["expected_date"], "realised_total": s["realised_total"],
            "planned_total": s["planned_total"]}
