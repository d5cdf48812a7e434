#!/usr/bin/env python3
"""Compute the expected answers of set q32 from the dumps, and check questions.jsonl against them.

Sources: status.json (status NAME --json --on 2027-11-10 for all 342 municipalities, keyed by CBS code)
and due.json (due --on 2027-11-10 --json). Conventions: /work/blind/CONV-Q.md plus README.md of this folder.
Run: python3 expected.py            -> prints "differences: 0" when questions.jsonl matches.
"""
import calendar, datetime as dt, json, os, sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = "2027-11-10"
STAFF = {32501: "Marloes", 32502: "Thijs", 32503: "Naima", 32504: "Ruben"}
PERSONA = [(32001, 32025, 32501), (32026, 32050, 32502), (32051, 32075, 32503), (32076, 32100, 32504)]
INTENTS = {"count", "list", "status", "fact", "overview", "help", "clarify", "unknown"}
FACTS = {"places", "expected", "owner", "missing", "wrote", "termijn", "reply", "reasons", "trede", "compliance"}
STATES = {"no_reply", "unanswered", "answered", "late", "on_time", "incomplete", "complete", "extended"}
PROVINCES = {"Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen", "Limburg", "Noord-Brabant",
             "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland"}
TZ = ZoneInfo("Europe/Amsterdam")

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
CASES = [d for d in STATUS.values() if d["case"]]
BY_NAME = {d["gemeente"]: d for d in STATUS.values()}
NO_REPLY = {x["cbs_code"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}
assert len(CASES) == 229 and len(NO_REPLY) == 60
assert NO_REPLY == {d["cbs_code"] for d in CASES if d["case"]["overdue"]}


def d(s):
    return dt.date.fromisoformat(s)


def interval(v):
    """An expected date (YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn) as (first day, last day)."""
    y = int(v[:4])
    rest = v[5:]
    if len(v) == 10:
        x = d(v)
        return x, x
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = 6 * h - 5, 6 * h
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def as_list(v):
    return v if isinstance(v, list) else [v]


def state_holds(st, g):
    c = g["case"]
    if st == "no_reply":
        return g["cbs_code"] in NO_REPLY
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
    raise ValueError(st)


def matches(g, f):
    c = g["case"]
    if "province" in f and g["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and g["province"] in as_list(f["not_province"]):
        return False
    if "gemeente" in f and g["gemeente"] not in as_list(f["gemeente"]):
        return False
    if "not_gemeente" in f and g["gemeente"] in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if "letter_undelivered" in f and bool(c["letter_undelivered"]) != f["letter_undelivered"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if any(not state_holds(s, g) for s in f.get("state", [])):
        return False
    if any(state_holds(s, g) for s in f.get("not_state", [])):
        return False
    if any(m not in c["missing"] for m in f.get("missing", [])):
        return False
    if "reason" in f and any(r not in g["reasons"] for r in as_list(f["reason"])):
        return False
    if "expected_before" in f or "expected_after" in f:
        if not g["expected_date"]:
            return False
        first, last = interval(g["expected_date"])
        if "expected_before" in f and not last < d(f["expected_before"]):
            return False
        if "expected_after" in f and not first > d(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = d(c["termijn"])
        if "termijn_from" in f and t < d(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > d(f["termijn_to"]):
            return False
    return True


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(TZ).date()


def fact_value(f):
    g = BY_NAME[f["gemeente"]]
    c = g["case"]
    kind = f.get("fact")
    if kind == "places":
        return {"realised": g["realised_total"], "planned": g["planned_total"]}
    if kind == "expected":
        return g["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "termijn":
        return {"termijn": c["termijn"], "passed": c["termijn"] is not None and d(c["termijn"]) < d(DAY)}
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"]}
        rd = local_day(c["reply_at"])
        return {"answered": True, "reply_date": rd.isoformat(), "termijn": c["termijn"],
                "on_time": c["reply_on_time"], "days_late": (rd - d(c["termijn"])).days}
    if kind == "reasons":
        return g["reasons"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in sorted(g["messages"], key=lambda m: m["id"])
                if local_day(m["received_at"]).isoformat() == f["date"]]
    raise ValueError(kind)


def status_summary(name):
    g = BY_NAME[name]
    c = g["case"]
    return {"gemeente": name, "cbs_code": g["cbs_code"], "trede": c["trede"], "owner": c["owner"],
            "state": c["state"], "compliance": c["compliance"], "termijn": c["termijn"],
            "answered": c["answered"], "overdue": c["overdue"], "missing": c["missing"],
            "expected_date": g["expected_date"]}


def compute(q):
    """(expected_gemeenten, count, expected_fact) for one question record."""
    f = q["filters"]
    if q["intent"] in ("list", "count"):
        names = sorted(g["gemeente"] for g in CASES if matches(g, f))
        return names, len(names), None
    if q["intent"] == "fact":
        return [], None, fact_value(f)
    if q["intent"] == "status":
        return [], None, status_summary(f["gemeente"])
    return [], None, None


def check_shape(qs):
    errs = []
    ids = [q["id"] for q in qs]
    if ids != list(range(32001, 32101)):
        errs.append("ids are not 32001..32100 in order")
    for q in qs:
        i = q["id"]
        want = [s for a, b, s in PERSONA if a <= i <= b][0]
        if q["as_staff"] != want:
            errs.append(f"{i}: as_staff {q['as_staff']} != {want}")
        if q["on"] != DAY:
            errs.append(f"{i}: on {q['on']}")
        if q["intent"] not in INTENTS:
            errs.append(f"{i}: intent {q['intent']}")
        f = q["filters"]
        for a in q["after"]:
            if not (a < i and [p for p in PERSONA if p[0] <= a <= p[1]] == [p for p in PERSONA if p[0] <= i <= p[1]]):
                errs.append(f"{i}: after {a} is not an earlier question of the same persona")
        for p in as_list(f.get("province", [])) + as_list(f.get("not_province", [])):
            if p not in PROVINCES:
                errs.append(f"{i}: province {p}")
        for n in as_list(f.get("gemeente", [])) + as_list(f.get("not_gemeente", [])):
            if n not in BY_NAME or not BY_NAME[n]["case"]:
                errs.append(f"{i}: gemeente {n} unknown or without a case")
        for s in f.get("state", []) + f.get("not_state", []):
            if s not in STATES:
                errs.append(f"{i}: state {s}")
        if "owner" in f and f["owner"] not in STAFF.values():
            errs.append(f"{i}: owner {f['owner']}")
        if q["intent"] == "fact" and f.get("fact") not in FACTS:
            errs.append(f"{i}: fact {f.get('fact')}")
        if q["intent"] in ("fact", "status") and "gemeente" not in f:
            errs.append(f"{i}: {q['intent']} without gemeente")
        for k in ("province", "not_province", "not_gemeente"):
            if isinstance(f.get(k), list) and f[k] != sorted(f[k]):
                errs.append(f"{i}: {k} not sorted")
        if q["expected_gemeenten"] != sorted(q["expected_gemeenten"]):
            errs.append(f"{i}: expected_gemeenten not sorted")
    return errs


def main(path=os.path.join(HERE, "questions.jsonl")):
    qs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    errs = check_shape(qs)
    diffs = 0
    for q in qs:
        names, count, fact = compute(q)
        if q["expected_gemeenten"] != names or q["count"] != count or q.get("expected_fact") != fact:
            diffs += 1
            print(f"{q['id']}: stored {q['count']} {q['expected_gemeenten'][:5]} {q.get('expected_fact')}"
                  f" != computed {count} {names[:5]} {fact}")
    for e in errs:
        print("shape:", e)
    print(f"{len(qs)} questions; shape errors: {len(errs)}")
    print(f"differences: {diffs}")
    return 1 if diffs or errs else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
