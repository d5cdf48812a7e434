"""The chat command layer shared by the Telegram adapter and the console chat.

Synchronous (SQLAlchemy sessions); the Telegram adapter calls it in a worker thread. Every reply is
Telegram HTML (only b/i/u/s/code/pre/a/blockquote tags, all dynamic text escaped by the templates).

Access control: only active staff (table `staff`) get answers. A stranger gets one short refusal the
first time (audited as action "refused"); later messages from that stranger are ignored silently and
not audited again (so a stranger cannot flood the audit log). Group chats other than the configured
team chat are ignored. Roles: meelezer reads only; behandelaar may also assign cases (to themselves or
to any behandelaar/beheerder), change a trede, add notes and use the notification buttons; beheerder
may do everything, including /staf.
"""
from __future__ import annotations

import gc
import inspect
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from bot.chat import asking, bounds, names, reading, rendering
from bot.chat.query import Option, Query
from bot.config import Settings
from storage import actions, confirmations, queries, trust
from storage.db import Database
from storage.domain import TREDE_NAMES
from storage.models import Case, Gemeente
from templates import environment, render

log = logging.getLogger("spreidingsbot.chat")

TZ = ZoneInfo("Europe/Amsterdam")
MAX_CALLBACK_BYTES = 64
PAGE_SIZE = 10
MUTATING_ROLES = frozenset({"beheerder", "behandelaar"})
HANDLER_ROLES = MUTATING_ROLES  # who can own a case
SELF_WORDS = frozenset({"mij", "mezelf", "me", "ik", "mijzelf"})
LISTS = {"zaken": "open", "term": "due", "ontb": "missing", "mijn": "mine"}
FOLLOW_UP_SECONDS = 600.0  # a follow-up question ("en Heerlen?") keeps the subject this long


@dataclass
class Button:
    text: str
    data: str  # callback data, at most 64 bytes UTF-8

    def __post_init__(self) -> None:
        assert self.text, "button without text"
        assert len(self.data.encode("utf-8")) <= MAX_CALLBACK_BYTES, f"callback data too long: {self.data!r}"


@dataclass
class Reply:
    html: str  # Telegram HTML parse mode; all dynamic text escaped
    buttons: list[list[Button]] = field(default_factory=list)
    photo: bytes | None = None  # PNG (for /overzicht); html is then the caption (<= 1024 chars)
    photo_name: str | None = None


@dataclass
class Actor:
    """The staff member behind a chat message."""

    staff_id: int
    name: str
    role: str
    # the active staff as read with the actor (one query for both): the names a question may mention
    team: list[queries.StaffInfo] | None = field(default=None, repr=False, compare=False)

    @property
    def can_mutate(self) -> bool:
        return self.role in MUTATING_ROLES

    @property
    def is_admin(self) -> bool:
        return self.role == "beheerder"


def _short(key: str, **ctx: object) -> Reply:
    return Reply(render("chat/short.html.j2", key=key, **ctx))


def _button(key: str, data: str, **ctx: object) -> Button:
    return Button(render("chat/button.txt.j2", key=key, **ctx), data)


@lru_cache(maxsize=1)
def _command_table() -> tuple[tuple[str, str], ...]:
    rows = []
    for line in render("chat/commands.txt.j2").splitlines():
        if "|" in line:
            name, desc = line.split("|", 1)
            rows.append((name.strip(), desc.strip()))
    return tuple(rows)


def _parse_day(text: str) -> date | None:
    """2026-07-10 or 10-07-2026."""
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _today_nl() -> date:
    return datetime.now(TZ).date()


