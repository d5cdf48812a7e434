#!/usr/bin/env python3
"""Independent recomputation of every expected set/count/fact of questions66_with_expected_sets.jsonl
from the dump (does not import engine.py). Prints "differences: N"."""
import json, sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

dumpdir = sys.argv[1] if len(sys.argv) > 1 else "dump"
status = json.load(open(f"{dumpdir}/status.json", encoding="utf-8"))
due = json.load(open(f"{dumpdir}/due.json", encoding="utf-8"))
cases = {s["gemeente"]: s for s in status.values() if s["case"] is not None}
overdue_noreply = set(x["gemeente"] for x in due if x["kind"] == "no_reply" and x["section"] == "overdue")


def span(e):
    y = int(e[:4]); rest = e[5:]
    if len(rest) == 5:  # MM-DD
        d = date.fromisoformat(e); return d, d
    if rest[0] == "Q":
        first = date(y, 3 * int(rest[1]) - 2, 1); nxt_month = 3 * int(rest[1]) + 1
    elif rest[0] == "H":
        first = date(y, 1 if rest[1] == "1" else 7, 1); nxt_month = 7 if rest[1] == "1" else 13
    else:
        first = date(y, int(rest), 1); nxt_month = int(rest) + 1
    nxt = date(y + 1, 1, 1) if nxt_month == 13 else date(y, nxt_month, 1)
    return first, nxt - timedelta(days=1)


def L(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]


def keep(s, f):
    c = s["case"]
    checks = []
    for key, val in f.items():
        if key in ("fact", "date"):
            continue
        if key == "gemeente": checks.append(s["gemeente"] in L(val))
        elif key == "not_gemeente": checks.append(s["gemeente"] not in L(val))
        elif key == "province": checks.append(s["province"] in L(val))
        elif key == "not_province": checks.append(s["province"] not in L(val))
        elif key == "trede": checks.append(c["trede"] in L(val))
        elif key == "not_trede": checks.append(c["trede"] not in L(val))
        elif key == "owner": checks.append(c["owner"] == val)
        elif key == "no_owner": checks.append((c["owner"] is None) == val)
        elif key == "letter_undelivered": checks.append(c["letter_undelivered"] == val)
        elif key == "compliance": checks.append(c["compliance"] == val)
        elif key in ("state", "not_state"):
            held = {
                "no_reply": s["gemeente"] in overdue_noreply,
                "unanswered": c["answered"] is False,
                "answered": c["answered"] is True,
                "late": c["answered"] is True and c["reply_on_time"] is False,
                "on_time": c["answered"] is True and c["reply_on_time"] is True,
                "incomplete": c["state"] == "answered_incomplete",
                "complete": c["state"] == "answered_complete",
                "extended": c["extension_requested"] is True,
                "suspended": c["suspended"] is True,
            }
            if key == "state": checks.append(all(held[x] for x in val))
            else: checks.append(not any(held[x] for x in val))
        elif key == "missing": checks.append(all(m in c["missing"] for m in val))
        elif key == "reason": checks.append(all(r in s["reasons"] for r in L(val)))
        elif key == "expected_before":
            checks.append(bool(s["expected_date"]) and span(s["expected_date"])[1] < date.fromisoformat(val))
        elif key == "expected_after":
            checks.append(bool(s["expected_date"]) and span(s["expected_date"])[0] > date.fromisoformat(val))
        elif key == "termijn_from":
            checks.append(bool(c["termijn"]) and c["termijn"] >= val)
        elif key == "termijn_to":
            checks.append(bool(c["termijn"]) and c["termijn"] <= val)
        else:
            raise KeyError(key)
    return all(checks)


def day_local(ts):
    return datetime.fromisoformat(ts).astimezone(ZoneInfo("Europe/Amsterdam")).date()


def the_fact(g, kind, d):
    s = cases[g]; c = s["case"]
    if kind == "places": return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if kind == "expected": return s["expected_date"]
    if kind == "owner": return c["owner"]
    if kind == "missing": return c["missing"]
    if kind == "termijn": return {"termijn": c["termijn"], "extension_requested": c["extension_requested"], "extension_requested_until": c["extension_requested_until"]}
    if kind == "reasons": return s["reasons"]
    if kind == "trede": return c["trede"]
    if kind == "compliance": return c["compliance"]
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "reply_date": None, "termijn": c["termijn"]}
        rd = day_local(c["reply_at"])
        late = (rd - date.fromisoformat(c["termijn"])).days
        return {"answered": True, "reply_date": str(rd), "on_time": c["reply_on_time"],
                "days_late": late if late > 0 else 0, "termijn": c["termijn"]}
    if kind == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in s["messages"] if str(day_local(m["received_at"])) == d]


diff = 0
rows = [json.loads(l) for l in open("questions66_with_expected_sets.jsonl", encoding="utf-8")]
ids = {r["id"] for r in rows}
for r in rows:
    f = r["filters"]
    if r["intent"] in ("list", "count"):
        want = sorted(g for g, s in cases.items() if keep(s, f))
        if want != r["expected_gemeenten"] or len(want) != r["count"]:
            diff += 1; print("DIFF", r["id"], r["count"], len(want))
    else:
        if r["expected_gemeenten"] != [] or r["count"] is not None:
            diff += 1; print("DIFF non-list has a set", r["id"])
        if r["intent"] == "facts":
            if the_fact(f["gemeente"], f["fact"], f.get("date")) != r["expected_fact"]:
                diff += 1; print("DIFF fact", r["id"])
        if r["intent"] == "status":
            c = cases[f["gemeente"]]["case"]; e = r["expected_fact"]
            if (e["trede"], e["owner"], e["state"], e["missing"]) != (c["trede"], c["owner"], c["state"], c["missing"]):
                diff += 1; print("DIFF status", r["id"])
        if r["intent"] in ("facts", "status") and f["gemeente"] not in cases:
            diff += 1; print("DIFF no case", r["id"])
    if not all(a in ids and a < r["id"] for a in r["after"]):
        diff += 1; print("DIFF after", r["id"])
print(f"{len(rows)} questions; differences: {diff}")
