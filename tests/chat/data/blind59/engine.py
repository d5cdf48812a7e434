"""Filter engine for question set 59: applies the CONV-Q.md conventions to status.json / due.json."""
import calendar, datetime as dt, json

REGIONS = {"Noord": ["Drenthe", "Friesland", "Groningen"], "Oost": ["Gelderland", "Overijssel"],
           "Zuid": ["Limburg", "Noord-Brabant", "Zeeland"]}


def load(path="."):
    st = json.load(open(f"{path}/status.json", encoding="utf-8"))
    due = json.load(open(f"{path}/due.json", encoding="utf-8"))
    return st, due


def _d(s):
    return dt.date.fromisoformat(s)


def expected_interval(s):
    """(first day, last day) of an expected date YYYY-MM-DD / YYYY-MM / YYYY-Qn / YYYY-Hn."""
    if s is None:
        return None
    y = int(s[:4])
    rest = s[5:]
    if len(s) == 10:
        d = _d(s)
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


def _as_list(v):
    return v if isinstance(v, list) else [v]


class Engine:
    def __init__(self, path="."):
        self.st, self.due = load(path)
        self.cases = [o for o in self.st if o["case"]]
        self.no_reply = {d["gemeente"] for d in self.due if d["section"] == "overdue" and d["kind"] == "no_reply"}
        self.by_name = {o["gemeente"]: o for o in self.st}

    def state_holds(self, o, s):
        c = o["case"]
        if s == "no_reply":
            return o["gemeente"] in self.no_reply
        if s == "unanswered":
            return not c["answered"]
        if s == "answered":
            return bool(c["answered"])
        if s == "late":
            return bool(c["answered"]) and c["reply_on_time"] is False
        if s == "on_time":
            return bool(c["answered"]) and c["reply_on_time"] is True
        if s == "incomplete":
            return c["state"] == "answered_incomplete"
        if s == "complete":
            return c["state"] == "answered_complete"
        if s == "extended":
            return bool(c["extension_requested"])
        if s == "suspended":
            return bool(c["suspended"])
        raise ValueError(s)

    def match(self, o, f):
        c = o["case"]
        g = o["gemeente"]
        if "gemeente" in f and g not in _as_list(f["gemeente"]):
            return False
        if "province" in f and o["province"] not in _as_list(f["province"]):
            return False
        if "not_province" in f and o["province"] in _as_list(f["not_province"]):
            return False
        if "not_gemeente" in f and g in _as_list(f["not_gemeente"]):
            return False
        if "trede" in f and c["trede"] != f["trede"]:
            return False
        if "not_trede" in f and c["trede"] in _as_list(f["not_trede"]):
            return False
        if "owner" in f and c["owner"] != f["owner"]:
            return False
        if f.get("no_owner") and c["owner"] is not None:
            return False
        if f.get("letter_undelivered") and not c["letter_undelivered"]:
            return False
        if "compliance" in f and c["compliance"] != f["compliance"]:
            return False
        for s in f.get("state", []):
            if not self.state_holds(o, s):
                return False
        for s in f.get("not_state", []):
            if self.state_holds(o, s):
                return False
        for m in f.get("missing", []):
            if m not in c["missing"]:
                return False
        if "reason" in f:
            for r in _as_list(f["reason"]):
                if r not in o["reasons"]:
                    return False
        if "expected_before" in f or "expected_after" in f:
            iv = expected_interval(o["expected_date"])
            if iv is None:
                return False
            if "expected_before" in f and not iv[1] < _d(f["expected_before"]):
                return False
            if "expected_after" in f and not iv[0] > _d(f["expected_after"]):
                return False
        if "termijn_from" in f or "termijn_to" in f:
            if c["termijn"] is None:
                return False
            t = _d(c["termijn"])
            if "termijn_from" in f and t < _d(f["termijn_from"]):
                return False
            if "termijn_to" in f and t > _d(f["termijn_to"]):
                return False
        return True

    def select(self, f):
        return sorted(o["gemeente"] for o in self.cases if self.match(o, f))