class ChatCore:
    """Commands, plain-Dutch questions, buttons and notification rendering over the case register."""

    def __init__(self, db: Database, settings: Settings, *, today: Callable[[], date] | None = None) -> None:
        self.db = db
        self.settings = settings
        self.today = today or _today_nl
        self.bot_username: str | None = None  # set by the adapter (getMe) to ignore "/cmd@otherbot"
        self._handlers: dict[str, Callable[[Session, Actor, str], list[Reply]]] = {
            "status": self._cmd_status, "zaken": self._cmd_zaken, "termijnen": self._cmd_termijnen,
            "ontbreekt": self._cmd_ontbreekt, "mijn": self._cmd_mijn, "toewijzen": self._cmd_toewijzen,
            "trede": self._cmd_trede, "notitie": self._cmd_notitie, "bericht": self._cmd_bericht,
            "zoek": self._cmd_zoek, "verleng": self._cmd_verleng, "opschorten": self._cmd_opschorten,
            "hervatten": self._cmd_hervatten, "overzicht": self._cmd_overzicht, "staf": self._cmd_staf,
            "help": self._cmd_help, "start": self._cmd_help,
        }
        missing = {name for name, _ in _command_table()} ^ set(self._handlers)
        assert not missing, f"commands.txt.j2 and handlers disagree: {missing}"
        # per staff member: (monotonic time, the last question's Query) for follow-ups, paging and buttons
        self._conversations: dict[int, tuple[float, Query, list[Option]]] = {}
        self._conv_lock = threading.Lock()

    # --- public interface ---------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Load spaCy and the municipality directory ahead of the first question (optional).

        The chat templates are compiled (the first answer with a list took ~70 ms compiling its template).
        Then everything loaded so far (these tables, and spaCy's when the parser was warmed first) is moved
        out of the garbage collector's sight (`gc.freeze`): a full collection walked those tables on every
        few hundred answers and took 100-500 ms, the p99 of the chat lists (bench/README.md).
        """
        reading.warm_up()
        env = environment()
        for name in env.list_templates(filter_func=lambda n: n.startswith("chat/")):
            env.get_template(name)
        gc.collect()
        gc.freeze()

    def commands(self) -> list[tuple[str, str]]:
        """(name, Dutch description) of every command, for /help and setMyCommands."""
        return list(_command_table())

    @bounds.guarded(lambda: [_short("internal_error")])
    def handle_text(self, user_id: int, chat_id: int, chat_type: str, text: str, user_name: str = "") -> list[Reply]:
        """A text message from Telegram user `user_id` in chat `chat_id` ('private', 'group', 'supergroup')."""
        group = chat_type != "private"
        if group and chat_id != self.settings.telegram.team_chat_id:
            return []
        with self.db.session() as s:
            actor = self._actor_for_telegram(s, user_id)
            if actor is None:
                return self._refuse(s, user_id, chat_id, user_name, "message")
            return self._dispatch(s, actor, text, group=group)

    @bounds.guarded(lambda: [_short("internal_error")])
    def handle_callback(self, user_id: int, chat_id: int, data: str) -> list[Reply]:
        """A button press (callback query) by Telegram user `user_id` in chat `chat_id`."""
        if chat_id < 0 and chat_id != self.settings.telegram.team_chat_id:
            return []
        with self.db.session() as s:
            actor = self._actor_for_telegram(s, user_id)
            if actor is None:
                return self._refuse(s, user_id, chat_id, "", "button")
            return self._callback(s, actor, data)

    @bounds.guarded(lambda: [_short("internal_error")])
    def handle_console_text(self, staff_id: int, text: str) -> list[Reply]:
        """A line typed in the console chat by the local staff member `staff_id`."""
        with self.db.session() as s:
            actor = self._actor_for_staff(s, staff_id)
            return self._dispatch(s, actor, text, group=False) if actor else [_short("refused")]

    @bounds.guarded(lambda: [_short("internal_error")])
    def handle_console_callback(self, staff_id: int, data: str) -> list[Reply]:
        with self.db.session() as s:
            actor = self._actor_for_staff(s, staff_id)
            return self._callback(s, actor, data) if actor else [_short("refused")]

    def render_notification(self, outbox_payload: dict, kind: str) -> Reply | None:
        """The team-chat message for an outbox row; None when there is nothing (left) to send."""
        if kind == "new_message":
            message_id = outbox_payload.get("message_id")
            if not isinstance(message_id, int):
                return None
            with self.db.session() as s:
                return self._new_message(s, message_id)
        if isinstance(outbox_payload.get("html"), str):
            rows = outbox_payload.get("buttons") or []
            return Reply(outbox_payload["html"], [[Button(str(t), str(d)) for t, d in row] for row in rows])
        return None

    # --- access ---------------------------------------------------------------------------------------

    @staticmethod
    def _actor_for_telegram(s: Session, user_id: int) -> Actor | None:
        """The active staff member with this Telegram id, with the active staff (read in one query)."""
        team = queries.list_staff(s)
        st = next((p for p in team if p.telegram_id == user_id), None)
        return Actor(st.id, st.name, st.role, team=team) if st else None

    @staticmethod
    def _actor_for_staff(s: Session, staff_id: int) -> Actor | None:
        st = queries.staff_by_id(s, staff_id)
        return Actor(st.id, st.name, st.role) if st and st.active else None

    @staticmethod
    def _refuse(s: Session, user_id: int, chat_id: int, user_name: str, what: str) -> list[Reply]:
        key = f"tg:{user_id}"
        if queries.has_refused(s, key):
            return []
        actions.record_refusal(s, key, chat_id=chat_id, user_name=user_name, what=what)
        log.info("refused a stranger", extra={"telegram_user": user_id})
        return [_short("refused", user_id=user_id)]

    # --- dispatch -------------------------------------------------------------------------------------

    def _dispatch(self, s: Session, actor: Actor, text: str, *, group: bool) -> list[Reply]:
        text = (text or "").strip()
        if not text:
            return []
        if text.startswith("/"):
            head, _, rest = text[1:].partition(" ")
            if "\n" in head:
                head, _, more = head.partition("\n")
                rest = f"{more} {rest}".strip()
            name, _, addressee = head.partition("@")
            name = name.casefold()
            if addressee and self.bot_username and addressee.casefold() != self.bot_username.casefold():
                return []  # "/status@otherbot" in a group: not for us
            handler = self._handlers.get(name)
            if handler is not None:
                return handler(s, actor, rest.strip())
            if not name:
                return [_short("not_understood")]
            best = process.extractOne(name, list(self._handlers), scorer=fuzz.ratio)
            if best and best[1] >= 60:
                return [_short("did_you_mean", given=name[:40], suggestion=best[0])]
            return [_short("unknown_command", given=name[:40])]
        replies = self._question(s, actor, text, group=group)
        if not replies and not group:
            return [_short("not_understood")]
        return replies

    def _question(self, s: Session, actor: Actor, text: str, *, group: bool = False) -> list[Reply]:
        """A plain-Dutch question; [] when it was not understood.

        In the team chat colleagues also talk to each other: there only a recognised question gets an
        answer (a bare municipality name, a greeting or something not understood does not).
        """
        q = self.read_question(s, actor, text, context=self._context(actor))
        if group and (q.intent in ("unknown", "help") or not q.explicit
                      or (q.intent == "clarify" and q.clarify in ("which_gemeente", "no_gemeente"))):
            return []
        return self.run_query(s, actor, q)

    def read_question(self, s: Session, actor: Actor | None, text: str, *, context: Query | None = None,
                      today: date | None = None) -> Query:
        """Reading: the question as a Query (the asker resolves "mijn"; staff names resolve "van Anna")."""
        team = actor.team if actor is not None and actor.team is not None else queries.list_staff(s)
        staff = [reading.Staff(p.id, p.name) for p in team]
        me = reading.Staff(actor.staff_id, actor.name) if actor else None
        return reading.read(text, today or self.today(), staff=staff, me=me, context=context,
                            references=lambda ref: queries.gemeente_of_reference(s, ref))

    def _context(self, actor: Actor) -> Query | None:
        with self._conv_lock:
            entry = self._conversations.get(actor.staff_id)
        if entry is None or time.monotonic() - entry[0] > FOLLOW_UP_SECONDS:
            return None
        return entry[1]

    def _options(self, actor: Actor) -> list[Option]:
        """The choices of the last question that offered some (its buttons stay valid after one is pressed)."""
        with self._conv_lock:
            entry = self._conversations.get(actor.staff_id)
        return entry[2] if entry is not None and time.monotonic() - entry[0] <= FOLLOW_UP_SECONDS else []

    def _remember(self, actor: Actor, q: Query) -> None:
        with self._conv_lock:
            previous = self._conversations.get(actor.staff_id)
            options = q.options or (previous[2] if previous else [])
            self._conversations[actor.staff_id] = (time.monotonic(), q, options)

    def answer(self, s: Session, q: Query, today: date | None = None) -> tuple[asking.Answer, list[Reply]]:
        """Asking and rendering of a Query that is not a command (status, fact, list, count, clarify)."""
        today = today or self.today()
        ans = asking.ask(s, q, today)
        if q.intent == "status" and ans.status is not None:
            st = ans.status  # the status template over the rows just asked for (not a second case_status)
            buttons = [[_button("message", f"msg:{m.id}", n=m.id) for m in st.messages[:3]]] if st.messages else []
            replies = [Reply(render("chat/status.html.j2", st=st), buttons)]
            note = rendering.name_note(q.name)
            if note:
                replies[0].html = f"<i>{note}</i>\n{replies[0].html}"
            return ans, replies
        html, rows = rendering.render_answer(ans)
        return ans, [Reply(html, [[Button(label, data) for label, data in row] for row in rows])]

    def run_query(self, s: Session, actor: Actor, q: Query, page: int = 0) -> list[Reply]:
        """Asking and rendering of any Query (search, help and overview through their commands)."""
        if q.intent == "search":
            return self._cmd_zoek(s, actor, q.filters.get("search", ""))
        if q.intent == "help":
            return self._cmd_help(s, actor, "")
        if q.intent == "overview":
            return self._cmd_overzicht(s, actor, "")
        if q.intent == "capability":
            example = reading.capability(q.filters["capability"])[0]
            return self._question(s, actor, example)
        self._remember(actor, q)
        if page and q.intent == "list":
            ans = asking.ask(s, q, self.today())
            html, rows = rendering.render_answer(ans, page)
            return [Reply(html, [[Button(label, data) for label, data in row] for row in rows])]
        return self.answer(s, q)[1]

    # --- callbacks ------------------------------------------------------------------------------------

    def _callback(self, s: Session, actor: Actor, data: str) -> list[Reply]:
        prefix, _, rest = (data or "").partition(":")
        parts = rest.split(":") if rest else []
        if not bounds.callback_ints_ok(parts):  # nothing out of range reaches a query
            return [_short("message_id_bad" if prefix == "msg" else "expired")]
        try:
            if prefix == "st" and parts:
                row = queries.gemeente_by_code(s, parts[0])
                return self._status_reply(s, row.id) if row else [_short("expired")]
            if prefix == "pg" and len(parts) == 2 and parts[0] in LISTS:
                return self._list(s, actor, parts[0], int(parts[1]))
            if prefix == "msg" and parts:
                return self._cmd_bericht(s, actor, parts[0])
            if prefix in ("qa", "qp") and parts:
                return self._question_button(s, actor, prefix, int(parts[0]))
            if prefix == "trx":
                return [_short("cancelled")]
            if prefix == "cf":
                return self._confirm(s, actor, rest)
            if prefix in ("ext", "exn", "sus", "res", "tr3", "draft", "mail"):
                if not actor.can_mutate:
                    return [_short("forbidden", role=actor.role)]
                return self._case_action(s, actor, prefix, parts)
            if prefix in ("as", "seen", "aanv", "tr", "gen"):
                if not actor.can_mutate:
                    return [_short("forbidden", role=actor.role)]
                if prefix == "as" and parts:
                    return self._assign_from_message(s, actor, int(parts[0]))
                if prefix == "seen" and parts:
                    return self._seen(s, actor, int(parts[0]))
                if prefix == "aanv" and parts:
                    return self._aanvulling(s, actor, int(parts[0]))
                if prefix == "gen" and parts:
                    return self._genuine(s, actor, int(parts[0]))
                if prefix == "tr":  # pre-token confirm data: never valid on its own
                    return self._confirm_refused(s, actor, "legacy", data)
        except ValueError:
            pass
        return [_short("expired")]

    def _question_button(self, s: Session, actor: Actor, prefix: str, n: int) -> list[Reply]:
        """A choice offered by a question's answer (qa:<option>) or another page of its list (qp:<page>)."""
        if prefix == "qp":
            q = self._context(actor)
            return self.run_query(s, actor, q, page=n) if q is not None and q.intent == "list" else [_short("expired")]
        options = self._options(actor)
        if not 0 <= n < len(options):
            return [_short("expired")]
        return self.run_query(s, actor, options[n].query)

    # --- read commands --------------------------------------------------------------------------------

    def _cmd_help(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        return [Reply(render("chat/help.html.j2", commands=self.commands()))]

    def _cmd_status(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        if not args:
            return [_short("usage", command="status")]
        return self._status_for(s, names.resolve(args[:100]))

    def _status_for(self, s: Session, match: names.NameMatch) -> list[Reply]:
        """The status of a resolved name; buttons when it is ambiguous or only near names exist."""
        if not match.gemeenten:
            return [Reply(rendering.name_text("none", match))]
        if match.how == "suggest":
            buttons = [[Button(rendering.button_label("did_you_mean", g.name), f"st:{g.cbs_code}")]
                       for g in match.gemeenten]
            return [Reply(rendering.name_text("suggest", match), buttons)]
        if len(match.gemeenten) > 1:
            buttons = [[_button("gemeente", f"st:{g.cbs_code}", label=g.name)] for g in match.gemeenten[:8]]
            return [Reply(rendering.name_text("choose", match), buttons)]
        row = queries.gemeente_by_code(s, match.gemeenten[0].cbs_code)
        if row is None:
            return [Reply(rendering.name_text("none", match))]
        replies = self._status_reply(s, row.id)
        note = rendering.name_note(match)
        if note:
            replies[0].html = f"<i>{note}</i>\n{replies[0].html}"
        return replies

    def _status_reply(self, s: Session, gemeente_id: int) -> list[Reply]:
        st = queries.case_status(s, gemeente_id, self.today())
        buttons = [[_button("message", f"msg:{m.id}", n=m.id) for m in st.messages[:3]]] if st.messages else []
        return [Reply(render("chat/status.html.j2", st=st), buttons)]

    def _cmd_zaken(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        return self._list(s, actor, "zaken", 0)

    def _cmd_termijnen(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        return self._list(s, actor, "term", 0)

    def _cmd_ontbreekt(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        return self._list(s, actor, "ontb", 0)

    def _cmd_mijn(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        return self._list(s, actor, "mijn", 0)

    def _list(self, s: Session, actor: Actor, which: str, page: int) -> list[Reply]:
        today = self.today()
        q = asking.command_query(which, today, owner_id=actor.staff_id, owner=actor.name)
        rows = asking.ask(s, q, today).rows
        pages = max(1, -(-len(rows) // PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        chunk = rows[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        nav = []
        if page > 0:
            nav.append(_button("prev", f"pg:{which}:{page - 1}"))
        if page < pages - 1:
            nav.append(_button("next", f"pg:{which}:{page + 1}"))
        html = render("chat/cases.html.j2", which=LISTS[which], rows=chunk, total=len(rows), page=page, pages=pages)
        return [Reply(html, [nav] if nav else [])]

    def _cmd_bericht(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        ident = bounds.parse_id(args)
        if ident is None:
            numeric = re.fullmatch(r"#?[+-]?[0-9]+", args.strip())
            return [_short("message_id_bad") if numeric else _short("usage", command="bericht")]
        d = queries.message_detail(s, ident)
        if d is None:
            return [_short("message_not_found", id=ident)]
        return [Reply(render("chat/message.html.j2", d=d, trust=trust.auth_of(s, ident)))]

    def search(self, s: Session, args: str) -> tuple[list[Reply], list[str]]:
        """/zoek and "zoek ...": the reply, and the official names of the cases in it (the municipalities of the
        newest matching messages and those the text names)."""
        from parsers.gemeenten import load_directory

        query = args.strip()
        if len(query) < 2:
            return [_short("usage", command="zoek")], []
        messages = queries.search_messages(s, query, limit=10)
        sure = names.exact(query)  # an official name, alias, former municipality or woonplaats ("driebergen")
        gemeenten = list(sure.gemeenten) if sure is not None else [
            g for g, score in load_directory().search(query, limit=5, cutoff=88)]
        buttons = [[_button("message", f"msg:{m.id}", n=m.id) for m in messages[i:i + 4]]
                   for i in range(0, min(len(messages), 8), 4)]
        buttons += [[_button("status", f"st:{g.cbs_code}", label=g.name) for g in gemeenten[:3]]] if gemeenten else []
        html = render("chat/search.html.j2", query=query[:100], messages=messages, gemeenten=[g.name for g in gemeenten])
        found = sorted({g for m in messages for g in m.gemeenten} | {g.name for g in gemeenten})
        return [Reply(html, buttons)], found

    def _cmd_zoek(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        return self.search(s, args)[0]

    def _cmd_overzicht(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        try:
            from bot.reports.chart import overview_png
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("bot.reports"):
                return [_short("overview_unavailable")]
            raise
        today = self.today()
        try:
            png = overview_png(s, today)
        except TypeError:
            png = overview_png(s)  # type: ignore[call-arg]
        return [Reply(_short("overview_caption", today=today).html, photo=png, photo_name="overzicht.png")]

    # --- mutating commands ----------------------------------------------------------------------------

    def _one_gemeente(self, s: Session, query: str) -> tuple[int | None, list[Reply]]:
        """The municipality row id for `query`, or a reply explaining why there is none."""
        match = names.resolve(query[:100])
        if not match.gemeenten:
            return None, [Reply(rendering.name_text("none", match))]
        if match.how in ("suggest", "guess"):  # a change needs the name itself, not a guess
            suggestion = match if match.how == "suggest" else names.NameMatch(match.given, "suggest", match.gemeenten)
            return None, [Reply(rendering.name_text("suggest", suggestion))]
        if len(match.gemeenten) > 1:
            return None, [_short("ambiguous_gemeente", query=query[:100], names=[g.name for g in match.gemeenten])]
        row = queries.gemeente_by_code(s, match.gemeenten[0].cbs_code)
        return (row.id, []) if row else (None, [_short("gemeente_not_found", query=query[:100])])

    @staticmethod
    def _split_gemeente(s: Session, words: list[str]) -> tuple[str, str]:
        """Split 'den bosch rest of text' into (municipality words, rest): the longest exact prefix wins."""
        for k in range(min(5, len(words)), 0, -1):
            if names.exact(" ".join(words[:k])):
                return " ".join(words[:k]), " ".join(words[k:])
        return words[0] if words else "", " ".join(words[1:])

    def _cmd_toewijzen(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        if not actor.can_mutate:
            return [_short("forbidden", role=actor.role)]
        words = args.split()
        if len(words) < 2:
            return [_short("usage", command="toewijzen")]
        # try every split point: the person is the tail, the municipality the head
        person, gemeente_text = None, " ".join(words[:-1])
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            if tail.casefold() in SELF_WORDS:
                person = queries.staff_by_id(s, actor.staff_id)
            else:
                person = queries.staff_by_name(s, tail)
            if person is not None:
                gemeente_text = " ".join(words[:i])
                break
        if person is None:
            return [_short("staff_unknown", person=words[-1][:100])]
        if person.role not in HANDLER_ROLES:
            return [_short("staff_not_handler", person=person.name)]
        gid, err = self._one_gemeente(s, gemeente_text)
        if gid is None:
            return err
        case = queries.current_case(s, gid)
        if case is None:
            return [_short("no_case", gemeente=s.get(Gemeente, gid).name)]
        previous = actions.assign_case(s, case.id, person.id, actor.name)
        return [_short("assigned", gemeente=case.gemeente.name, owner=person.name, previous=previous)]

    def _cmd_trede(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        if not actor.can_mutate:
            return [_short("forbidden", role=actor.role)]
        words = args.split()
        if len(words) < 2:
            return [_short("usage", command="trede")]
        new = bounds.parse_int(words[-1], 1, 6)
        if new is None:
            return [_short("trede_bad")]
        gid, err = self._one_gemeente(s, " ".join(words[:-1]))
        if gid is None:
            return err
        case = queries.current_case(s, gid)
        if case is None:
            return [_short("no_case", gemeente=" ".join(words[:-1])[:100])]
        if case.trede == new:
            return [_short("trede_same", gemeente=case.gemeente.name, new=new)]
        html = _short("trede_confirm", gemeente=case.gemeente.name, old=case.trede, new=new,
                      old_name=TREDE_NAMES.get(case.trede, "?"), new_name=TREDE_NAMES[new]).html
        token = confirmations.issue(s, actor.staff_id, "trede", case_id=case.id, payload={"old": case.trede, "new": new})
        buttons = [[_button("confirm_trede", f"cf:{token}", n=new), _button("cancel", f"trx:{case.id}")]]
        return [Reply(html, buttons)]

    def _confirm(self, s: Session, actor: Actor, token: str) -> list[Reply]:
        """A confirm button: only this staff member's own live token does anything (once)."""
        try:
            row = confirmations.consume(s, token, actor.staff_id, "trede")
        except confirmations.Refused as exc:
            return self._confirm_refused(s, actor, exc.reason, f"cf:{token}"[:64], exc.row)
        return self._apply_trede(s, actor, row.case_id, int(row.payload.get("new", 0)))

    @staticmethod
    def _confirm_refused(s: Session, actor: Actor, reason: str, data: str, row: object = None, *,
                         case_id: int | None = None) -> list[Reply]:
        case_id = case_id if case_id is not None else getattr(row, "case_id", None)
        actions.audit(s, actor.name, "confirm_refused", case_id=case_id, reason=reason, data=data[:64])
        log.warning("refused a confirmation", extra={"reason": reason, "staff_id": actor.staff_id})
        return [_short("confirm_refused")]

    def _apply_trede(self, s: Session, actor: Actor, case_id: int | None, new: int) -> list[Reply]:
        case = s.get(Case, case_id) if case_id is not None else None
        if case is None or not 1 <= new <= 6:
            return [_short("expired")]
        if case.trede == new:
            return [_short("trede_same", gemeente=case.gemeente.name, new=new)]
        old = actions.set_trede(s, case.id, new, actor.name, reason="chat")
        return [_short("trede_done", actor=actor.name, gemeente=case.gemeente.name, old=old, new=new,
                       new_name=TREDE_NAMES[new])]

    def _cmd_notitie(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        if not actor.can_mutate:
            return [_short("forbidden", role=actor.role)]
        words = args.split()
        gemeente_text, text = self._split_gemeente(s, words)
        if gemeente_text and text:  # keep the note's own line breaks
            text = re.split(r"\s+", args.strip(), maxsplit=len(gemeente_text.split()))[-1]
        if not gemeente_text or not text.strip():
            return [_short("usage", command="notitie")]
        gid, err = self._one_gemeente(s, gemeente_text)
        if gid is None:
            return err
        case = queries.current_case(s, gid)
        if case is None:
            return [_short("no_case", gemeente=gemeente_text[:100])]
        actions.add_note(s, case.id, actor.name, text)
        return [_short("note_added", gemeente=case.gemeente.name)]

    def _cmd_staf(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        if not actor.is_admin:
            return [_short("forbidden", role=actor.role)]
        words = args.split()
        sub = words[0].casefold() if words else "list"
        try:
            if sub in ("list", "lijst"):
                return [Reply(render("chat/staff.html.j2", people=queries.list_staff(s)))]
            if len(words) >= 2 and re.fullmatch(r"[+-]?[0-9]+", words[1]) and bounds.parse_telegram_id(words[1]) is None:
                return [_short("telegram_id_bad", given=words[1][:30])]
            if sub in ("add", "toevoegen") and len(words) >= 4 and bounds.parse_telegram_id(words[1]) is not None:
                role = words[-1].casefold()
                person = actions.add_staff(s, int(words[1]), " ".join(words[2:-1]), role, actor.name)
                return [_short("staff_added", person=person.name, role=person.role, telegram_id=person.telegram_id)]
            if sub in ("remove", "verwijder", "verwijderen") and len(words) == 2:
                if bounds.parse_telegram_id(words[1]) is not None:
                    person = actions.remove_staff(s, int(words[1]), actor.name)
                else:
                    person = actions.remove_staff(s, None, actor.name, name=words[1])
                return [_short("staff_removed", person=person.name)]
        except actions.ActionError as exc:
            return [_short("action_error", code=exc.code, params=exc.params)]
        return [_short("usage", command="staf")]

    # --- notification buttons -------------------------------------------------------------------------

    def _assign_from_message(self, s: Session, actor: Actor, message_id: int) -> list[Reply]:
        d = queries.message_detail(s, message_id)
        if d is None:
            return [_short("message_not_found", id=message_id)]
        if d.message.case_id is None:
            return [_short("no_case_for_message", id=message_id)]
        previous = actions.assign_case(s, d.message.case_id, actor.staff_id, actor.name)
        return [_short("assigned_self", actor=actor.name, gemeente=d.case_gemeente, previous=previous)]

    def _seen(self, s: Session, actor: Actor, message_id: int) -> list[Reply]:
        try:
            actions.mark_seen(s, message_id, actor.name)
        except actions.ActionError:
            return [_short("message_not_found", id=message_id)]
        d = queries.message_detail(s, message_id)
        gemeente = ", ".join(d.message.gemeenten) if d else ""
        return [_short("seen", actor=actor.name, id=message_id, gemeente=gemeente)]

    def _aanvulling(self, s: Session, actor: Actor, message_id: int) -> list[Reply]:
        d = queries.message_detail(s, message_id)
        if d is None:
            return [_short("message_not_found", id=message_id)]
        if d.message.case_id is None:
            return [_short("no_case_for_message", id=message_id)]
        if not d.message.missing:
            return [_short("nothing_missing", id=message_id)]
        try:
            from bot.scheduling.followup import prepare_draft
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("bot.scheduling"):
                return [_short("draft_unavailable")]
            raise
        except ImportError:
            return [_short("draft_unavailable")]
        case_id, gemeente = d.message.case_id, d.case_gemeente
        extra = {"today": self.today()} if "today" in inspect.signature(prepare_draft).parameters else {}
        try:
            draft = prepare_draft(s, case_id, kind="aanvulling", actor=actor.name, **extra)
        except Exception as exc:  # noqa: BLE001 - show staff why, keep the chat alive
            s.rollback()  # nothing else was written in this session: drop any half-made draft
            log.warning("preparing a follow-up draft failed: %s", exc)
            return [_short("draft_failed", error=str(exc)[:300])]
        draft_id = getattr(draft, "id", draft if isinstance(draft, int) else None)
        actions.audit(s, actor.name, "aanvulling_draft", case_id=case_id, message_id=message_id, draft_id=draft_id)
        return [_short("draft_ready", gemeente=gemeente, draft_id=draft_id), self._draft_reply(draft, gemeente)]

    # --- notifications --------------------------------------------------------------------------------

    def _new_message(self, s: Session, message_id: int) -> Reply | None:
        d = queries.message_detail(s, message_id)
        if d is None:
            return None
        missing = [f for f in d.findings if not f.present]
        if not missing and d.message.missing:
            missing = [queries.FindingInfo(e, False, None, None, None) for e in d.message.missing]
        html = render("chat/notification.html.j2", d=d, missing=missing, trust=trust.auth_of(s, message_id))
        row = []
        if d.message.case_id is not None:
            row.append(_button("assign", f"as:{message_id}"))
        row.append(_button("seen", f"seen:{message_id}"))
        buttons = [row]
        if missing and d.message.case_id is not None:
            buttons.append([_button("aanvulling", f"aanv:{message_id}")])
        if d.message.kind == "extension_request" and d.message.case_id is not None:
            buttons.append([_button("extend", f"ext:{d.message.case_id}"),
                            _button("no_extension", f"exn:{d.message.case_id}")])
        if d.message.suspect and d.message.state == "parsed" and d.message.gemeenten:
            buttons.append([_button("genuine", f"gen:{message_id}")])
        return Reply(html, buttons)

    def _genuine(self, s: Session, actor: Actor, message_id: int) -> list[Reply]:
        """"Klopt, verwerk als reactie": a flagged sender confirmed by staff (audited)."""
        try:
            m = trust.accept_as_genuine(s, message_id, actor.name)
        except trust.NotSuspect:
            return [_short("genuine_not_suspect", id=message_id)]
        d = queries.message_detail(s, m.id)
        return [_short("genuine_done", actor=actor.name, id=m.id, gemeente=", ".join(d.message.gemeenten) if d else "")]

    # --- reminder actions: verlenging, opschorting, trede 3, follow-up mail ------------------------------

    @staticmethod
    def _draft_reply(mail: object, gemeente: str) -> Reply:
        mid = mail.id  # type: ignore[attr-defined]
        return Reply(render("chat/draft.html.j2", mail=mail, gemeente=gemeente),
                     [[_button("send_mail", f"mail:{mid}:ok"), _button("cancel_mail", f"mail:{mid}:no")]])

    def _case_action(self, s: Session, actor: Actor, prefix: str, parts: list[str]) -> list[Reply]:
        from bot.scheduling import actions as sched
        from bot.scheduling import followup

        ident = int(parts[0])
        arg = parts[1] if len(parts) > 1 else None
        try:
            if prefix == "mail":
                from storage.models import OutgoingMail

                mail = s.get(OutgoingMail, ident)
                if mail is None or mail.status not in ("draft", "approved"):
                    return [_short("mail_not_open")]
                gemeente = s.get(Case, mail.case_id).gemeente.name
                if arg == "no":
                    followup.cancel_draft(s, ident, actor.name)
                    return [_short("mail_cancelled", gemeente=gemeente)]
                s.commit()  # send_approved works in its own transaction
                sent = followup.send_approved(self.db, ident, actor.name, self.settings.smtp)
                return [_short("mail_sent", actor=actor.name, gemeente=gemeente, to=sent.to_addr)]
            case = s.get(Case, ident)
            if case is None:
                return [_short("expired")]
            name = case.gemeente.name
            if prefix == "ext":
                return [_short("extend_how", gemeente=name, termijn=queries.case_termijn(case),
                               requested=case.extension_requested_until)]
            if prefix == "exn":
                changed = sched.decline_extension(s, ident, actor.name)
                return [_short("extension_declined", actor=actor.name, gemeente=name, changed=changed,
                               termijn=queries.case_termijn(case))]
            if prefix == "sus":
                changed = sched.suspend(s, ident, "opgeschort via knop", actor.name)
                return [_short("suspended", actor=actor.name, gemeente=name, changed=changed)]
            if prefix == "res":
                return [_short("resumed", actor=actor.name, gemeente=name, changed=sched.resume(s, ident, actor.name))]
            if prefix == "tr3":
                if arg == "y" and not confirmations.proposal_shown(s, ident, "trede3_proposal", actor.staff_id):
                    return self._confirm_refused(s, actor, "not_proposed", f"tr3:{ident}:y", case_id=ident)
                sched.decide_trede3(s, ident, arg == "y", actor.name)
                return [_short("trede3_done", actor=actor.name, gemeente=name, accepted=arg == "y", trede=case.trede)]
            if prefix == "draft":
                kind = "aanvulling" if arg == "a" else "rappel"
                draft = followup.prepare_draft(s, ident, kind, actor.name, today=self.today())
                s.flush()
                return [self._draft_reply(draft, name)]
        except (sched.CaseActionError, followup.MailSendError, ValueError) as exc:
            s.rollback()
            return [_short("action_failed", error=str(exc)[:300])]
        return [_short("expired")]

    def _case_for_command(self, s: Session, actor: Actor, gemeente_text: str) -> tuple[Case | None, list[Reply]]:
        gid, err = self._one_gemeente(s, gemeente_text)
        if gid is None:
            return None, err
        case = queries.current_case(s, gid)
        if case is None:
            return None, [_short("no_case", gemeente=gemeente_text[:100])]
        return case, []

    def _cmd_verleng(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        if not actor.can_mutate:
            return [_short("forbidden", role=actor.role)]
        words = args.split()
        at = next((i for i, w in enumerate(words) if re.fullmatch(r"\d{1,4}-\d{1,2}-\d{1,4}", w)), None)
        if at is None or at == 0 or at == len(words) - 1:
            return [_short("usage", command="verleng")]
        day = bounds.parse_day(words[at])
        if day is None:
            return [_short("bad_date", given=words[at])]
        case, err = self._case_for_command(s, actor, " ".join(words[:at]))
        if case is None:
            return err
        from bot.scheduling import actions as sched

        try:
            changed = sched.grant_extension(s, case.id, day, " ".join(words[at + 1:]), actor.name)
        except sched.CaseActionError as exc:
            s.rollback()
            return [_short("action_failed", error=str(exc)[:300])]
        return [_short("extended", actor=actor.name, gemeente=case.gemeente.name, day=day, changed=changed)]

    def _cmd_opschorten(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        if not actor.can_mutate:
            return [_short("forbidden", role=actor.role)]
        gemeente_text, reason = self._split_gemeente(s, args.split())
        if not gemeente_text or not reason.strip():
            return [_short("usage", command="opschorten")]
        case, err = self._case_for_command(s, actor, gemeente_text)
        if case is None:
            return err
        from bot.scheduling import actions as sched

        try:
            changed = sched.suspend(s, case.id, reason, actor.name)
        except sched.CaseActionError as exc:
            s.rollback()
            return [_short("action_failed", error=str(exc)[:300])]
        return [_short("suspended", actor=actor.name, gemeente=case.gemeente.name, changed=changed)]

    def _cmd_hervatten(self, s: Session, actor: Actor, args: str) -> list[Reply]:
        if not actor.can_mutate:
            return [_short("forbidden", role=actor.role)]
        if not args.strip():
            return [_short("usage", command="hervatten")]
        case, err = self._case_for_command(s, actor, args.strip())
        if case is None:
            return err
        from bot.scheduling import actions as sched

        changed = sched.resume(s, case.id, actor.name)
        return [_short("resumed", actor=actor.name, gemeente=case.gemeente.name, changed=changed)]
