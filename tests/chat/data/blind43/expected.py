"""Generic engine: recompute every answer from intent + filters only (status.json, due.json) and compare
with the hand-written expectations of questions43_with_expected_sets.jsonl. Must print 'differences: 0'."""
import calendar, datetime as dt, json, os, sys
from common import HERE, cases, load_status, no_reply_set, local_day, REGIONS

S = load_status()
C = cases()
NR = no_reply_set()

def interval(e):
    """expected date string -> (first day, last day) as date objects."""
    if len(e) == 10:
        d = dt.date.fromisoformat(e); return d, d
    y = int(e[:4]); rest = e[5:]
    if rest.startswith("Q"):
        q = int(rest[1]); m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1]); m1, m2 = (1, 6) if h == 1 else (7, 12)
    elif rest == "":
        m1, m2 = 1, 12
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])

def as_list(v):
    return v if isinstance(v, list) else [v]

def state_holds(st, s, c):
    return {
        "no_reply": lambda: s["gemeente"] in NR,
        "unanswered": lambda: not c["answered"],
        "answered": lambda: bool(c["answered"]),
        "late": lambda: bool(c["answered"]) and c["reply_on_time"] is False,
        "on_time": lambda: bool(c["answered"]) and c["reply_on_time"] is True,
        "incomplete": lambda: c["state"] == "answered_incomplete",
        "complete": lambda: c["state"] == "answered_complete",
        "extended": lambda: bool(c["extension_requested"]),
        "suspended": lambda: bool(c["suspended"]),
    }[st]()

def match(f, s):
    c = s["case"]
    if "province" in f and s["province"] not in as_list(f["province"]): return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]): return False
    if "not_gemeente" in f and s["gemeente"] in as_list(f["not_gemeente"]): return False
    if "trede" in f and c["trede"] != f["trede"]: return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]): return False
    if "owner" in f and c["owner"] != f["owner"]: return False
    if f.get("no_owner") and c["owner"] is not None: return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]: return False
    if "compliance" in f and c["compliance"] != f["compliance"]: return False
    if any(not state_holds(x, s, c) for x in f.get("state", [])): return False
    if any(state_holds(x, s, c) for x in f.get("not_state", [])): return False
    if any(m not in c["missing"] for m in f.get("missing", [])): return False
    if any(r not in s["reasons"] for r in as_list(f.get("reason", []))): return False
    if "expected_before" in f or "expected_after" in f:
        if not s["expected_date"]: return False
        first, last = interval(s["expected_date"])
        if "expected_before" in f and not last < dt.date.fromisoformat(f["expected_before"]): return False
        if "expected_after" in f and not first > dt.date.fromisoformat(f["expected_after"]): return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]: return False
        if "termijn_from" in f and c["termijn"] < f["termijn_from"]: return False
        if "termijn_to" in f and c["termijn"] > f["termijn_to"]: return False
    return True

def fact(f, intent):
    s = S[f["gemeente"]]; c = s["case"]
    if intent == "status":
        if not c: return {"gemeente": s["gemeente"], "case": None}
        keys = ["trede", "state", "compliance", "owner", "termijn", "answered", "reply_on_time", "overdue", "missing",
                "extension_requested", "letter_undelivered"]
        out = {"gemeente": s["gemeente"], **{k: c[k] for k in keys}}
        out.update({k: s[k] for k in ["expected_date", "realised_total", "planned_total", "reasons"]})
        return out
    k = f["fact"]
    if k == "places": return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if k == "expected": return s["expected_date"]
    if k in ("owner", "missing", "termijn", "trede", "compliance"): return c[k]
    if k == "reasons": return s["reasons"]
    if k == "wrote":
        return [{"received_at": m["received_at"], "kind": m["kind"], "subject": m["subject"]}
                for m in s["messages"] if local_day(m["received_at"]) == f["date"]]
    if k == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"], "overdue": c["overdue"]}
        d = local_day(c["reply_at"])
        return {"answered": True, "reply_date": d, "on_time": c["reply_on_time"],
                "days_after_termijn": (dt.date.fromisoformat(d) - dt.date.fromisoformat(c["termijn"])).days}
    raise KeyError(k)

def main():
    diffs = 0
    path = os.path.join(HERE, "questions43_with_expected_sets.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    for r in rows:
        f, intent = r["filters"], r["intent"]
        if intent in ("list", "count"):
            got = sorted(n for n, s in C.items() if match(f, s))
            if got != r["expected_gemeenten"] or len(got) != r["count"]:
                diffs += 1
                print(r["id"], "list differs:", sorted(set(got) ^ set(r["expected_gemeenten"])))
        elif intent in ("fact", "status"):
            got = fact(f, intent)
            if got != r["expected_fact"]:
                diffs += 1
                print(r["id"], "fact differs:", got, r["expected_fact"])
        else:
            if r["expected_gemeenten"] or r["count"] is not None or r["expected_fact"] is not None:
                diffs += 1; print(r["id"], "non-answer intent carries an answer")
    print(f"questions: {len(rows)}; differences: {diffs}")
    sys.exit(1 if diffs else 0)

if __name__ == "__main__":
    main()
