"""Compute every expected list/count/fact from the dumps (status.json, due.json) and check questions.jsonl.
python expected.py            -> prints "differences: N" (0 when the file agrees with the dumps)
make_questions.py imports `evaluate` and `fact` from here to fill in the expected fields."""
import calendar, datetime as dt, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY_NAME = {d["gemeente"]: d for d in STATUS}
CASES = [d for d in STATUS if d["case"]]
NO_REPLY = {x["cbs_code"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}
REGIONS = {"Noord": ["Drenthe", "Friesland", "Groningen"], "Oost": ["Gelderland", "Overijssel"],
           "Zuid": ["Limburg", "Noord-Brabant", "Zeeland"]}


def d(s):
    return dt.date.fromisoformat(s)


def interval(s):
    """expected_date as (first day, last day)."""
    if s is None:
        return None
    y = int(s[:4])
    r = s[5:]
    if len(s) == 10:
        return d(s), d(s)
    if r.startswith("Q"):
        q = int(r[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif r.startswith("H"):
        h = int(r[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    elif r == "":
        m1, m2 = 1, 12
    else:
        m1 = m2 = int(r)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def as_list(v):
    return v if isinstance(v, list) else [v]


def state_holds(st, s):
    c = st["case"]
    if s == "no_reply":
        return st["cbs_code"] in NO_REPLY
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


def matches(st, f):
    c = st["case"]
    for k, v in f.items():
        if k == "province":
            if st["province"] not in as_list(v):
                return False
        elif k == "not_province":
            if st["province"] in as_list(v):
                return False
        elif k == "gemeente":
            if st["gemeente"] not in as_list(v):
                return False
        elif k == "not_gemeente":
            if st["gemeente"] in as_list(v):
                return False
        elif k == "trede":
            if c["trede"] not in as_list(v):
                return False
        elif k == "not_trede":
            if c["trede"] in as_list(v):
                return False
        elif k == "owner":
            if c["owner"] != v:
                return False
        elif k == "no_owner":
            if (c["owner"] is None) != v:
                return False
        elif k == "letter_undelivered":
            if bool(c["letter_undelivered"]) != v:
                return False
        elif k == "compliance":
            if c["compliance"] != v:
                return False
        elif k == "state":
            if not all(state_holds(st, s) for s in v):
                return False
        elif k == "not_state":
            if any(state_holds(st, s) for s in v):
                return False
        elif k == "missing":
            if not all(m in c["missing"] for m in v):
                return False
        elif k == "reason":
            if v not in (st["reasons"] or []):
                return False
        elif k == "expected_before":
            iv = interval(st["expected_date"])
            if iv is None or not iv[1] < d(v):
                return False
        elif k == "expected_after":
            iv = interval(st["expected_date"])
            if iv is None or not iv[0] > d(v):
                return False
        elif k == "termijn_from":
            if c["termijn"] is None or d(c["termijn"]) < d(v):
                return False
        elif k == "termijn_to":
            if c["termijn"] is None or d(c["termijn"]) > d(v):
                return False
        else:
            raise ValueError(k)
    return True


def evaluate(filters):
    names = sorted((st["gemeente"] for st in CASES if matches(st, filters)), key=lambda s: s)
    return names, len(names)


def reply_fact(st):
    c = st["case"]
    if not c["answered"]:
        return {"answered": False, "termijn": c["termijn"]}
    rd = c["reply_at"][:10]
    out = {"answered": True, "reply_date": rd, "on_time": c["reply_on_time"]}
    if c["termijn"]:
        diff = (d(rd) - d(c["termijn"])).days
        out["days_late" if diff > 0 else "days_before_termijn"] = abs(diff)
    return out


def fact(kind, gemeente, date=None):
    st = BY_NAME[gemeente]
    c = st["case"] or {}
    if kind == "places":
        return {"realised": st["realised_total"], "planned": st["planned_total"]}
    if kind == "expected":
        return st["expected_date"]
    if kind == "owner":
        return c.get("owner")
    if kind == "missing":
        return c.get("missing")
    if kind == "termijn":
        return c.get("termijn")
    if kind == "reply":
        return reply_fact(st)
    if kind == "reasons":
        return st["reasons"]
    if kind == "trede":
        return c.get("trede")
    if kind == "compliance":
        return c.get("compliance")
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"]} for m in st["messages"]
                if m["received_at"][:10] == date]
    if kind == "status":
        return {"trede": c.get("trede"), "owner": c.get("owner"), "state": c.get("state"),
                "compliance": c.get("compliance"), "termijn": c.get("termijn"),
                "missing": c.get("missing"), "expected_date": st["expected_date"]}
    raise ValueError(kind)


def expected_for(q):
    """(expected_gemeenten, count, expected_fact or absent) for one question record."""
    if q["intent"] in ("list", "count"):
        names, n = evaluate(q["filters"])
        return names, n, None
    kind = q["filters"].get("fact") if q["intent"] == "fact" else ("status" if q["intent"] == "status" else None)
    if kind:
        return [], None, fact(kind, q["filters"]["gemeente"], q["filters"].get("date"))
    return [], None, None


def main():
    path = os.path.join(HERE, "questions.jsonl")
    qs = [json.loads(line) for line in open(path, encoding="utf-8")]
    diffs = 0
    ids = set()
    for q in qs:
        for a in q.get("after", []):
            if a not in ids:
                print(f"{q['id']}: after {a} not earlier"); diffs += 1
        ids.add(q["id"])
        names, n, f = expected_for(q)
        if q["expected_gemeenten"] != names or q["count"] != n:
            print(f"{q['id']}: list/count differ: file {q['count']} {q['expected_gemeenten'][:5]} vs {n} {names[:5]}")
            diffs += 1
        if (f is not None or q["intent"] == "fact") and q.get("expected_fact") != f:
            print(f"{q['id']}: fact differs: {q.get('expected_fact')} vs {f}"); diffs += 1
        if q["intent"] in ("fact", "status") and q["filters"].get("gemeente") not in BY_NAME:
            print(f"{q['id']}: unknown gemeente"); diffs += 1
    if len(qs) != 100 or sorted(ids) != list(range(33001, 33101)):
        print("ids are not 33001-33100"); diffs += 1
    print(f"{len(qs)} questions; differences: {diffs}")
    return diffs


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
