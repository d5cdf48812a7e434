#!/usr/bin/env python3
"""expected.py: recompute every expected set (and fact) of questions52_with_expected_sets.jsonl from
status.json / due.json and print the number of differences ("differences: 0").

The same functions are imported by make_questions.py to compute the sets in the first place.
"""
import calendar
import csv
import json
import os
import sys
from datetime import date, datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("Europe/Amsterdam")
QFILE = os.path.join(HERE, "questions52_with_expected_sets.jsonl")
STAFF = {52501: "Petra", 52502: "Niels", 52503: "Karin", 52504: "Hamza"}
OFFICIAL = {r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))}
SLOTS = {"gemeente", "province", "not_province", "not_gemeente", "not_trede", "letter_undelivered", "not_state",
         "trede", "owner", "no_owner", "state", "missing", "reason", "compliance", "expected_before",
         "expected_after", "termijn_from", "termijn_to", "fact", "date", "search"}
INTENTS = {"list", "count", "fact", "status", "help", "overview", "clarify", "unknown"}


def load():
    status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
    due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
    return status, due


def interval(value):
    """An expected date (YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY) as (first day, last day)."""
    if len(value) == 10:
        d = date.fromisoformat(value)
        return d, d
    y, rest = value[:4], value[5:]
    y = int(y)
    if not rest:
        return date(y, 1, 1), date(y, 12, 31)
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def as_list(v):
    return v if isinstance(v, list) else [v]


def state_holds(st, name, status, no_reply_set):
    c = status[st]["case"]
    if name == "no_reply":
        return st in no_reply_set
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


def select(filters, status, due):
    """The official names of the cases a list/count with these filters holds, sorted."""
    no_reply_set = {r["gemeente"] for r in due if r["section"] == "overdue" and r["kind"] == "no_reply"}
    out = []
    for name, st in status.items():
        c = st["case"]
        if not c:
            continue
        f = filters
        if "province" in f and st["province"] not in as_list(f["province"]):
            continue
        if "not_province" in f and st["province"] in as_list(f["not_province"]):
            continue
        if "not_gemeente" in f and name in as_list(f["not_gemeente"]):
            continue
        if "trede" in f and c["trede"] != f["trede"]:
            continue
        if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
            continue
        if "owner" in f and c["owner"] != f["owner"]:
            continue
        if f.get("no_owner") and c["owner"] is not None:
            continue
        if "letter_undelivered" in f and bool(c["letter_undelivered"]) != f["letter_undelivered"]:
            continue
        if "compliance" in f and c["compliance"] != f["compliance"]:
            continue
        if "state" in f and not all(state_holds(name, s, status, no_reply_set) for s in f["state"]):
            continue
        if "not_state" in f and any(state_holds(name, s, status, no_reply_set) for s in f["not_state"]):
            continue
        if "missing" in f and not all(m in c["missing"] for m in f["missing"]):
            continue
        if "reason" in f and not all(r in st["reasons"] for r in as_list(f["reason"])):
            continue
        if "expected_before" in f or "expected_after" in f:
            if not st["expected_date"]:
                continue
            first, last = interval(st["expected_date"])
            if "expected_before" in f and not last < date.fromisoformat(f["expected_before"]):
                continue
            if "expected_after" in f and not first > date.fromisoformat(f["expected_after"]):
                continue
        if "termijn_from" in f or "termijn_to" in f:
            if not c["termijn"]:
                continue
            t = date.fromisoformat(c["termijn"])
            if "termijn_from" in f and t < date.fromisoformat(f["termijn_from"]):
                continue
            if "termijn_to" in f and t > date.fromisoformat(f["termijn_to"]):
                continue
        out.append(name)
    return sorted(out)


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(TZ).date()


