"""A strict, local Telegram Bot API server for tests.

It speaks the Bot API over real HTTP (``/bot<token>/<method>`` and
``/file/bot<token>/<path>``) and rejects what Telegram rejects: wrong tokens (401), unknown
methods (404), missing parameters, invalid HTML ("can't parse entities"), over-long texts
and captions (counted on the visible text in UTF-16 units), callback data over 64 bytes,
unknown chats. Tests feed it with ``inject_message`` / ``inject_callback`` (delivered by
getUpdates, long poll included), inspect ``sent``, ``calls(method)``, ``messages(chat)``
and ``requests_log``, and simulate flood limits (``flood``/``flood_for`` → 429 with
retry_after), outages (``outage("503"|"502"|"close")``), a frozen server that accepts and never
answers until thawed (``freeze``/``thaw``, as SIGSTOP/SIGCONT) and blocked chats (``block``).

In pytest use the fixtures from ``tests.botapi.fixtures`` (``botapi``: a reset server per
test). Standalone::

    with BotApiServer() as api:
        app = (ApplicationBuilder().token(api.token).base_url(api.base_url)
               .base_file_url(api.base_file_url).build())

Stricter than Telegram on purpose: a bare ``&`` is rejected (``strict_ampersand``), an
inline button must have exactly one action, and parse_mode Markdown is not supported.
"""

from __future__ import annotations

import io
import itertools
import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tests.botapi.tg_html import EntityParseError, parse_html, utf16_len
from tests.botapi.transport import HttpRequest, HttpResponse, HttpServerThread, UploadedFile
from tests.botapi.validation import (
    ApiError,
    bad_request,
    validate_commands,
    validate_reply_markup,
    validate_scope,
)

DEFAULT_TOKEN = "7000000001:AAFtestTOKENforSPREIDINGSBOTlocal_api0"
MESSAGE_MAX = 4096
CAPTION_MAX = 1024
CALLBACK_ANSWER_MAX = 200
DEFAULT_ALLOWED_UPDATES = frozenset(
    {
        "message", "edited_message", "channel_post", "edited_channel_post", "business_connection",
        "business_message", "edited_business_message", "deleted_business_messages", "inline_query",
        "chosen_inline_result", "callback_query", "shipping_query", "pre_checkout_query",
        "purchased_paid_media", "poll", "poll_answer", "my_chat_member", "chat_join_request",
        "chat_boost", "removed_chat_boost",
    }
)
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    }
)
NOT_RECORDED_IN_SENT = frozenset({"getupdates"})
_COMMAND_ENTITY_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")

T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    """An accepted Bot API call: method name as sent, decoded parameters, files, result."""

    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile]
    result: Any


@dataclass(frozen=True)
class LoggedRequest:
    """Any request the server saw, accepted or rejected (``status`` != 200, ``error`` set)."""

    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile]
    status: int
    error: str | None
    at: float


@dataclass
class _Flood:
    remaining: int | None
    until: float | None
    retry_after: int
    methods: frozenset[str] | None


@dataclass
class _Chat:
    id: int
    type: str
    title: str | None = None
    first_name: str | None = None
    username: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title is not None:
            data["title"] = self.title
        if self.first_name is not None:
            data["first_name"] = self.first_name
        if self.username is not None:
            data["username"] = self.username
        return data


@dataclass
class _Params:
    """Typed access to raw request parameters (strings from forms, values from JSON)."""

    raw: dict[str, Any]
    typed: dict[str, Any] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        return name in self.raw and self.raw[name] not in (None, "")

    def str(self, name: str, empty_error: str | None = None) -> str | None:
        value = self.raw.get(name)
        if value is None or value == "":
            if empty_error:
                raise bad_request(empty_error)
            return None
        if not isinstance(value, str | int | float):
            raise bad_request(f'parameter "{name}" must be a String')
        self.typed[name] = str(value)
        return str(value)

    def int(self, name: str, empty_error: str | None = None) -> int | None:
        value = self.raw.get(name)
        if value is None or value == "":
            if empty_error:
                raise bad_request(empty_error)
            return None
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise bad_request(f'parameter "{name}" must be an Integer')
        try:
            number = int(value)
        except ValueError:
            raise bad_request(f'parameter "{name}" must be an Integer') from None
        self.typed[name] = number
        return number

    def bool(self, name: str) -> bool:
        value = self.raw.get(name)
        result = value is True or (isinstance(value, str) and value.lower() in ("true", "1"))
        if name in self.raw:
            self.typed[name] = result
        return result

    def json(self, name: str, error: str) -> Any:
        value = self.raw.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                raise bad_request(error) from None
        self.typed[name] = value
        return value

    def decoded(self) -> dict[str, Any]:
        return {**self.raw, **self.typed}


