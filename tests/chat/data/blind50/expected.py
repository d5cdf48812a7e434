#!/usr/bin/env python3
"""expected.py: recompute every expected set (and fact) of questions50_with_expected_sets.jsonl from
status.json / due.json with a second, separately written reading of the conventions in CONV-Q.md,
check the records' shape, and print the differences ("differences: 0" when all agree)."""
import calendar, csv, json, os, sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
st = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions50_with_expected_sets.jsonl"), encoding="utf-8")]
with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
PROVINCES = {r["province"] for r in rows}
OFFICIAL = {r["name"] for r in rows}

INTENTS = {"list", "count", "fact", "status", "help", "overview", "clarify", "unknown"}
KEYS = {"gemeente", "province", "not_province", "not_gemeente", "not_trede", "letter_undelivered",
        "not_state", "trede", "owner", "no_owner", "state", "missing", "reason", "compliance",
        "expected_before", "expected_after", "termijn_from", "termijn_to", "fact", "date", "search"}
STATES = {"no_reply", "unanswered", "answered", "late", "on_time", "incomplete", "complete",
          "suspended", "extended"}
ELEMENTS = {"facts", "steps", "timeline"}
REASONS = {"no_location", "local_opposition", "council_decision", "objection_procedure",
           "permit_procedure", "housing_shortage", "coa_dependency", "finance", "places_lost", "other"}
COMPLIANCE = {"voldoet", "voldoet_gedeeltelijk", "voldoet_niet"}
FACTS = {"places", "expected", "owner", "missing", "wrote", "termijn", "reply", "reasons", "trede",
         "compliance"}
STAFF = {50501: "Wendy", 50502: "Koen", 50503: "Esther", 50504: "Mustafa"}
RANGES = {50501: range(50001, 50026), 50502: range(50026, 50051), 50503: range(50051, 50076),
          50504: range(50076, 50101)}

no_reply = set()
for item in due:
    if item["section"] == "overdue" and item["kind"] == "no_reply":
        no_reply.add(item["gemeente"])
cases = [(name, obj) for name, obj in st.items() if obj["case"] is not None]


def span(v):
    parts = v.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return date(y, 1, 1), date(y, 12, 31)
    p = parts[1]
    if p.startswith("Q"):
        m1 = 3 * (int(p[1]) - 1) + 1
        m2 = m1 + 2
        return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])
    if p.startswith("H"):
        m1, m2 = (1, 6) if p == "H1" else (7, 12)
        return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])
    m = int(p)
    if len(parts) == 2:
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    d = date(y, m, int(parts[2]))
    return d, d


def has_state(s, name, c):
    if s == "no_reply":
        return name in no_reply
    if s == "unanswered":
        return c["answered"] is False
    if s == "answered":
        return c["answered"] is True
    if s == "late":
        return c["answered"] is True and c["reply_on_time"] is False
    if s == "on_time":
        return c["answered"] is True and c["reply_on_time"] is True
    if s == "incomplete":
        return c["state"] == "answered_incomplete"
    if s == "complete":
        return c["state"] == "answered_complete"
    if s == "extended":
        return bool(c["extension_requested"])
    if s == "suspended":
        return bool(c["suspended"])
    raise ValueError(s)


def L(x):
    return x if isinstance(x, list) else [x]


def expected_set(f):
    out = []
    for name, obj in cases:
        c = obj["case"]
        ok = True
        ok &= "province" not in f or obj["province"] in L(f["province"])
        ok &= "not_province" not in f or obj["province"] not in L(f["not_province"])
        ok &= "not_gemeente" not in f or name not in L(f["not_gemeente"])
        ok &= "trede" not in f or c["trede"] == f["trede"]
        ok &= "not_trede" not in f or c["trede"] not in L(f["not_trede"])
        ok &= "owner" not in f or c["owner"] == f["owner"]
        ok &= not f.get("no_owner") or c["owner"] is None
        ok &= not f.get("letter_undelivered") or c["letter_undelivered"] is True
        ok &= "compliance" not in f or c["compliance"] == f["compliance"]
        ok &= all(has_state(s, name, c) for s in f.get("state", []))
        ok &= not any(has_state(s, name, c) for s in f.get("not_state", []))
        ok &= set(f.get("missing", [])) <= set(c["missing"])
        ok &= "reason" not in f or f["reason"] in obj["reasons"]
        if "expected_before" in f or "expected_after" in f:
            if obj["expected_date"] is None:
                ok = False
            else:
                a, b = span(obj["expected_date"])
                if "expected_before" in f:
                    ok &= b < date.fromisoformat(f["expected_before"])
                if "expected_after" in f:
                    ok &= a > date.fromisoformat(f["expected_after"])
        if "termijn_from" in f or "termijn_to" in f:
            if c["termijn"] is None:
                ok = False
            else:
                t = date.fromisoformat(c["termijn"][:10])
                if "termijn_from" in f:
                    ok &= t >= date.fromisoformat(f["termijn_from"])
                if "termijn_to" in f:
                    ok &= t <= date.fromisoformat(f["termijn_to"])
        if ok:
            out.append(name)
    return sorted(out)


