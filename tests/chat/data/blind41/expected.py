#!/usr/bin/env python3
"""expected.py: a generic engine that computes every answer from intent + filters alone (status.json, due.json,
asking day), and compares it with questions41_with_expected_sets.jsonl written by make_questions.py."""
import calendar, json, sys
from datetime import date
from common import load, local_day

st, due = load()
CASES = {g: d for g, d in st.items() if d["case"]}
OVERDUE_NR = {x["gemeente"] for x in due if x["section"] == "overdue" and x["kind"] == "no_reply"}


def as_list(v):
    return v if isinstance(v, list) else [v]


def interval(s):
    if not s:
        return None
    y = int(s[:4]); rest = s[5:]
    if len(s) == 4:
        return date(y, 1, 1), date(y, 12, 31)
    if rest.startswith("Q"):
        q = int(rest[1]); a, b = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        a, b = (1, 6) if rest[1] == "1" else (7, 12)
    elif len(rest) == 2:
        a = b = int(rest)
    else:
        x = date.fromisoformat(s); return x, x
    return date(y, a, 1), date(y, b, calendar.monthrange(y, b)[1])


def state_holds(name, g, d):
    c = d["case"]
    return {
        "no_reply": lambda: g in OVERDUE_NR,
        "unanswered": lambda: not c["answered"],
        "answered": lambda: bool(c["answered"]),
        "late": lambda: bool(c["answered"]) and c["reply_on_time"] is False,
        "on_time": lambda: bool(c["answered"]) and c["reply_on_time"] is True,
        "incomplete": lambda: c["state"] == "answered_incomplete",
        "complete": lambda: c["state"] == "answered_complete",
        "suspended": lambda: bool(c["suspended"]),
        "extended": lambda: bool(c["extension_requested"]),
    }[name]()


def match(g, d, f):
    c = d["case"]
    if "province" in f and d["province"] not in as_list(f["province"]): return False
    if "not_province" in f and d["province"] in as_list(f["not_province"]): return False
    if "gemeente" in f and g not in as_list(f["gemeente"]): return False
    if "not_gemeente" in f and g in as_list(f["not_gemeente"]): return False
    if "trede" in f and c["trede"] not in as_list(f["trede"]): return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]): return False
    if "owner" in f and c["owner"] != f["owner"]: return False
    if f.get("no_owner") and c["owner"] is not None: return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]: return False
    if "compliance" in f and c["compliance"] not in as_list(f["compliance"]): return False
    if any(not state_holds(s, g, d) for s in f.get("state", [])): return False
    if any(state_holds(s, g, d) for s in f.get("not_state", [])): return False
    if not set(f.get("missing", [])) <= set(c["missing"]): return False
    if "reason" in f and not set(as_list(f["reason"])) <= set(d["reasons"]): return False
    iv = interval(d["expected_date"])
    if "expected_before" in f and (iv is None or not iv[1] < date.fromisoformat(f["expected_before"])): return False
    if "expected_after" in f and (iv is None or not iv[0] > date.fromisoformat(f["expected_after"])): return False
    if "termijn_from" in f or "termijn_to" in f:
        t = c["termijn"]
        if t is None: return False
        if "termijn_from" in f and t < f["termijn_from"]: return False
        if "termijn_to" in f and t > f["termijn_to"]: return False
    return True


def fact(intent, f):
    if intent == "overview":
        return {"cases": len(CASES), "no_reply": len(OVERDUE_NR),
                "answered": sum(1 for d in CASES.values() if d["case"]["answered"])}
    if intent in ("help", "clarify", "unknown"):
        return None
    g = f["gemeente"]; d = st[g]; c = d["case"]
    kind = "status" if intent == "status" else f["fact"]
    if kind == "status":
        return {"trede": c["trede"], "state": c["state"], "compliance": c["compliance"], "owner": c["owner"],
                "termijn": c["termijn"], "missing": sorted(c["missing"]), "expected_date": d["expected_date"],
                "realised": d["realised_total"], "planned": d["planned_total"]}
    if kind == "places": return {"realised": d["realised_total"], "planned": d["planned_total"]}
    if kind == "expected": return d["expected_date"]
    if kind == "owner": return c["owner"]
    if kind == "missing": return sorted(c["missing"])
    if kind == "termijn": return c["termijn"]
    if kind == "reasons": return sorted(d["reasons"])
    if kind == "trede": return c["trede"]
    if kind == "compliance": return c["compliance"]
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"]} for m in d["messages"]
                if local_day(m["received_at"]) == f["date"]]
    if kind == "reply":
        if not c["answered"]:
            od = next((x["days_overdue"] for x in due if x["section"] == "overdue" and x["kind"] == "no_reply"
                       and x["gemeente"] == g), None)
            return {"answered": False, "termijn": c["termijn"], "days_overdue": od}
        rd = local_day(c["reply_at"])
        return {"answered": True, "reply_date": rd, "on_time": c["reply_on_time"],
                "days_after_termijn": (date.fromisoformat(rd) - date.fromisoformat(c["termijn"])).days}
    raise ValueError(kind)


def answer(intent, f):
    if intent in ("list", "count"):
        gem = sorted(g for g, d in CASES.items() if match(g, d, f))
        return gem, len(gem), None
    return [], None, fact(intent, f)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "questions41_with_expected_sets.jsonl"
    n = diff = 0
    for line in open(path, encoding="utf-8"):
        r = json.loads(line); n += 1
        gem, cnt, fc = answer(r["intent"], r["filters"])
        if (gem, cnt, fc) != (r["expected_gemeenten"], r["count"], r["expected_fact"]):
            diff += 1
            print(f"{r['id']}: engine {cnt} {gem} {fc} / file {r['count']} {r['expected_gemeenten']} {r['expected_fact']}")
    print(f"{n} questions; differences: {diff}")


if __name__ == "__main__":
    main()
