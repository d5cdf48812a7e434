#!/usr/bin/env python3
"""Recompute every expected set of questions.jsonl from status.json and due.json (conventions of CONV-Q.md)
and print the differences. Also checks ids, personas, follow-up references and the shape of non-list answers."""
import calendar, datetime as dt, json, sys

STATUS = "status.json"; DUE = "due.json"; QUESTIONS = "questions.jsonl"
STATES = {"no_reply", "unanswered", "answered", "late", "on_time", "incomplete", "complete", "extended", "suspended"}
LIST_INTENTS = {"list", "count"}
KEYS = {"gemeente", "province", "not_province", "not_gemeente", "not_trede", "letter_undelivered", "not_state", "trede",
        "owner", "no_owner", "state", "missing", "reason", "compliance", "expected_before", "expected_after",
        "termijn_from", "termijn_to", "fact", "date", "search"}


def load():
    status = json.load(open(STATUS, encoding="utf-8"))
    due = json.load(open(DUE, encoding="utf-8"))
    no_reply = {d["gemeente"] for d in due if d["section"] == "overdue" and d["kind"] == "no_reply"}
    return [s for s in status if s.get("case")], no_reply


def interval(v):
    """expected_date -> (first day, last day)."""
    if len(v) == 10:
        d = dt.date.fromisoformat(v); return d, d
    y = int(v[:4]); p = v[5:]
    if p.startswith("Q"):
        q = int(p[1]); m1, m2 = 3 * q - 2, 3 * q
    elif p.startswith("H"):
        h = int(p[1]); m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(p)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def as_list(v):
    return v if isinstance(v, list) else [v]


def has_state(s, st, no_reply):
    c = s["case"]
    return {
        "no_reply": s["gemeente"] in no_reply,
        "unanswered": not c["answered"],
        "answered": bool(c["answered"]),
        "late": bool(c["answered"]) and c["reply_on_time"] is False,
        "on_time": bool(c["answered"]) and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "extended": bool(c["extension_requested"]),
        "suspended": bool(c["suspended"]),
    }[st]


def match(s, f, no_reply):
    c = s["case"]
    if "gemeente" in f and s["gemeente"] not in as_list(f["gemeente"]): return False
    if "province" in f and s["province"] not in as_list(f["province"]): return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]): return False
    if "not_gemeente" in f and s["gemeente"] in as_list(f["not_gemeente"]): return False
    if "trede" in f and c["trede"] != f["trede"]: return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]): return False
    if "owner" in f and c["owner"] != f["owner"]: return False
    if f.get("no_owner") and c["owner"] is not None: return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]: return False
    if "compliance" in f and c["compliance"] != f["compliance"]: return False
    for st in f.get("state", []):
        if not has_state(s, st, no_reply): return False
    for st in f.get("not_state", []):
        if has_state(s, st, no_reply): return False
    if any(m not in (c["missing"] or []) for m in f.get("missing", [])): return False
    if "reason" in f and f["reason"] not in (s["reasons"] or []): return False
    if "expected_before" in f or "expected_after" in f:
        if not s["expected_date"]: return False
        first, last = interval(s["expected_date"])
        if "expected_before" in f and not last < dt.date.fromisoformat(f["expected_before"]): return False
        if "expected_after" in f and not first > dt.date.fromisoformat(f["expected_after"]): return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]: return False
        t = dt.date.fromisoformat(c["termijn"])
        if "termijn_from" in f and t < dt.date.fromisoformat(f["termijn_from"]): return False
        if "termijn_to" in f and t > dt.date.fromisoformat(f["termijn_to"]): return False
    return True


def expected_set(filters, cases, no_reply):
    return sorted(s["gemeente"] for s in cases if match(s, filters, no_reply))


TZ = None
def local_date(iso):
    from zoneinfo import ZoneInfo
    return dt.datetime.fromisoformat(iso).astimezone(ZoneInfo("Europe/Amsterdam")).date()


def fact_value(s, fact, date=None):
    """The value a fact / status answer must state (CONV-Q.md)."""
    c = s["case"]
    if fact == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if fact == "expected":
        return s["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"] or []
    if fact == "termijn":
        return c["termijn"]
    if fact == "reply":
        if not c["reply_at"]:
            return {"reply_date": None}
        r = local_date(c["reply_at"])
        days = (r - dt.date.fromisoformat(c["termijn"])).days if c["termijn"] else None
        return {"reply_date": r.isoformat(), "on_time": c["reply_on_time"],
                "days_after_termijn": days}
    if fact == "reasons":
        return s["reasons"] or []
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in s["messages"] if local_date(m["received_at"]).isoformat() == date]
    if fact == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
                "missing": c["missing"] or [], "expected_date": s["expected_date"]}
    raise KeyError(fact)


def main():
    cases, no_reply = load()
    qs = [json.loads(l) for l in open(QUESTIONS, encoding="utf-8")]
    diffs = 0
    ids = [q["id"] for q in qs]
    if len(qs) != 100 or len(set(ids)) != 100:
        print("ids: expected 100 unique"); diffs += 1
    seen = set()
    for q in qs:
        bad = set(q["filters"]) - KEYS
        if bad:
            print(q["id"], "unknown filter keys", bad); diffs += 1
        for st in q["filters"].get("state", []) + q["filters"].get("not_state", []):
            if st not in STATES:
                print(q["id"], "unknown state", st); diffs += 1
        for a in q.get("after") or []:
            if a not in seen:
                print(q["id"], "after refers to a later/unknown id", a); diffs += 1
        seen.add(q["id"])
        if q["intent"] in LIST_INTENTS:
            exp = expected_set(q["filters"], cases, no_reply)
            if exp != q["expected_gemeenten"] or q["count"] != len(exp):
                print(q["id"], q["q"], "\n   file:", q["count"], q["expected_gemeenten"], "\n   recomputed:", len(exp), exp)
                diffs += 1
        else:
            if q["expected_gemeenten"] != [] or q["count"] is not None:
                print(q["id"], "non-list answer must have [] and null count"); diffs += 1
            if q["intent"] in ("fact", "status") and "gemeente" not in q["filters"]:
                print(q["id"], "fact/status without filters.gemeente"); diffs += 1
            elif q["intent"] in ("fact", "status"):
                s = next(x for x in cases if x["gemeente"] == q["filters"]["gemeente"])
                fact = q["filters"].get("fact", "status")
                v = fact_value(s, fact, q["filters"].get("date"))
                if v != q.get("expected_fact"):
                    print(q["id"], q["q"], "\n   file:", q.get("expected_fact"), "\n   recomputed:", v); diffs += 1
    print("differences:", diffs)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