def fact(kind, gemeente, status, day=None):
    """The value a fact answer must state."""
    st = status.get(gemeente)
    if st is None:
        return {"case": None}
    c = st["case"]
    if kind == "places":
        return {"realised": st["realised_total"], "planned": st["planned_total"]}
    if kind == "expected":
        return st["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "termijn":
        return c["termijn"]
    if kind == "reasons":
        return st["reasons"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "reply":
        if not c["answered"] or not c["reply_at"]:
            return {"reply_date": None, "on_time": None, "days_after_termijn": None}
        rd = local_day(c["reply_at"])
        days = (rd - date.fromisoformat(c["termijn"])).days if c["termijn"] else None
        return {"reply_date": rd.isoformat(), "on_time": c["reply_on_time"], "days_after_termijn": days}
    if kind == "wrote":
        msgs = [m for m in st["messages"] if local_day(m["received_at"]).isoformat() == day]
        msgs.sort(key=lambda m: m["received_at"])
        return [{"kind": m["kind"], "subject": m["subject"],
                 "received": datetime.fromisoformat(m["received_at"]).astimezone(TZ).strftime("%Y-%m-%d %H:%M")}
                for m in msgs]
    if kind == "status":
        return {"state": c["state"], "trede": c["trede"], "owner": c["owner"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
                "missing": c["missing"], "extension_requested": c["extension_requested"],
                "letter_undelivered": c["letter_undelivered"], "expected_date": st["expected_date"],
                "realised": st["realised_total"], "planned": st["planned_total"]}
    raise ValueError(kind)


def expected_for(q, status, due):
    """(expected_gemeenten, count, expected_fact) recomputed for one question object."""
    intent, f = q["intent"], q["filters"]
    if intent in ("list", "count"):
        g = select(f, status, due)
        return g, len(g), None
    if intent == "fact":
        return [], None, fact(f["fact"], f["gemeente"], status, f.get("date"))
    if intent == "status":
        return [], None, fact("status", f["gemeente"], status)
    return [], None, q["expected_fact"]  # help / overview / clarify / unknown: stated by hand, not computed


def check_shape(q, ids_before):
    errs = []
    keys = {"id", "q", "intent", "filters", "expected_gemeenten", "count", "after", "as_staff", "on", "meaning",
            "expected_fact"}
    if set(q) != keys:
        errs.append(f"keys {sorted(set(q) ^ keys)}")
    if q["intent"] not in INTENTS:
        errs.append(f"intent {q['intent']}")
    bad = set(q["filters"]) - SLOTS
    if bad:
        errs.append(f"slots {bad}")
    for a in q["after"]:
        if a not in ids_before:
            errs.append(f"after {a} not earlier")
    if q["as_staff"] not in STAFF:
        errs.append("as_staff")
    if q["on"] != "2029-05-08":
        errs.append("on")
    for k in ("gemeente", "not_gemeente"):
        if k in q["filters"]:
            for n in as_list(q["filters"][k]):
                if n not in OFFICIAL:
                    errs.append(f"{k} {n} not official")
    if q["expected_gemeenten"] != sorted(q["expected_gemeenten"]):
        errs.append("not sorted")
    if q["intent"] in ("list", "count") and q["count"] != len(q["expected_gemeenten"]):
        errs.append("count != len")
    return errs


def main():
    status, due = load()
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    diffs = 0
    seen = set()
    for q in qs:
        errs = check_shape(q, seen)
        g, n, fv = expected_for(q, status, due)
        if g != q["expected_gemeenten"]:
            errs.append(f"set differs: {sorted(set(g) ^ set(q['expected_gemeenten']))}")
        if n != q["count"]:
            errs.append(f"count {q['count']} != {n}")
        if fv != q["expected_fact"]:
            errs.append(f"fact {q['expected_fact']!r} != {fv!r}")
        if q["id"] in seen:
            errs.append("duplicate id")
        seen.add(q["id"])
        for e in errs:
            print(f"{q['id']}: {e}")
        diffs += len(errs)
    if len(qs) != 100 or sorted(seen) != list(range(52001, 52101)):
        print(f"ids: {len(qs)} questions, expected 52001-52100")
        diffs += 1
    print(f"questions: {len(qs)}")
    print(f"differences: {diffs}")
    return 0 if diffs == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