def nl_day(ts):
    return datetime.fromisoformat(ts).astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%Y-%m-%d")


def expected_fact(f, intent):
    obj = st[f["gemeente"]]
    c = obj["case"]
    if intent == "status":
        keys = ["state", "trede", "owner", "compliance", "termijn", "answered", "overdue", "missing",
                "extension_requested", "letter_undelivered"]
        d = {k: c[k] for k in keys}
        d["expected_date"] = obj["expected_date"]
        return d
    k = f["fact"]
    simple = {"places": {"realised": obj["realised_total"], "planned": obj["planned_total"]},
              "expected": obj["expected_date"], "owner": c["owner"], "missing": c["missing"],
              "termijn": c["termijn"], "reasons": obj["reasons"], "trede": c["trede"],
              "compliance": c["compliance"]}
    if k in simple:
        return simple[k]
    if k == "reply":
        if not c["answered"]:
            return {"answered": False, "reply_date": None, "termijn": c["termijn"],
                    "no_reply_overdue": f["gemeente"] in no_reply}
        r = nl_day(c["reply_at"])
        diff = (date.fromisoformat(r) - date.fromisoformat(c["termijn"][:10])).days
        return {"answered": True, "reply_date": r, "termijn": c["termijn"],
                "on_time": c["reply_on_time"], "days_after_termijn": diff}
    if k == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "received": m["received_at"]}
                for m in obj["messages"] if nl_day(m["received_at"]) == f["date"]]
    raise ValueError(k)


diffs = []


def diff(qid, what):
    diffs.append(f"{qid}: {what}")


seen = set()
for r in qs:
    qid = r["id"]
    need = {"id", "q", "intent", "filters", "expected_gemeenten", "count", "after", "as_staff", "on",
            "meaning", "expected_fact"}
    if set(r) != need:
        diff(qid, f"fields {sorted(set(r) ^ need)}")
    if r["intent"] not in INTENTS:
        diff(qid, f"intent {r['intent']}")
    if r["on"] != "2029-03-13":
        diff(qid, "on")
    if r["as_staff"] not in STAFF or qid not in RANGES[r["as_staff"]]:
        diff(qid, "as_staff / id range")
    for a in r["after"]:
        if a not in seen:
            diff(qid, f"after {a} is not an earlier question")
    seen.add(qid)
    f = r["filters"]
    if set(f) - KEYS:
        diff(qid, f"unknown filter keys {set(f) - KEYS}")
    for p in L(f.get("province", [])) + L(f.get("not_province", [])):
        if p not in PROVINCES:
            diff(qid, f"province {p}")
    for g in L(f.get("gemeente", [])) + L(f.get("not_gemeente", [])):
        if g not in OFFICIAL:
            diff(qid, f"gemeente {g}")
    if set(f.get("state", [])) - STATES or set(f.get("not_state", [])) - STATES:
        diff(qid, "state value")
    if f.get("state", []) != sorted(f.get("state", [])):
        diff(qid, "state list not sorted")
    if set(f.get("missing", [])) - ELEMENTS:
        diff(qid, "missing value")
    if "reason" in f and f["reason"] not in REASONS:
        diff(qid, "reason value")
    if "compliance" in f and f["compliance"] not in COMPLIANCE:
        diff(qid, "compliance value")
    if "owner" in f and f["owner"] not in STAFF.values():
        diff(qid, "owner value")
    if isinstance(f.get("province"), list) and f["province"] != sorted(f["province"]):
        diff(qid, "province list not sorted")
    if r["intent"] in ("list", "count"):
        exp = expected_set(f)
        if r["expected_gemeenten"] != exp:
            diff(qid, f"set {sorted(set(r['expected_gemeenten']) ^ set(exp))}")
        if r["count"] != len(exp):
            diff(qid, f"count {r['count']} != {len(exp)}")
        if r["expected_fact"] is not None:
            diff(qid, "expected_fact should be null for a list/count")
    else:
        if r["expected_gemeenten"] != [] or r["count"] is not None:
            diff(qid, "non-list question with a set or count")
        if r["intent"] in ("fact", "status"):
            if f.get("gemeente") not in st or st[f["gemeente"]]["case"] is None:
                diff(qid, "fact/status without a municipality with a case")
            elif r["intent"] == "fact" and f.get("fact") not in FACTS:
                diff(qid, "fact key")
            elif expected_fact(f, r["intent"]) != r["expected_fact"]:
                diff(qid, f"fact {r['expected_fact']!r} != {expected_fact(f, r['intent'])!r}")
if [r["id"] for r in qs] != list(range(50001, 50101)):
    diff("all", "ids are not 50001..50100")
for d in diffs:
    print(d)
print(f"questions: {len(qs)}")
print(f"differences: {len(diffs)}")
sys.exit(1 if diffs else 0)
