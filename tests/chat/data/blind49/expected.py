"""Generic engine: recompute every expected set from intent + filters alone (status.json, due.json) and
compare with questions49_with_expected_sets.jsonl. Prints "differences: N"."""
import calendar, json, sys

S = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
NR = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}
STAFF = {49501: "Margreet", 49502: "Annelies", 49503: "Jeroen", 49504: "Roos"}

def as_list(x): return x if isinstance(x, list) else [x]

def interval(x):
    if not x: return None
    y = int(x[:4])
    if len(x) == 10: return x, x
    if x[5] == "Q": m1, m2 = 3 * int(x[6]) - 2, 3 * int(x[6])
    elif x[5] == "H": m1, m2 = (1, 6) if x[6] == "1" else (7, 12)
    else: m1 = m2 = int(x[5:7])
    return f"{y}-{m1:02d}-01", f"{y}-{m2:02d}-{calendar.monthrange(y, m2)[1]:02d}"

def state_holds(st, g, c):
    return {
        "no_reply": g in NR,
        "unanswered": not c["answered"],
        "answered": bool(c["answered"]),
        "late": bool(c["answered"]) and c["reply_on_time"] is False,
        "on_time": bool(c["answered"]) and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "extended": bool(c["extension_requested"]),
        "suspended": bool(c["suspended"]),
    }[st]

def match(g, v, f):
    c = v["case"]
    if "province" in f and v["province"] not in as_list(f["province"]): return False
    if "not_province" in f and v["province"] in as_list(f["not_province"]): return False
    if "not_gemeente" in f and g in as_list(f["not_gemeente"]): return False
    if "trede" in f and c["trede"] != f["trede"]: return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]): return False
    if "owner" in f and c["owner"] != f["owner"]: return False
    if f.get("no_owner") and c["owner"] is not None: return False
    if "letter_undelivered" in f and bool(c["letter_undelivered"]) != f["letter_undelivered"]: return False
    if "compliance" in f and c["compliance"] != f["compliance"]: return False
    if any(not state_holds(s, g, c) for s in f.get("state", [])): return False
    if any(state_holds(s, g, c) for s in f.get("not_state", [])): return False
    if any(e not in (c["missing"] or []) for e in f.get("missing", [])): return False
    if "reason" in f and not all(r in v["reasons"] for r in as_list(f["reason"])): return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(v["expected_date"])
        if iv is None: return False
        if "expected_before" in f and not iv[1] < f["expected_before"]: return False
        if "expected_after" in f and not iv[0] > f["expected_after"]: return False
    if "termijn_from" in f or "termijn_to" in f:
        t = c["termijn"]
        if not t: return False
        if "termijn_from" in f and t < f["termijn_from"]: return False
        if "termijn_to" in f and t > f["termijn_to"]: return False
    return True

diffs = 0
rows = [json.loads(l) for l in open("questions49_with_expected_sets.jsonl", encoding="utf-8")]
ids = {r["id"] for r in rows}
for r in rows:
    f = r["filters"]
    if r["intent"] in ("list", "count"):
        gs = sorted(g for g, v in S.items() if match(g, v, f))
        cnt = len(gs)
    else:
        gs, cnt = [], None
        if "gemeente" in f and f["gemeente"] not in S:
            print(r["id"], "gemeente without a case:", f["gemeente"]); diffs += 1
    if "owner" in f and f["owner"] not in STAFF.values():
        print(r["id"], "unknown owner", f["owner"]); diffs += 1
    if gs != r["expected_gemeenten"] or cnt != r["count"]:
        diffs += 1
        print(r["id"], "DIFF", sorted(set(gs) ^ set(r["expected_gemeenten"])), cnt, r["count"])
    if any(a not in ids or a >= r["id"] for a in r["after"]):
        diffs += 1; print(r["id"], "bad after", r["after"])
print("differences:", diffs)
