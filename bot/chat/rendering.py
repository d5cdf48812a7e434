"""Rendering: an Answer → chat replies (Telegram HTML and buttons), every text from templates/chat/."""
from __future__ import annotations

from datetime import date
from typing import Any

from bot.chat import reading
from bot.chat.asking import Answer
from bot.chat.names import NameMatch
from bot.chat.query import Option, Query
from templates import render

PAGE_SIZE = 10
COUNT_NAMES = 30  # a count answer also names up to this many municipalities
FILTER_KEYS = ("gemeente", "province", "not_province", "not_gemeente", "trede", "not_trede", "owner", "no_owner",
               "state", "not_state", "letter_undelivered", "missing", "reason", "compliance", "expected_before",
               "expected_after", "termijn_from", "termijn_to", "fact", "date", "search")
DATE_KEYS = ("expected_before", "expected_after", "termijn_from", "termijn_to", "date")


def button_label(key: str, name: str) -> str:
    return render("chat/answer_button.txt.j2", key=key, name=name).strip()


def name_note(match: NameMatch | None) -> str:
    """'Delfzijl valt sinds 2021 onder Eemsdelta.' and the like; '' when the name was read as typed."""
    if match is None or not match.note_needed:
        return ""
    return render("chat/names.html.j2", key="note", m=match).strip()


def name_text(key: str, match: NameMatch) -> str:
    return render("chat/names.html.j2", key=key, m=match).strip()


def _view_filters(filters: dict[str, Any]) -> dict[str, Any]:
    view: dict[str, Any] = dict.fromkeys(FILTER_KEYS)
    view.update(filters)
    for k in DATE_KEYS:
        if isinstance(view.get(k), str):
            view[k] = date.fromisoformat(view[k])
    for k in ("province", "not_province", "not_gemeente"):  # one or several: a list for the template
        if isinstance(view.get(k), str):
            view[k] = [view[k]]
    return view


def _option_data(i: int, o: Option) -> str:
    """A status choice is the stateless status button (st:<code>); other choices pick option i (qa:i)."""
    if o.query.intent == "status" and o.query.name is not None and len(o.query.name.gemeenten) == 1:
        return f"st:{o.query.name.gemeenten[0].cbs_code}"
    return f"qa:{i}"


def render_answer(a: Answer, page: int = 0) -> tuple[str, list[list[tuple[str, str]]]]:
    """(Telegram HTML, button rows of (label, callback data)) for an answer; lists are paged."""
    q = a.query
    view = Query(q.intent, _view_filters(q.filters), name=q.name, options=q.options, clarify=q.clarify, text=q.text)
    buttons: list[list[tuple[str, str]]] = []
    rows: list[Any] = []
    pages = 1
    if q.intent == "list":
        pages = max(1, -(-len(a.rows) // PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        rows = a.rows[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        nav = []
        if page > 0:
            nav.append((render("chat/button.txt.j2", key="prev").strip(), f"qp:{page - 1}"))
        if page < pages - 1:
            nav.append((render("chat/button.txt.j2", key="next").strip(), f"qp:{page + 1}"))
        if nav:
            buttons.append(nav)
    elif q.intent == "count":
        rows = sorted(a.rows, key=lambda r: r.gemeente.casefold())[:COUNT_NAMES]
    elif q.intent == "clarify":
        if q.clarify == "no_gemeente" and q.name is not None:
            return name_text("none", q.name), []
        if q.clarify == "no_staff" and q.name is not None:
            return render("chat/short.html.j2", key="staff_unknown", person=q.name.given[:100]).strip(), []
        if q.clarify in ("gemeente", "suggest") and q.name is not None:
            html = name_text("suggest" if q.clarify == "suggest" else "choose", q.name)
            key = "did_you_mean" if q.clarify == "suggest" else "gemeente"
            return html, [[(button_label(key, o.label), _option_data(i, o))] for i, o in enumerate(q.options)]
        for i, o in enumerate(q.options):
            kind, _, name = o.label.partition(":")
            buttons.append([(button_label(kind, name), f"qa:{i}")])
    elif q.intent == "unknown":
        for i, o in enumerate(q.options):
            buttons.append([(button_label("capability", reading.capability(o.query.filters["capability"])[1]),
                             f"qa:{i}")])
    html = render("chat/answer.html.j2", a=a, q=view, rows=rows, page=page, pages=pages,
                  note=name_note(q.name), capability=reading.capability).strip()
    return html, buttons