class BotApiServer:
    """The Bot API server plus the test-side API to feed updates and inspect calls."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "spreidingsbot_test_bot",
        bot_first_name: str = "Spreidingsbot (test)",
        strict_ampersand: bool = True,
        group_privacy: bool = False,
    ) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self._defaults = (strict_ampersand, group_privacy)
        self._cond = threading.Condition()
        self._http: HttpServerThread | None = None
        self._ids = itertools.count(1)
        self.reset()

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> BotApiServer:
        """Listen on 127.0.0.1 at a free port."""
        self._closing = False
        self._http = HttpServerThread(self._dispatch)
        self._http.start()
        return self

    def stop(self) -> None:
        """Wake long-polls, close connections and stop listening."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._http is not None:
            self._http.stop()
            self._http = None

    def __enter__(self) -> BotApiServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._http is None:
            raise RuntimeError("BotApiServer is not started")
        return self._http.port

    @property
    def connections_accepted(self) -> int:
        """TCP connections accepted since start (keep-alive reuse keeps this low)."""
        return self._http.connections_accepted if self._http else 0

    @property
    def base_url(self) -> str:
        """Value for ``ApplicationBuilder().base_url(...)``."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for ``ApplicationBuilder().base_file_url(...)``."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id, "is_bot": True, "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    # ------------------------------------------------------------------ test API
    def reset(self) -> None:
        """Forget everything (chats, updates, messages, commands, calls, floods, outages, blocks)
        and restore the constructor's ``strict_ampersand`` and ``group_privacy``."""
        with self._cond:
            self.strict_ampersand, self.group_privacy = self._defaults
            self._chats: dict[int, _Chat] = {}
            self._users: dict[int, dict[str, Any]] = {}
            self._updates: list[dict[str, Any]] = []
            self._next_update_id = 10_000
            self._allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
            self._poll_generation = getattr(self, "_poll_generation", 0) + 1  # ends stale polls
            self._epoch = getattr(self, "_epoch", 0) + 1  # requests begun before a reset go unrecorded
            self._polls_waiting = getattr(self, "_polls_waiting", 0)
            self._messages: dict[int, dict[int, dict[str, Any]]] = {}
            self._next_message_id: dict[int, int] = {}
            self._callback_queries: dict[str, bool] = {}
            self._commands: dict[tuple[str, str], list[dict[str, str]]] = {}
            self._files: dict[str, tuple[bytes, str]] = {}
            self._sent: list[Call] = []
            self._log: list[LoggedRequest] = []
            self._floods: list[_Flood] = []
            self._outage: str | None = None
            self._frozen = False
            self._blocked: set[int] = set()
            self._closing = getattr(self, "_closing", False)
            self._cond.notify_all()

    def register_chat(
        self,
        chat_id: int,
        chat_type: str = "private",
        *,
        title: str | None = None,
        first_name: str | None = None,
        username: str | None = None,
    ) -> dict[str, Any]:
        """Make ``chat_id`` known (as Telegram knows chats the bot is in); returns the Chat."""
        if chat_type not in ("private", "group", "supergroup", "channel"):
            raise ValueError(f"unknown chat type {chat_type!r}")
        if chat_type == "private" and chat_id <= 0:
            raise ValueError("private chat ids are positive (the user's id)")
        if chat_type != "private" and chat_id >= 0:
            raise ValueError("group, supergroup and channel ids are negative")
        with self._cond:
            chat = self._chats.get(chat_id)
            if chat is None or chat.type != chat_type:
                chat = _Chat(chat_id, chat_type)
                self._chats[chat_id] = chat
            if chat_type == "private":
                chat.first_name = first_name or chat.first_name or f"Gebruiker {chat_id}"
                chat.username = username or chat.username
            else:
                chat.title = title or chat.title or f"Testgroep {chat_id}"
            return chat.as_dict()

    def inject_message(
        self,
        user_id: int,
        chat_id: int,
        text: str,
        chat_type: str = "private",
        first_name: str = "Test",
        *,
        username: str | None = None,
        last_name: str | None = None,
        title: str | None = None,
        reply_to_message_id: int | None = None,
    ) -> dict[str, Any] | None:
        """Queue a text message from a user as an Update; returns it (None if privacy hid it)."""
        if chat_type == "private" and chat_id != user_id:
            raise ValueError("in a private chat the chat id is the user's id")
        user = self._user(user_id, first_name, username, last_name)
        chat = self.register_chat(
            chat_id, chat_type, title=title,
            first_name=first_name if chat_type == "private" else None,
            username=username if chat_type == "private" else None,
        )
        entities = [
            {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group())}
            for m in _COMMAND_ENTITY_RE.finditer(text)
        ]
        if self.group_privacy and chat_type != "private":
            addressed = (entities and entities[0]["offset"] == 0) or f"@{self.bot_username}" in text
            if not addressed:
                return None
        with self._cond:
            message: dict[str, Any] = {
                "message_id": self._new_message_id(chat_id),
                "from": user,
                "chat": chat,
                "date": int(time.time()),
                "text": text,
            }
            if entities:
                message["entities"] = entities
            if reply_to_message_id is not None:
                replied = self._messages.get(chat_id, {}).get(reply_to_message_id)
                if replied is None:
                    raise ValueError(f"no message {reply_to_message_id} in chat {chat_id}")
                message["reply_to_message"] = replied
            self._store_message(message)
            return self.inject_update({"message": message})

    def inject_callback(self, user_id: int, chat_id: int, message_id: int, data: str) -> dict[str, Any]:
        """Queue a button press on message ``message_id`` (sent by the bot) as an Update."""
        with self._cond:
            message = self._messages.get(chat_id, {}).get(message_id)
            if message is None:
                raise ValueError(f"no message {message_id} in chat {chat_id}: the bot never sent it")
            if message.get("from", {}).get("id") != self.bot_id:
                raise ValueError("callback buttons exist only on messages the bot sent")
            user = self._users.get(user_id) or self._user(user_id, "Test", None, None)
            query_id = str(4_000_000_000 + next(self._ids))
            self._callback_queries[query_id] = False
            query = {
                "id": query_id,
                "from": user,
                "message": message,
                "chat_instance": str(abs(chat_id) * 7 + 3),
                "data": data,
            }
            return self.inject_update({"callback_query": query})

    def inject_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw Update (``update_id`` is assigned); returns it."""
        with self._cond:
            full = {"update_id": self._next_update_id, **update}
            self._next_update_id += 1
            self._updates.append(full)
            self._cond.notify_all()
            return full

    def block(self, chat_id: int) -> None:
        """The user blocked the bot (or it was removed from the group): sends answer 403."""
        with self._cond:
            self._blocked.add(chat_id)

    def flood(self, count: int = 1, retry_after: int = 1, methods: Iterable[str] | None = None) -> None:
        """Answer the next ``count`` calls (of ``methods``; default all but getUpdates) with 429."""
        self._add_flood(_Flood(count, None, retry_after, self._method_set(methods)))

    def flood_for(self, seconds: float, retry_after: int = 1, methods: Iterable[str] | None = None) -> None:
        """Answer every call (of ``methods``; default all but getUpdates) with 429 for ``seconds``."""
        self._add_flood(_Flood(None, time.monotonic() + seconds, retry_after, self._method_set(methods)))

    def outage(self, mode: str | None = "503") -> None:
        """Make every call fail: "503"/"502" answer that status, "close" drops the connection.

        ``outage(None)`` ends it.
        """
        if mode not in (None, "502", "503", "close"):
            raise ValueError("outage mode is '502', '503', 'close' or None")
        with self._cond:
            self._outage = mode
        if mode == "close" and self._http is not None:
            self._http.drop_connections()

    def end_outage(self) -> None:
        """Telegram is back."""
        self.outage(None)

    def freeze(self) -> None:
        """Behave like a SIGSTOPped server: connections are accepted and requests read, but nothing is
        answered until ``thaw()``; then every request that arrived meanwhile is processed, in full, also
        when its client has given up waiting (exactly what the real server does after SIGCONT)."""
        with self._cond:
            self._frozen = True

    def thaw(self) -> None:
        """End a ``freeze()``: the held requests are processed now."""
        with self._cond:
            self._frozen = False
            self._cond.notify_all()

    @property
    def sent(self) -> list[Call]:
        """Snapshot of every accepted call except getUpdates, oldest first."""
        with self._cond:
            return list(self._sent)

    @property
    def requests_log(self) -> list[LoggedRequest]:
        """Snapshot of every request, accepted or rejected, oldest first."""
        with self._cond:
            return list(self._log)

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a getUpdates offset."""
        with self._cond:
            return list(self._updates)

    @property
    def polls_waiting(self) -> int:
        """getUpdates requests currently blocked in a long poll."""
        with self._cond:
            return self._polls_waiting

    def calls(self, method: str) -> list[Call]:
        """Accepted calls of one method (case-insensitive)."""
        return [c for c in self.sent if c.method.lower() == method.lower()]

    def messages(self, chat_id: int) -> list[dict[str, Any]]:
        """Current messages in a chat (after edits and deletions), by message_id."""
        with self._cond:
            return [self._messages[chat_id][k] for k in sorted(self._messages.get(chat_id, {}))]

    def bot_messages(self, chat_id: int) -> list[dict[str, Any]]:
        """Current messages the bot sent in a chat."""
        return [m for m in self.messages(chat_id) if m["from"]["id"] == self.bot_id]

    def bot_texts(self, chat_id: int) -> list[str]:
        """Visible text (or caption) of the bot's current messages in a chat."""
        return [m.get("text", m.get("caption", "")) for m in self.bot_messages(chat_id)]

    def commands(self, scope: dict[str, Any] | None = None, language_code: str = "") -> list[dict[str, str]]:
        """Commands registered with setMyCommands for a scope and language."""
        with self._cond:
            return list(self._commands.get((validate_scope(scope), language_code), []))

    def file_content(self, file_id: str) -> bytes:
        """Bytes of an uploaded photo or document."""
        with self._cond:
            return self._files[file_id][0]

    def wait_for(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Wait until ``predicate()`` is truthy (re-checked on every call); return its value."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate()
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    recent = [(r.method, r.status, r.error) for r in self._log[-8:]]
                    raise AssertionError(f"condition not met within {timeout}s; last requests: {recent}")
                self._cond.wait(min(remaining, 0.1))

    def wait_for_calls(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Wait until at least ``count`` accepted calls of ``method`` were made; return them."""
        return self.wait_for(lambda: (found := self.calls(method)) and len(found) >= count and found, timeout)

    # ------------------------------------------------------------------ internals
    def _user(self, user_id: int, first_name: str, username: str | None, last_name: str | None) -> dict:
        if user_id <= 0:
            raise ValueError("user ids are positive")
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "nl"}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        with self._cond:
            self._users[user_id] = user
        return user

    @staticmethod
    def _method_set(methods: Iterable[str] | None) -> frozenset[str] | None:
        return None if methods is None else frozenset(m.lower() for m in methods)

    def _add_flood(self, flood: _Flood) -> None:
        with self._cond:
            self._floods.append(flood)

    def _flooded(self, method: str) -> int | None:
        """retry_after if this call must be answered 429 (consumes one count)."""
        now = time.monotonic()
        for flood in list(self._floods):
            if flood.until is not None and now >= flood.until:
                self._floods.remove(flood)
                continue
            if flood.methods is None and method == "getupdates":
                continue
            if flood.methods is not None and method not in flood.methods:
                continue
            if flood.remaining is not None:
                flood.remaining -= 1
                if flood.remaining <= 0:
                    self._floods.remove(flood)
            if flood.until is not None:
                return max(1, min(flood.retry_after, int(flood.until - now + 0.999)))
            return flood.retry_after
        return None

    def _new_message_id(self, chat_id: int) -> int:
        number = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = number + 1
        return number

    def _store_message(self, message: dict[str, Any]) -> None:
        self._messages.setdefault(message["chat"]["id"], {})[message["message_id"]] = message

    # ------------------------------------------------------------------ HTTP dispatch
    def _dispatch(self, request: HttpRequest) -> HttpResponse:
        with self._cond:
            while self._frozen and not self._closing:
                self._cond.wait()
            outage = self._outage
            epoch = self._epoch
        method = request.path.rsplit("/", 1)[-1]
        if outage is not None:
            self._record(method, request, int(outage) if outage != "close" else 0, f"outage ({outage})")
            if outage == "close":
                return HttpResponse(close_without_answer=True)
            text = "Bad Gateway" if outage == "502" else "Service Unavailable"
            return HttpResponse(int(outage), f"<html><body>{outage} {text}</body></html>".encode(), "text/html")
        if request.path.startswith("/file/bot"):
            return self._serve_file(request)
        match = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)", request.path)
        try:
            if match is None:
                raise ApiError(404, "Not Found")
            token, method = match.groups()
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            handler = getattr(self, f"_api_{method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            if request.body_error:
                raise bad_request(f"can't parse request body: {request.body_error}")
            with self._cond:
                retry_after = self._flooded(method.lower())
            if retry_after is not None:
                raise ApiError(
                    429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
                )
            params = _Params(request.params)
            result = handler(params, request.files)
        except ApiError as exc:
            superseded_and_gone = exc.code == 409 and request.client_gone()  # nobody will read it
            if epoch == self._epoch and not superseded_and_gone:
                self._record(method, request, exc.code, exc.description)
            body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            return HttpResponse(exc.code, json.dumps(body).encode())
        with self._cond:
            if epoch != self._epoch:
                return HttpResponse(200, json.dumps({"ok": True, "result": result}).encode())
            self._log.append(LoggedRequest(method, params.decoded(), request.files, 200, None, time.time()))
            if method.lower() not in NOT_RECORDED_IN_SENT:
                self._sent.append(Call(method, params.decoded(), request.files, result))
            self._cond.notify_all()
        return HttpResponse(200, json.dumps({"ok": True, "result": result}).encode())

    def _record(self, method: str, request: HttpRequest, status: int, error: str) -> None:
        with self._cond:
            self._log.append(LoggedRequest(method, dict(request.params), request.files, status, error, time.time()))
            self._cond.notify_all()

    def _serve_file(self, request: HttpRequest) -> HttpResponse:
        match = re.fullmatch(r"/file/bot([^/]+)/(.+)", request.path)
        if match is None or match.group(1) != self.token:
            self._record("file", request, 401 if match else 404, "Unauthorized" if match else "Not Found")
            return HttpResponse(401 if match else 404, b'{"ok":false}')
        with self._cond:
            for content, path in self._files.values():
                if path == match.group(2):
                    self._record("file", request, 200, "")
                    return HttpResponse(200, content, "application/octet-stream")
        self._record("file", request, 404, "Not Found")
        return HttpResponse(404, b'{"ok":false,"error_code":404,"description":"Not Found"}')

    # ------------------------------------------------------------------ shared checks
    def _chat(self, params: _Params) -> _Chat:
        raw = params.raw.get("chat_id")
        if raw is None or raw == "":
            raise bad_request("chat_id is empty")
        with self._cond:
            if isinstance(raw, str) and raw.startswith("@"):
                for chat in self._chats.values():
                    if chat.username and f"@{chat.username}".lower() == raw.lower():
                        params.typed["chat_id"] = chat.id
                        return chat
                raise bad_request("chat not found")
            try:
                chat_id = int(raw)
            except (TypeError, ValueError):
                raise bad_request("chat not found") from None
            params.typed["chat_id"] = chat_id
            chat = self._chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        if chat.id in self._blocked:
            if chat.type == "private":
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            raise ApiError(403, "Forbidden: bot was kicked from the group chat")
        return chat

    def _formatted(self, params: _Params, name: str, entities_name: str, limit: int, kind: str) -> tuple[str, list]:
        """Visible text and entities of a text or caption parameter, checked like Telegram."""
        raw = params.str(name) or ""
        parse_mode = (params.str("parse_mode") or "").lower()
        if parse_mode == "html":
            try:
                text, entities = parse_html(raw, strict_ampersand=self.strict_ampersand)
            except EntityParseError as exc:
                raise bad_request(f"can't parse entities: {exc}") from None
        elif parse_mode in ("markdown", "markdownv2"):
            raise bad_request(f"parse_mode {parse_mode!r} is not supported by the strict test server; use HTML")
        elif parse_mode:
            raise bad_request(f"unsupported parse_mode {parse_mode!r}")
        else:
            text = raw
            entities = params.json(entities_name, f"can't parse {entities_name} JSON object") or []
            if not isinstance(entities, list):
                raise bad_request(f"can't parse {entities_name} JSON object")
        stripped = text.strip()
        if stripped != text:
            shift = utf16_len(text[: len(text) - len(text.lstrip())])
            visible = utf16_len(stripped)
            kept = []
            for entity in entities:
                start = max(0, entity["offset"] - shift)
                end = min(visible, entity["offset"] - shift + entity["length"])
                if end > start:
                    kept.append({**entity, "offset": start, "length": end - start})
            text, entities = stripped, kept
        if kind == "text" and not text:
            raise bad_request("message text is empty")
        if utf16_len(text) > limit:
            raise bad_request("message is too long" if kind == "text" else "message caption is too long")
        return text, entities

    def _reply_markup(self, params: _Params) -> dict[str, Any] | None:
        markup = params.json("reply_markup", "can't parse reply keyboard markup JSON object")
        if markup is None:
            return None
        validate_reply_markup(markup)
        return markup

    def _check_reply(self, params: _Params, chat: _Chat) -> None:
        reply_to = params.int("reply_to_message_id")
        allow_missing = params.bool("allow_sending_without_reply")
        reply_parameters = params.json("reply_parameters", "can't parse reply parameters JSON object")
        if isinstance(reply_parameters, dict):
            reply_to = reply_parameters.get("message_id")
            allow_missing = bool(reply_parameters.get("allow_sending_without_reply"))
        if reply_to is not None and not allow_missing:
            with self._cond:
                if reply_to not in self._messages.get(chat.id, {}):
                    raise bad_request("message to be replied not found")

    def _new_bot_message(self, chat: _Chat, params: _Params, **content: Any) -> dict[str, Any]:
        markup = self._reply_markup(params)
        self._check_reply(params, chat)
        with self._cond:
            message: dict[str, Any] = {
                "message_id": self._new_message_id(chat.id),
                "from": self.bot_user,
                "chat": chat.as_dict(),
                "date": int(time.time()),
            }
            message.update({k: v for k, v in content.items() if v not in (None, [])})
            if markup is not None and "inline_keyboard" in markup:
                message["reply_markup"] = {"inline_keyboard": markup["inline_keyboard"]}
            self._store_message(message)
            return message

    def _bot_message(self, params: _Params, not_found: str) -> tuple[_Chat, dict[str, Any]]:
        if params.has("inline_message_id"):
            raise bad_request("inline messages are not supported by the test server")
        chat = self._chat(params)
        message_id = params.int("message_id", "message identifier is not specified")
        with self._cond:
            message = self._messages.get(chat.id, {}).get(message_id)
        if message is None:
            raise bad_request(not_found)
        if message["from"]["id"] != self.bot_id:
            raise bad_request("message can't be edited")
        return chat, message

    def _upload(self, files: dict[str, UploadedFile], params: _Params, name: str) -> tuple[str, bytes, str]:
        """The uploaded or referenced file for ``name``: (file_id, content, filename)."""
        value = params.raw.get(name)
        upload = files.get(name)
        if upload is None and isinstance(value, str) and value.startswith("attach://"):
            upload = files.get(value[len("attach://") :])
        if upload is not None:
            if not upload.content:
                raise bad_request("file must be non-empty")
            file_id = f"F{name[:2].upper()}{next(self._ids):08d}"
            params.typed[name] = f"<upload {upload.filename} {len(upload.content)} bytes>"
            return file_id, upload.content, upload.filename
        if not value:
            raise bad_request(f"there is no {name} in the request")
        with self._cond:
            stored = self._files.get(str(value))
        if stored is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        return str(value), stored[0], stored[1].rsplit("/", 1)[-1]

    def _store_file(self, file_id: str, content: bytes, folder: str, filename: str) -> None:
        with self._cond:
            self._files.setdefault(file_id, (content, f"{folder}/{file_id}_{filename or 'file'}"))

    # ------------------------------------------------------------------ Bot API methods
    def _api_getme(self, params: _Params, files: dict) -> dict[str, Any]:
        return {
            **self.bot_user, "can_join_groups": True, "can_read_all_group_messages": not self.group_privacy,
            "supports_inline_queries": False, "can_connect_to_business": False, "has_main_web_app": False,
        }

    def _api_logout(self, params: _Params, files: dict) -> bool:
        return True

    def _api_close(self, params: _Params, files: dict) -> bool:
        return True

    def _api_deletewebhook(self, params: _Params, files: dict) -> bool:
        if params.bool("drop_pending_updates"):
            with self._cond:
                self._updates.clear()
        return True

    def _api_getwebhookinfo(self, params: _Params, files: dict) -> dict[str, Any]:
        with self._cond:
            return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._updates)}

    def _api_getupdates(self, params: _Params, files: dict) -> list[dict[str, Any]]:
        offset = params.int("offset")
        limit = params.int("limit") or 100
        if not 1 <= limit <= 100:
            limit = 100
        timeout = max(0, params.int("timeout") or 0)
        allowed = params.json("allowed_updates", "can't parse allowed_updates JSON object")
        deadline = time.monotonic() + timeout
        with self._cond:
            if isinstance(allowed, list):
                self._allowed_updates = frozenset(allowed) if allowed else DEFAULT_ALLOWED_UPDATES
            self._poll_generation += 1
            generation = self._poll_generation
            self._cond.notify_all()  # a poll still waiting is now superseded
            if offset is not None:
                if offset < 0:
                    self._updates = self._updates[offset:]
                else:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while True:
                self._updates = [u for u in self._updates if self._is_allowed(u)]
                if self._updates or self._closing:
                    return self._updates[:limit]
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._polls_waiting += 1
                self._cond.notify_all()
                try:
                    self._cond.wait(remaining)
                finally:
                    self._polls_waiting = max(0, self._polls_waiting - 1)
                if self._poll_generation != generation:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; make sure that only one "
                        "bot instance is running",
                    )

    def _is_allowed(self, update: dict[str, Any]) -> bool:
        return any(key in self._allowed_updates for key in update if key != "update_id")

    def _api_setmycommands(self, params: _Params, files: dict) -> bool:
        raw = params.json("commands", "can't parse commands JSON object")
        if raw is None:
            raise bad_request('parameter "commands" is required')
        commands = validate_commands(raw)
        key = (validate_scope(params.json("scope", "can't parse BotCommandScope JSON object")),
               params.str("language_code") or "")
        with self._cond:
            self._commands[key] = commands
        return True

    def _api_getmycommands(self, params: _Params, files: dict) -> list[dict[str, str]]:
        scope = params.json("scope", "can't parse BotCommandScope JSON object")
        return self.commands(scope, params.str("language_code") or "")

    def _api_deletemycommands(self, params: _Params, files: dict) -> bool:
        key = (validate_scope(params.json("scope", "can't parse BotCommandScope JSON object")),
               params.str("language_code") or "")
        with self._cond:
            self._commands.pop(key, None)
        return True

    def _api_sendmessage(self, params: _Params, files: dict) -> dict[str, Any]:
        chat = self._chat(params)
        text, entities = self._formatted(params, "text", "entities", MESSAGE_MAX, "text")
        return self._new_bot_message(chat, params, text=text, entities=entities)

    def _api_editmessagetext(self, params: _Params, files: dict) -> dict[str, Any]:
        chat, message = self._bot_message(params, "message to edit not found")
        text, entities = self._formatted(params, "text", "entities", MESSAGE_MAX, "text")
        markup = self._reply_markup(params)
        if "text" not in message:
            raise bad_request("there is no text in the message to edit")
        new_markup = {"inline_keyboard": markup["inline_keyboard"]} if markup and "inline_keyboard" in markup else None
        if (text, entities, new_markup) == (message["text"], message.get("entities", []), message.get("reply_markup")):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        return self._replace(chat, message, text=text, entities=entities, reply_markup=new_markup)

    def _api_editmessagereplymarkup(self, params: _Params, files: dict) -> dict[str, Any]:
        chat, message = self._bot_message(params, "message to edit not found")
        markup = self._reply_markup(params)
        if markup is not None and "inline_keyboard" not in markup:
            raise bad_request("only inline keyboards can be edited")
        new_markup = {"inline_keyboard": markup["inline_keyboard"]} if markup else None
        if new_markup == message.get("reply_markup"):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        return self._replace(chat, message, reply_markup=new_markup)

    def _replace(self, chat: _Chat, message: dict[str, Any], **changes: Any) -> dict[str, Any]:
        updated = {**message, "edit_date": int(time.time())}
        for key, value in changes.items():
            if value in (None, []):
                updated.pop(key, None)
            else:
                updated[key] = value
        with self._cond:
            self._store_message(updated)
        return updated

    def _api_deletemessage(self, params: _Params, files: dict) -> bool:
        chat = self._chat(params)
        message_id = params.int("message_id", "message identifier is not specified")
        with self._cond:
            if self._messages.get(chat.id, {}).pop(message_id, None) is None:
                raise bad_request("message to delete not found")
        return True

    def _api_answercallbackquery(self, params: _Params, files: dict) -> bool:
        query_id = params.str("callback_query_id", 'parameter "callback_query_id" is required')
        text = params.str("text") or ""
        if utf16_len(text) > CALLBACK_ANSWER_MAX:
            raise bad_request("MESSAGE_TOO_LONG")
        with self._cond:
            if self._callback_queries.get(query_id, True):
                raise bad_request("query is too old and response timeout expired or query ID is invalid")
            self._callback_queries[query_id] = True
        return True

    def _api_sendchataction(self, params: _Params, files: dict) -> bool:
        self._chat(params)
        action = params.str("action", 'parameter "action" is required')
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    def _api_getchat(self, params: _Params, files: dict) -> dict[str, Any]:
        chat = self._chat(params)
        return {**chat.as_dict(), "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": {"unlimited_gifts": False, "limited_gifts": False,
                                        "unique_gifts": False, "premium_subscription": False,
                                        "gifts_from_channels": False}}

    def _api_getfile(self, params: _Params, files: dict) -> dict[str, Any]:
        file_id = params.str("file_id", 'parameter "file_id" is required')
        with self._cond:
            stored = self._files.get(file_id)
        if stored is None:
            raise bad_request("invalid file_id")
        return {"file_id": file_id, "file_unique_id": f"U{file_id}", "file_size": len(stored[0]),
                "file_path": stored[1]}

    def _api_sendphoto(self, params: _Params, files: dict) -> dict[str, Any]:
        chat = self._chat(params)
        file_id, content, filename = self._upload(files, params, "photo")
        caption, entities = self._formatted(params, "caption", "caption_entities", CAPTION_MAX, "caption")
        width, height = _image_size(content)
        if len(content) > 10 * 1024 * 1024:
            raise ApiError(413, "Request Entity Too Large")
        if width + height > 10_000 or max(width, height) > 20 * min(width, height):
            raise bad_request("PHOTO_INVALID_DIMENSIONS")
        self._store_file(file_id, content, "photos", filename)
        photo = [{"file_id": file_id, "file_unique_id": f"U{file_id}", "width": width, "height": height,
                  "file_size": len(content)}]
        return self._new_bot_message(chat, params, photo=photo, caption=caption or None,
                                     caption_entities=entities)

    def _api_senddocument(self, params: _Params, files: dict) -> dict[str, Any]:
        chat = self._chat(params)
        file_id, content, filename = self._upload(files, params, "document")
        caption, entities = self._formatted(params, "caption", "caption_entities", CAPTION_MAX, "caption")
        if len(content) > 50 * 1024 * 1024:
            raise ApiError(413, "Request Entity Too Large")
        self._store_file(file_id, content, "documents", filename)
        upload = files.get("document")
        document = {"file_id": file_id, "file_unique_id": f"U{file_id}", "file_name": filename,
                    "mime_type": upload.content_type if upload else "application/octet-stream",
                    "file_size": len(content)}
        return self._new_bot_message(chat, params, document=document, caption=caption or None,
                                     caption_entities=entities)


def _image_size(content: bytes) -> tuple[int, int]:
    """Width and height of an image, or Telegram's IMAGE_PROCESS_FAILED."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as image:
            image.verify()
            return image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise bad_request("IMAGE_PROCESS_FAILED") from None
