"""Compute expected_gemeenten / count for a filters dict, from status.json and due.json.

Conventions: /work/blind/CONV-Q.md. Universe: municipalities whose status has a `case`.
"""
import calendar, datetime as dt, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
CASES = {n: v for n, v in STATUS.items() if v.get("case")}
NO_REPLY = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}

D = dt.date.fromisoformat


def interval(exp):
    """An expected date string -> (first day, last day)."""
    if exp is None:
        return None
    y = int(exp[:4])
    rest = exp[5:]
    if len(exp) == 10:
        d = D(exp)
        return d, d
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(name, st):
    v = CASES[name]
    c = v["case"]
    if st == "no_reply":
        return name in NO_REPLY
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


def as_list(x):
    if x is None:
        return []
    return x if isinstance(x, list) else [x]


def matches(name, f):
    v = CASES[name]
    c = v["case"]
    if "gemeente" in f and name not in as_list(f["gemeente"]):
        return False
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
    for st in as_list(f.get("state")):
        if not state_holds(name, st):
            return False
    for st in as_list(f.get("not_state")):
        if state_holds(name, st):
            return False
    for m in as_list(f.get("missing")):
        if m not in (c["missing"] or []):
            return False
    for r in as_list(f.get("reason")):
        if r not in v["reasons"]:
            return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(v["expected_date"])
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


LIST_KEYS = {"province", "not_province", "not_gemeente", "trede", "not_trede", "owner", "no_owner",
             "letter_undelivered", "compliance", "state", "not_state", "missing", "reason",
             "expected_before", "expected_after", "termijn_from", "termijn_to"}


def expected(filters):
    unknown = set(filters) - LIST_KEYS - {"gemeente", "fact", "date", "search"}
    if unknown:
        raise ValueError(f"unknown filter keys {unknown}")
    return sorted(n for n in CASES if matches(n, filters))


if __name__ == "__main__":
    import sys
    f = json.loads(sys.argv[1])
    r = expected(f)
    print(len(r), r)
