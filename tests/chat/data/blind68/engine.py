"""Filter engine for q68: evaluates a question's filters over the status/due dumps (CONV-Q.md rules)."""
import calendar, datetime as dt, json
from zoneinfo import ZoneInfo

AMS = ZoneInfo("Europe/Amsterdam")
REGIONS = {"noord": ["Drenthe", "Friesland", "Groningen"], "oost": ["Gelderland", "Overijssel"],
           "zuid": ["Limburg", "Noord-Brabant", "Zeeland"]}


def load(dump="dump"):
    status = json.load(open(f"{dump}/status.json", encoding="utf-8"))
    due = json.load(open(f"{dump}/due.json", encoding="utf-8"))
    return status, due


def interval(exp):
    """expected_date string -> (first day, last day)."""
    y = int(exp[:4])
    rest = exp[5:]
    if len(exp) == 10:
        d = dt.date.fromisoformat(exp)
        return d, d
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def as_list(v):
    return v if isinstance(v, list) else [v]


class Register:
    def __init__(self, dump="dump"):
        self.status, self.due = load(dump)
        self.cases = {n: d for n, d in self.status.items() if d["case"]}
        self.no_reply = {x["gemeente"] for x in self.due if x["section"] == "overdue" and x["kind"] == "no_reply"}

    def state_holds(self, name, st):
        c = self.cases[name]["case"]
        return {
            "no_reply": name in self.no_reply,
            "unanswered": not c["answered"],
            "answered": bool(c["answered"]),
            "late": bool(c["answered"]) and c["reply_on_time"] is False,
            "on_time": bool(c["answered"]) and c["reply_on_time"] is True,
            "incomplete": c["state"] == "answered_incomplete",
            "complete": c["state"] == "answered_complete",
            "extended": bool(c["extension_requested"]),
            "suspended": bool(c["suspended"]),
        }[st]

    def match(self, name, f):
        d = self.cases[name]
        c = d["case"]
        if "gemeente" in f and d["gemeente"] != f["gemeente"]:
            return False
        if "province" in f and d["province"] not in as_list(f["province"]):
            return False
        if "not_province" in f and d["province"] in as_list(f["not_province"]):
            return False
        if "not_gemeente" in f and name in as_list(f["not_gemeente"]):
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
        for st in f.get("state", []):
            if not self.state_holds(name, st):
                return False
        for st in f.get("not_state", []):
            if self.state_holds(name, st):
                return False
        for m in f.get("missing", []):
            if m not in c["missing"]:
                return False
        if "reason" in f and f["reason"] not in d["reasons"]:
            return False
        if "expected_before" in f or "expected_after" in f:
            if not d["expected_date"]:
                return False
            first, last = interval(d["expected_date"])
            if "expected_before" in f and not last < dt.date.fromisoformat(f["expected_before"]):
                return False
            if "expected_after" in f and not first > dt.date.fromisoformat(f["expected_after"]):
                return False
        if "termijn_from" in f or "termijn_to" in f:
            if not c["termijn"]:
                return False
            t = c["termijn"]
            if "termijn_from" in f and t < f["termijn_from"]:
                return False
            if "termijn_to" in f and t > f["termijn_to"]:
                return False
        return True

    def select(self, f):
        return sorted(n for n in self.cases if self.match(n, f))

    # ---- facts ----
    def local_day(self, iso):
        return dt.datetime.fromisoformat(iso).astimezone(AMS).date().isoformat()

    def fact(self, name, kind, date=None):
        d = self.status[name]
        c = d["case"]
        if kind == "places":
            return {"realised": d["realised_total"], "planned": d["planned_total"]}
        if kind == "expected":
            return d["expected_date"]
        if kind == "owner":
            return c["owner"]
        if kind == "missing":
            return c["missing"]
        if kind == "termijn":
            return c["termijn"]
        if kind == "trede":
            return c["trede"]
        if kind == "compliance":
            return c["compliance"]
        if kind == "reasons":
            return d["reasons"]
        if kind == "reply":
            if not c["answered"]:
                return {"reply_on": None, "termijn": c["termijn"], "no_reply": name in self.no_reply}
            day = self.local_day(c["reply_at"])
            diff = (dt.date.fromisoformat(day) - dt.date.fromisoformat(c["termijn"])).days
            return {"reply_on": day, "termijn": c["termijn"], "on_time": c["reply_on_time"],
                    "days_late" if diff > 0 else "days_early": abs(diff)}
        if kind == "wrote":
            return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                    for m in d["messages"] if self.local_day(m["received_at"]) == date]
        if kind == "status":
            return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                    "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
                    "missing": c["missing"], "expected_date": d["expected_date"],
                    "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"]}
        raise KeyError(kind)
