#!/usr/bin/env python3
"""Generic engine: recompute every expected set (and fact) of questions46_with_expected_sets.jsonl
from intent + filters alone, over status.json / due.json, and print the differences."""
import json, os, sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
S = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
AMS = ZoneInfo("Europe/Amsterdam")


def as_list(x):
    return x if isinstance(x, list) else [x]


def interval(e):
    y, rest = int(e[:4]), e[5:]
    if len(e) == 10:
        d = date.fromisoformat(e)
        return d, d
    if rest[0] == "Q":
        a = 3 * int(rest[1]) - 2; b = a + 2
    elif rest[0] == "H":
        a, b = (1, 6) if rest[1] == "1" else (7, 12)
    else:
        a = b = int(rest)
    end = (date(y + 1, 1, 1) if b == 12 else date(y, b + 1, 1)) - timedelta(days=1)
    return date(y, a, 1), end


STATES = {
    "no_reply": lambda g, v: g in NO_REPLY,
    "unanswered": lambda g, v: not v["case"]["answered"],
    "answered": lambda g, v: v["case"]["answered"],
    "late": lambda g, v: v["case"]["answered"] and v["case"]["reply_on_time"] is False,
    "on_time": lambda g, v: v["case"]["answered"] and v["case"]["reply_on_time"] is True,
    "incomplete": lambda g, v: v["case"]["state"] == "answered_incomplete",
    "complete": lambda g, v: v["case"]["state"] == "answered_complete",
    "extended": lambda g, v: v["case"]["extension_requested"],
    "suspended": lambda g, v: v["case"]["suspended"],
}


def keep(g, v, f):
    c = v["case"]
    for k, val in f.items():
        if k == "province" and v["province"] not in as_list(val): return False
        if k == "not_province" and v["province"] in as_list(val): return False
        if k == "gemeente" and g not in as_list(val): return False
        if k == "not_gemeente" and g in as_list(val): return False
        if k == "trede" and c["trede"] != val: return False
        if k == "not_trede" and c["trede"] in as_list(val): return False
        if k == "owner" and c["owner"] != val: return False
        if k == "no_owner" and (c["owner"] is None) != val: return False
        if k == "letter_undelivered" and bool(c["letter_undelivered"]) != val: return False
        if k == "compliance" and c["compliance"] != val: return False
        if k == "state" and not all(STATES[s](g, v) for s in val): return False
        if k == "not_state" and any(STATES[s](g, v) for s in val): return False
        if k == "missing" and not set(val) <= set(c["missing"]): return False
        if k == "reason" and not set(as_list(val)) <= set(v["reasons"]): return False
        if k in ("expected_before", "expected_after"):
            if v["expected_date"] is None: return False
            first, last = interval(v["expected_date"])
            if k == "expected_before" and not last < date.fromisoformat(val): return False
            if k == "expected_after" and not first > date.fromisoformat(val): return False
        if k in ("termijn_from", "termijn_to"):
            if c["termijn"] is None: return False
            t = date.fromisoformat(c["termijn"])
            if k == "termijn_from" and t < date.fromisoformat(val): return False
            if k == "termijn_to" and t > date.fromisoformat(val): return False
    return True


def day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date()


def fact(f, intent):
    g = f["gemeente"]; v = S[g]; c = v["case"]
    if intent == "status":
        return {"state": c["state"], "trede": c["trede"], "owner": c["owner"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": g in NO_REPLY,
                "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"],
                "missing": sorted(c["missing"]), "expected_date": v["expected_date"],
                "realised": v["realised_total"], "planned": v["planned_total"], "reasons": sorted(v["reasons"])}
    k = f["fact"]
    if k == "places": return {"realised": v["realised_total"], "planned": v["planned_total"]}
    if k == "expected": return v["expected_date"]
    if k == "owner": return c["owner"]
    if k == "missing": return sorted(c["missing"])
    if k == "termijn": return c["termijn"]
    if k == "reasons": return sorted(v["reasons"])
    if k == "trede": return c["trede"]
    if k == "compliance": return c["compliance"]
    if k == "reply":
        if not c["answered"]:
            return {"reply_date": None, "on_time": None, "days_after_termijn": None}
        d = day(c["reply_at"])
        return {"reply_date": d.isoformat(), "on_time": c["reply_on_time"],
                "days_after_termijn": (d - date.fromisoformat(c["termijn"])).days}
    if k == "wrote":
        return [{"message_id": m["id"], "kind": m["kind"], "subject": m["subject"], "from": m["from_addr"]}
                for m in v["messages"] if day(m["received_at"]).isoformat() == f["date"]]
    raise ValueError(k)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions46_with_expected_sets.jsonl")
    diffs = 0; n = 0
    for line in open(path, encoding="utf-8"):
        r = json.loads(line); n += 1
        if r["intent"] in ("list", "count"):
            gs = sorted(g for g, v in S.items() if keep(g, v, r["filters"]))
            exp = (gs, len(gs), None)
        elif r["intent"] in ("fact", "status"):
            exp = ([], None, fact(r["filters"], r["intent"]))
        else:
            exp = ([], None, None)
        got = (r["expected_gemeenten"], r["count"], r["expected_fact"])
        if exp != got:
            diffs += 1
            print("DIFF", r["id"], r["q"], "\n  engine:", exp, "\n  file:  ", got)
    print(f"questions: {n}")
    print(f"differences: {diffs}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
