"""Generic engine: recompute every answer from intent + filters only (no hand predicates) and compare with
questions45_with_expected_sets.jsonl. Prints "differences: 0" when both agree."""
import json, sys
from common import load, D, interval, no_reply_set, state_holds, fact_value

FILE = "questions45_with_expected_sets.jsonl"

def aslist(v):
    return v if isinstance(v, list) else [v]

def match(g, d, f, nr, on):
    c = d["case"]
    if "province" in f and d["province"] not in aslist(f["province"]): return False
    if "not_province" in f and d["province"] in aslist(f["not_province"]): return False
    if "not_gemeente" in f and g in aslist(f["not_gemeente"]): return False
    if "gemeente" in f and g not in aslist(f["gemeente"]): return False
    if "trede" in f and c["trede"] != f["trede"]: return False
    if "not_trede" in f and c["trede"] in aslist(f["not_trede"]): return False
    if "owner" in f and c["owner"] != f["owner"]: return False
    if f.get("no_owner") and c["owner"] is not None: return False
    if "letter_undelivered" in f and bool(c["letter_undelivered"]) != f["letter_undelivered"]: return False
    if "compliance" in f and c["compliance"] != f["compliance"]: return False
    for s in f.get("state", []):
        if not state_holds(s, d, nr): return False
    for s in f.get("not_state", []):
        if state_holds(s, d, nr): return False
    if not set(f.get("missing", [])) <= set(c["missing"]): return False
    if "reason" in f and not set(aslist(f["reason"])) <= set(d["reasons"]): return False
    iv = interval(d["expected_date"])
    if "expected_before" in f and (iv is None or not iv[1] < D(f["expected_before"])): return False
    if "expected_after" in f and (iv is None or not iv[0] > D(f["expected_after"])): return False
    if "termijn_from" in f and (c["termijn"] is None or D(c["termijn"]) < D(f["termijn_from"])): return False
    if "termijn_to" in f and (c["termijn"] is None or D(c["termijn"]) > D(f["termijn_to"])): return False
    return True

def main():
    st, due = load()
    nr = no_reply_set(due)
    diffs = 0
    rows = [json.loads(l) for l in open(FILE, encoding="utf-8")]
    assert len(rows) == 100 and len({r["id"] for r in rows}) == 100
    for r in rows:
        f, it = r["filters"], r["intent"]
        if it in ("list", "count"):
            gs = sorted(g for g, d in st.items() if d["case"] and match(g, d, f, nr, r["on"]))
            got = (gs, len(gs), None)
        elif it == "fact":
            got = ([], None, fact_value(st[f["gemeente"]], f["fact"], f.get("date")))
        elif it == "status":
            got = ([], None, fact_value(st[f["gemeente"]], "status"))
        elif it == "overview":
            got = ([], None, fact_value(None, "overview", st=st, due=due))
        else:
            got = ([], None, None)
        want = (r["expected_gemeenten"], r["count"], r["expected_fact"])
        if got != want:
            diffs += 1
            print("DIFF", r["id"], r["q"], "\n  engine:", got, "\n  hand:  ", want)
    print("differences:", diffs)
    return 1 if diffs else 0

if __name__ == "__main__":
    sys.exit(main())
