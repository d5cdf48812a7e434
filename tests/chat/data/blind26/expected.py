"""Expected answers for questions.jsonl, computed from status.json and due.json (CONV-Q.md conventions).

    python3 expected.py            # recompute every line of questions.jsonl and report differences
    import expected; expected.select(filters)  /  expected.fact(kind, gemeente, date)
"""
import calendar, datetime as dt, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
CASES = {k: v for k, v in STATUS.items() if v.get("case")}
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
D = dt.date.fromisoformat


def as_list(x):
    return x if isinstance(x, list) else [x]


def interval(e):
    """expected_date string -> (first day, last day)."""
    y = int(e[:4])
    if len(e) == 10:
        d = D(e)
        return d, d
    r = e[5:]
    if r.startswith("Q"):
        q = int(r[1]); m1, m2 = 3 * q - 2, 3 * q
    elif r.startswith("H"):
        h = int(r[1]); m1, m2 = 6 * h - 5, 6 * h
    else:
        m1 = m2 = int(r)
    return D(f"{y}-{m1:02d}-01"), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(name, st):
    v = CASES[name]; c = v["case"]
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


def matches(name, f):
    v = CASES[name]; c = v["case"]
    if "gemeente" in f and name not in as_list(f["gemeente"]):
        return False
    if "not_gemeente" in f and name in as_list(f["not_gemeente"]):
        return False
    if "province" in f and v["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and v["province"] in as_list(f["not_province"]):
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
    if "compliance" in f and c["compliance"] not in as_list(f["compliance"]):
        return False
    if any(not state_holds(name, s) for s in f.get("state", [])):
        return False
    if any(state_holds(name, s) for s in f.get("not_state", [])):
        return False
    if any(m not in c["missing"] for m in f.get("missing", [])):
        return False
    if any(r not in v["reasons"] for r in as_list(f.get("reason", []))):
        return False
    if "expected_before" in f or "expected_after" in f:
        if not v["expected_date"]:
            return False
        first, last = interval(v["expected_date"])
        if "expected_before" in f and not last < D(f["expected_before"]):
            return False
        if "expected_after" in f and not first > D(f["expected_after"]):
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


def select(f):
    return sorted(n for n in CASES if matches(n, f))


def local_date(ts):
    """UTC ISO timestamp -> date in Europe/Amsterdam (CET/CEST, EU rules)."""
    t = dt.datetime.fromisoformat(ts).astimezone(dt.timezone.utc).replace(tzinfo=None)
    y = t.year
    last_sun = lambda m: max(d for d in range(25, 32) if dt.date(y, m, d).weekday() == 6)
    start = dt.datetime(y, 3, last_sun(3), 1); end = dt.datetime(y, 10, last_sun(10), 1)
    return (t + dt.timedelta(hours=2 if start <= t < end else 1)).date()


def fact(kind, name, date=None):
    v = STATUS[name]; c = v.get("case") or {}
    if kind == "places":
        return {"realised_total": v["realised_total"], "planned_total": v["planned_total"]}
    if kind == "expected":
        return {"expected_date": v["expected_date"]}
    if kind == "owner":
        return {"owner": c.get("owner")}
    if kind == "missing":
        return {"missing": c.get("missing"), "state": c.get("state")}
    if kind == "termijn":
        return {"termijn": c.get("termijn"), "days_left": c.get("days_left"),
                "extension_requested": c.get("extension_requested"), "letter_undelivered": c.get("letter_undelivered")}
    if kind == "reply":
        if not c.get("answered"):
            return {"answered": False, "termijn": c.get("termijn"), "overdue": c.get("overdue")}
        rd = local_date(c["reply_at"])
        return {"answered": True, "reply_date": rd.isoformat(), "on_time": c["reply_on_time"],
                "days_after_termijn": (rd - D(c["termijn"])).days}
    if kind == "reasons":
        return {"reasons": v["reasons"]}
    if kind == "trede":
        return {"trede": c.get("trede"), "trede_name": v["trede_name"]}
    if kind == "compliance":
        return {"compliance": c.get("compliance"), "realised_total": v["realised_total"], "task_total": v["task_total"]}
    if kind == "wrote":
        return {"date": date, "messages": [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                                            for m in v["messages"] if local_date(m["received_at"]).isoformat() == date]}
    if kind == "status":
        return {"trede": c.get("trede"), "owner": c.get("owner"), "state": c.get("state"),
                "compliance": c.get("compliance"), "termijn": c.get("termijn"), "answered": c.get("answered"),
                "reply_on_time": c.get("reply_on_time"), "overdue": c.get("overdue"), "missing": c.get("missing"),
                "extension_requested": c.get("extension_requested"), "letter_undelivered": c.get("letter_undelivered"),
                "expected_date": v["expected_date"]}
    raise ValueError(kind)


LIST_INTENTS = {"list", "count"}


def compute(q):
    """Fill expected_gemeenten / count / expected_fact of one question dict."""
    if q["intent"] in LIST_INTENTS:
        f = {k: v for k, v in q["filters"].items() if k not in ("fact", "date")}
        g = select(f)
        return g, len(g), None
    fk = q["filters"].get("fact") or ("status" if q["intent"] == "status" else None)
    ef = fact(fk, q["filters"]["gemeente"], q["filters"].get("date")) if fk and q["filters"].get("gemeente") else None
    return [], None, ef


if __name__ == "__main__":
    bad = 0
    for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"):
        q = json.loads(line)
        g, n, ef = compute(q)
        if g != q["expected_gemeenten"] or n != q["count"] or (ef is not None and ef != q.get("expected_fact")):
            bad += 1
            print("DIFF", q["id"], q["q"])
    print("checked; differences:", bad)
    sys.exit(1 if bad else 0)
