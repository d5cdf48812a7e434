"""Filter engine for question set 58: applies a filters dict (README "### `ask --json` output",
CONV-Q.md) to status.json / due.json and returns the sorted official names."""
import calendar, datetime as dt, json

STATUS = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
BY_NAME = {s["gemeente"]: s for s in STATUS}
CASES = [s for s in STATUS if s["case"]]
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}


def as_list(v):
    return v if isinstance(v, list) else [v]


def interval(expected):
    """The expected date as (first_day, last_day)."""
    e = expected
    if len(e) == 10:
        d = dt.date.fromisoformat(e)
        return d, d
    y = int(e[:4])
    if "-Q" in e:
        q = int(e[-1]); m1, m2 = 3 * q - 2, 3 * q
    elif "-H" in e:
        h = int(e[-1]); m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(e[5:7])
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(s, st):
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


def match(s, f):
    c = s["case"]
    if c is None:
        return False
    if "gemeente" in f and s["gemeente"] not in as_list(f["gemeente"]):
        return False
    if "not_gemeente" in f and s["gemeente"] in as_list(f["not_gemeente"]):
        return False
    if "province" in f and s["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]):
        return False
    if "trede" in f and c["trede"] not in as_list(f["trede"]):
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
    for st in f.get("state", []):
        if not state_holds(s, st):
            return False
    for st in f.get("not_state", []):
        if state_holds(s, st):
            return False
    for m in f.get("missing", []):
        if m not in c["missing"]:
            return False
    if "reason" in f and not set(as_list(f["reason"])) <= set(s["reasons"]):
        return False
    if "expected_before" in f or "expected_after" in f:
        if not s["expected_date"]:
            return False
        a, b = interval(s["expected_date"])
        if "expected_before" in f and not b < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not a > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = dt.date.fromisoformat(c["termijn"])
        if "termijn_from" in f and t < dt.date.fromisoformat(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > dt.date.fromisoformat(f["termijn_to"]):
            return False
    return True


def select(f):
    return sorted(s["gemeente"] for s in CASES if match(s, f))
