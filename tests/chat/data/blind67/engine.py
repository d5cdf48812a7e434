"""Evaluate question filters against the dumps (status.json, due.json)."""
import calendar, datetime as dt, json, os

D = dt.date.fromisoformat


def load(folder="dumps"):
    st = json.load(open(os.path.join(folder, "status.json"), encoding="utf-8"))
    due = json.load(open(os.path.join(folder, "due.json"), encoding="utf-8"))
    return st, due


def interval(v):
    """An expected date as (first day, last day)."""
    if v is None:
        return None
    y = int(v[:4])
    if len(v) == 10:
        d = D(v)
        return d, d
    if len(v) == 7 and v[5] == "Q":
        q = int(v[6])
        m1, m2 = 3 * q - 2, 3 * q
    elif len(v) == 7 and v[5] == "H":
        h = int(v[6])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(v[5:7])
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def aslist(x):
    if x is None:
        return []
    return x if isinstance(x, list) else [x]


class Register:
    def __init__(self, folder="dumps"):
        self.st, self.due = load(folder)
        self.cases = {n: d for n, d in self.st.items() if d["case"]}
        self.no_reply = {x["gemeente"] for x in self.due if x["section"] == "overdue" and x["kind"] == "no_reply"}

    def state_holds(self, name, s):
        c = self.cases[name]["case"]
        if s == "no_reply":
            return name in self.no_reply
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

    def match(self, name, f):
        d = self.cases[name]
        c = d["case"]
        if "gemeente" in f and f["gemeente"] != name:
            return False
        if "province" in f and d["province"] not in aslist(f["province"]):
            return False
        if "not_province" in f and d["province"] in aslist(f["not_province"]):
            return False
        if "not_gemeente" in f and name in aslist(f["not_gemeente"]):
            return False
        if "trede" in f and c["trede"] not in aslist(f["trede"]):
            return False
        if "not_trede" in f and c["trede"] in aslist(f["not_trede"]):
            return False
        if "owner" in f and c["owner"] != f["owner"]:
            return False
        if f.get("no_owner") and c["owner"] is not None:
            return False
        if "letter_undelivered" in f and bool(c["letter_undelivered"]) != f["letter_undelivered"]:
            return False
        if "compliance" in f and c["compliance"] not in aslist(f["compliance"]):
            return False
        for s in f.get("state", []):
            if not self.state_holds(name, s):
                return False
        for s in f.get("not_state", []):
            if self.state_holds(name, s):
                return False
        for m in f.get("missing", []):
            if m not in (c["missing"] or []):
                return False
        for r in aslist(f.get("reason")):
            if r not in (d["reasons"] or []):
                return False
        if "expected_before" in f or "expected_after" in f:
            iv = interval(d["expected_date"])
            if iv is None:
                return False
            if "expected_before" in f and not iv[1] < D(f["expected_before"]):
                return False
            if "expected_after" in f and not iv[0] > D(f["expected_after"]):
                return False
        if "termijn_from" in f or "termijn_to" in f:
            if not c["termijn"]:
                return False
            t = D(c["termijn"])
            if "termijn_from" in f and t < D(f["termijn_from"]):
                return False
            if "termijn_to" in f and t > D(f["termijn_to"]):
                return False
        return True

    def select(self, f):
        return sorted(n for n in self.cases if self.match(n, f))
