"""ChatCore commands over a real database: every command, fuzzy names, ambiguity, typos, paging, HTML safety."""
from __future__ import annotations

import html
from datetime import date

import pytest
from sqlalchemy import func, select

from bot.chat.core import Button, ChatCore, Reply
from bot.chat.plain import html_to_text
from storage.db import Database
from storage.models import AuditEvent, Case, CaseNote, Message, Staff, TredeChange
from tests.chat.conftest import check_reply
from tests.chat.factory import (
    HOSTILE_SUBJECT,
    TEAM_CHAT,
    TG_BEHANDELAAR,
    TG_BEHEERDER,
    TG_MEELEZER,
    TG_STRANGER,
    World,
    add_case,
)

pytestmark = pytest.mark.timeout(60)


def ask(core: ChatCore, text: str, user: int = TG_BEHANDELAAR, chat: int | None = None,
        chat_type: str = "private") -> list[Reply]:
    replies = core.handle_text(user, user if chat is None else chat, chat_type, text, "Naam")
    for r in replies:
        check_reply(r)
    return replies


def press(core: ChatCore, data: str, user: int = TG_BEHANDELAAR, chat: int | None = None) -> list[Reply]:
    replies = core.handle_callback(user, user if chat is None else chat, data)
    for r in replies:
        check_reply(r)
    return replies


def text_of(replies: list[Reply]) -> str:
    return html_to_text("\n".join(r.html for r in replies))


def datas(reply: Reply) -> list[str]:
    return [b.data for row in reply.buttons for b in row]


def audits(db: Database, action: str) -> list[AuditEvent]:
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


# --- reading ------------------------------------------------------------------------------------------


def test_commands_list_matches_help(core: ChatCore) -> None:
    names = [n for n, _ in core.commands()]
    for expected in ("status", "zaken", "termijnen", "ontbreekt", "mijn", "toewijzen", "trede", "notitie",
                     "bericht", "zoek", "overzicht", "staf", "help", "start"):
        assert expected in names
    for name, desc in core.commands():
        assert name.isascii() and name.islower() and 1 <= len(desc) <= 256
    help_text = text_of(ask(core, "/help"))
    assert all(f"/{n}" in help_text for n in names)
    assert text_of(ask(core, "/start")) == help_text


@pytest.mark.parametrize("query", ["heemskerk", "Heemskerk", "HEEMSKERK", "heemskrek", "gemeente Heemskerk"])
def test_status_fuzzy(core: ChatCore, query: str) -> None:
    out = text_of(ask(core, f"/status {query}"))
    if query == "heemskrek":  # a typo: answered, but the answer says it guessed
        first, out = out.split("\n", 1)
        assert first == "„heemskrek” ken ik niet; ik neem aan dat je Heemskerk bedoelt."
    assert out.startswith("Heemskerk (Noord-Holland, GM0396)")
    assert "Trede 2" in out and "Sanne de Vries" in out
    assert "Beantwoord 28 april 2026 (op tijd)" in out
    assert "tijdpad" in out and "zo snel mogelijk" in out  # the missing element with its evidence


@pytest.mark.parametrize(("query", "name"), [("den bosch", "'s-Hertogenbosch"), ("sudwest fryslan", "Súdwest-Fryslân"),
                                             ("Súdwest-Fryslân", "Súdwest-Fryslân"), ("almre", "Almere")])
def test_status_names_people_type(core: ChatCore, query: str, name: str) -> None:
    lines = text_of(ask(core, f"/status {query}")).splitlines()
    if query == "almre":  # a typo: the guess is said first
        assert lines.pop(0) == "„almre” ken ik niet; ik neem aan dat je Almere bedoelt."
    assert lines[0].startswith(name)


def test_status_overdue_and_due(core: ChatCore) -> None:
    assert "30 april 2026 verstreken, 10 dagen te laat" in text_of(ask(core, "/status almere"))
    assert "16 mei 2026, nog 6 dagen" in text_of(ask(core, "/status den bosch"))


def test_status_ambiguous_offers_buttons(core: ChatCore) -> None:
    [reply] = ask(core, "/status Bergen")
    assert "Welke gemeente" in text_of([reply])
    assert datas(reply) == ["st:GM0893", "st:GM0373"]
    assert [b.text for row in reply.buttons for b in row] == ["Bergen (L.)", "Bergen (NH.)"]
    out = text_of(press(core, "st:GM0373"))
    assert out.startswith("Bergen (NH.)") and "Brief 7000004" in out
    assert text_of(press(core, "st:GM0893")).startswith("Bergen (L.)")
    assert "Geen zaak" in text_of(press(core, "st:GM0893"))


def test_status_unknown_and_usage(core: ChatCore) -> None:
    assert "Ik ken geen gemeente" in text_of(ask(core, "/status xyzzyqq"))
    assert "Gebruik: /status" in text_of(ask(core, "/status"))


def test_zaken_paged(core: ChatCore, db: Database, world: World) -> None:
    [reply] = ask(core, "/zaken")
    out = text_of([reply])
    assert "Open zaken (5)" in out and reply.buttons == []
    with db.session() as s:  # 25 more cases: three pages of ten
        from storage.models import Gemeente

        taken = select(Case.gemeente_id)
        names = s.scalars(select(Gemeente.name).where(Gemeente.id.not_in(taken)).order_by(Gemeente.name).limit(25))
        for i, name in enumerate(list(names)):
            add_case(s, name, date(2026, 4, 20), ref=f"71{i:05d}")
    [first] = ask(core, "/zaken")
    assert "Open zaken (30)" in text_of([first]) and "pagina 1 van 3" in text_of([first])
    assert datas(first) == ["pg:zaken:1"]
    assert text_of([first]).count("•") == 10
    [second] = press(core, "pg:zaken:1")
    assert "pagina 2 van 3" in text_of([second]) and datas(second) == ["pg:zaken:0", "pg:zaken:2"]
    [third] = press(core, "pg:zaken:2")
    assert datas(third) == ["pg:zaken:1"]
    assert [b.text for row in second.buttons for b in row] == ["« Vorige", "Volgende »"]


def test_termijnen(core: ChatCore) -> None:
    out = text_of(ask(core, "/termijnen"))
    lines = [ln for ln in out.splitlines() if ln.startswith("•")]
    assert [ln.split("·")[0].strip("• ").strip() for ln in lines] == ["Almere", "'s-Hertogenbosch", "Súdwest-Fryslân"]
    assert "10 dagen te laat" in lines[0]
    assert "Heemskerk" not in out  # answered
    assert "Bergen" not in out  # termijn more than a week away


def test_ontbreekt_and_mijn(core: ChatCore) -> None:
    out = text_of(ask(core, "/ontbreekt"))
    assert "Heemskerk" in out and "Súdwest-Fryslân" in out and "Almere" not in out
    assert "ontbreekt: tijdpad" in out
    mine = text_of(ask(core, "/mijn"))
    assert "Mijn zaken (2)" in mine and "Heemskerk" in mine and "Almere" not in mine
    assert "Mijn zaken: geen." in text_of(ask(core, "/mijn", user=TG_BEHEERDER))


def test_bericht_shows_evidence_per_element(core: ChatCore, world: World) -> None:
    out = text_of(ask(core, f"/bericht {world.messages['Heemskerk']}"))
    assert "✅ feiten en omstandigheden: aanwezig" in out
    assert "Er is geen geschikte locatie gevonden." in out
    assert "✅ stappen: aanwezig" in out and "De raad besluit in juni" in out
    assert "❌ tijdpad: ontbreekt (onzeker: vaag)" in out and "zo snel mogelijk" in out
    assert "mailtekst" in out and "Termijn: 30 april 2026 – op tijd" in out
    assert "bestaat niet" in text_of(ask(core, "/bericht 99999"))
    assert "Gebruik: /bericht" in text_of(ask(core, "/bericht abc"))
    quarantined = text_of(ask(core, f"/bericht {world.messages['quarantined']}"))
    assert "In quarantaine: kapotte MIME-structuur <boundary>" in quarantined


def test_zoek(core: ChatCore, world: World) -> None:
    [reply] = ask(core, "/zoek LOCATIE")
    out = text_of([reply])
    assert f"#{world.messages['Heemskerk']}" in out and f"#{world.messages['Bergen (NH.)']}" in out
    assert f"msg:{world.messages['Heemskerk']}" in datas(reply)
    assert "Niets gevonden" in text_of(ask(core, "/zoek onvindbaarwoord"))
    assert "Heemskerk" in text_of(ask(core, "/zoek heemskerk"))  # a municipality name
    assert "Niets gevonden" in text_of(ask(core, "/zoek 100%_"))  # LIKE wildcards are literal


def test_hostile_html_is_escaped(core: ChatCore, world: World) -> None:
    mid = world.messages["Bergen (NH.)"]
    for replies in (ask(core, f"/bericht {mid}"), ask(core, "/zoek locatie"), press(core, "st:GM0373"),
                    [core.render_notification({"message_id": mid}, "new_message")]):
        raw = "\n".join(r.html for r in replies)
        check_reply(replies[0])
        assert "<script>" not in raw and "<br>" not in raw and "<a href='x'>" not in raw
    raw = ask(core, f"/bericht {mid}")[0].html
    assert html.escape(HOSTILE_SUBJECT, quote=False).replace("'", "&#39;") in raw.replace("&#34;", '"')
    assert HOSTILE_SUBJECT in html.unescape(raw)


def test_typo_in_command_suggests(core: ChatCore) -> None:
    assert "Bedoel je /status?" in text_of(ask(core, "/stauts heemskerk"))
    assert "Bedoel je /termijnen?" in text_of(ask(core, "/termijen"))
    assert "Typ /help" in text_of(ask(core, "/qqqqqqqq"))
    assert text_of(ask(core, "/status@spreidingsbot heemskerk")).startswith("Heemskerk")
    core.bot_username = "SpreidingsBot"
    assert text_of(ask(core, "/status@spreidingsbot heemskerk")).startswith("Heemskerk")
    assert ask(core, "/status@anderebot heemskerk", chat=TEAM_CHAT, chat_type="group") == []


def test_overzicht(core: ChatCore) -> None:
    [reply] = ask(core, "/overzicht")
    try:
        import bot.reports.chart  # noqa: F401
    except ModuleNotFoundError:
        assert reply.photo is None and "nog niet beschikbaar" in reply.html
        return
    assert reply.photo is not None and reply.photo.startswith(b"\x89PNG") and reply.photo_name == "overzicht.png"
    assert "Overzicht" in reply.html


# --- mutations ----------------------------------------------------------------------------------------


def test_toewijzen(core: ChatCore, db: Database, world: World) -> None:
    assert "Almere is toegewezen aan Sanne de Vries" in text_of(ask(core, "/toewijzen almere sanne"))
    assert "'s-Hertogenbosch is toegewezen aan Bea" in text_of(ask(core, "/toewijzen den bosch Bea"))
    out = text_of(ask(core, "/toewijzen Súdwest-Fryslân mij", user=TG_BEHEERDER))
    assert "toegewezen aan Bea (was Sanne de Vries)" in out
    assert "meelezer" in text_of(ask(core, "/toewijzen almere Mia"))
    assert "Ik ken geen actief teamlid" in text_of(ask(core, "/toewijzen almere Onbekend"))
    assert "meerdere gemeenten" in text_of(ask(core, "/toewijzen bergen sanne"))
    with db.session() as s:
        assert s.get(Case, world.cases["Almere"]).owner.name == "Sanne de Vries"
        assert s.get(Case, world.cases["Súdwest-Fryslân"]).owner.name == "Bea"
    events = audits(db, "assign")
    assert [(e.actor, e.detail["owner"]) for e in events] == [
        ("Sanne de Vries", "Sanne de Vries"), ("Sanne de Vries", "Bea"), ("Bea", "Bea")]


def test_trede_needs_confirmation(core: ChatCore, db: Database, world: World) -> None:
    cid = world.cases["Heemskerk"]
    [reply] = ask(core, "/trede heemskerk 4")
    assert "van 2 (informatie opvragen en valideren) naar 4" in text_of([reply])
    confirm, cancel = datas(reply)
    assert confirm.startswith("cf:") and cancel == f"trx:{cid}"  # a one-time token, see test_confirmations.py
    assert [b.text for row in reply.buttons for b in row] == ["Bevestig trede 4", "Annuleer"]
    with db.session() as s:
        assert s.get(Case, cid).trede == 2  # nothing changed before the confirmation
    assert "Geannuleerd" in text_of(press(core, f"trx:{cid}"))
    assert "van trede 2 naar trede 4" in text_of(press(core, confirm))
    assert "werkt niet meer" in text_of(press(core, confirm))  # a second press changes nothing
    with db.session() as s:
        assert s.get(Case, cid).trede == 4
        changes = list(s.scalars(select(TredeChange).where(TredeChange.case_id == cid)))
        assert [(c.trede_from, c.trede_to, c.actor) for c in changes] == [(2, 4, "Sanne de Vries")]
    [ev] = audits(db, "trede")
    assert ev.case_id == cid and ev.detail["trede_to"] == 4
    assert "1 tot en met 6" in text_of(ask(core, "/trede heemskerk 9"))
    assert "Gebruik" in text_of(ask(core, "/trede heemskerk"))


def test_notitie(core: ChatCore, db: Database, world: World) -> None:
    out = text_of(ask(core, "/notitie den bosch Gebeld met <wethouder> & co\ntweede regel"))
    assert "Notitie bij 's-Hertogenbosch opgeslagen" in out
    with db.session() as s:
        [note] = s.scalars(select(CaseNote))
        assert note.text == "Gebeld met <wethouder> & co\ntweede regel" and note.author == "Sanne de Vries"
    assert "Gebeld met <wethouder> & co" in text_of(ask(core, "/status den bosch"))
    assert len(audits(db, "note")) == 1
    assert "Gebruik" in text_of(ask(core, "/notitie almere"))


def test_staf_admin(core: ChatCore, db: Database) -> None:
    assert "Dat mag je niet" in text_of(ask(core, "/staf"))
    out = text_of(ask(core, "/staf", user=TG_BEHEERDER))
    assert "Sanne de Vries" in out and "meelezer" in out
    assert "staat op de lijst" in text_of(ask(core, "/staf add 4242 Piet Jansen behandelaar", user=TG_BEHEERDER))
    assert "Mijn zaken: geen." in text_of(ask(core, "/mijn", user=4242))
    assert "rol" in text_of(ask(core, "/staf add 4343 Kees baas", user=TG_BEHEERDER)).lower()
    assert "van de lijst gehaald" in text_of(ask(core, "/staf remove 4242", user=TG_BEHEERDER))
    assert "alleen voor het toezichtsteam" in text_of(ask(core, "/mijn", user=4242))
    assert [e.detail["name"] for e in audits(db, "staff_add")] == ["Piet Jansen"]
    assert len(audits(db, "staff_remove")) == 1


# --- access control -----------------------------------------------------------------------------------


def test_stranger_refused_once_and_audited(core: ChatCore, db: Database) -> None:
    first = ask(core, "/status heemskerk", user=TG_STRANGER)
    assert len(first) == 1 and "alleen voor het toezichtsteam" in first[0].html
    assert "Heemskerk" not in first[0].html
    assert ask(core, "/zaken", user=TG_STRANGER) == []
    assert ask(core, "hoe staat Heemskerk ervoor?", user=TG_STRANGER) == []
    assert press(core, "st:GM0396", user=TG_STRANGER) == []
    [ev] = audits(db, "refused")
    assert ev.actor == f"tg:{TG_STRANGER}" and "heemskerk" not in str(ev.detail).lower()
    # a second stranger pressing a button gets the one refusal too
    assert "alleen voor het toezichtsteam" in text_of(press(core, "as:1", user=TG_STRANGER + 1))
    assert len(audits(db, "refused")) == 2


def test_removed_staff_is_a_stranger(core: ChatCore, db: Database) -> None:
    with db.session() as s:
        s.scalar(select(Staff).where(Staff.telegram_id == TG_MEELEZER)).active = False
    assert "alleen voor het toezichtsteam" in text_of(ask(core, "/zaken", user=TG_MEELEZER))


def test_group_chats(core: ChatCore) -> None:
    assert ask(core, "/zaken", chat=-4711, chat_type="group") == []
    assert ask(core, "/zaken", user=TG_STRANGER, chat=-4711, chat_type="supergroup") == []
    assert press(core, "st:GM0396", chat=-4711) == []
    assert "Open zaken" in text_of(ask(core, "/zaken", chat=TEAM_CHAT, chat_type="supergroup"))
    # in the team chat, chatter the bot does not understand gets no answer
    assert ask(core, "koffie iemand?", chat=TEAM_CHAT, chat_type="supergroup") == []
    assert ask(core, "ik bel Heemskerk morgen", chat=TEAM_CHAT, chat_type="supergroup") == []
    assert ask(core, "hoi allemaal", chat=TEAM_CHAT, chat_type="supergroup") == []
    assert "Heemskerk" in text_of(ask(core, "hoe staat Heemskerk ervoor?", chat=TEAM_CHAT, chat_type="supergroup"))
    assert "Dat begrijp ik niet" in text_of(ask(core, "koffie iemand?"))


def test_meelezer_cannot_mutate(core: ChatCore, db: Database, world: World) -> None:
    mid, cid = world.messages["Heemskerk"], world.cases["Heemskerk"]
    for text in ("/toewijzen almere mij", "/trede heemskerk 3", "/notitie almere hallo", "/staf"):
        assert "Dat mag je niet met de rol meelezer" in text_of(ask(core, text, user=TG_MEELEZER))
    for data in (f"as:{mid}", f"seen:{mid}", f"aanv:{mid}", f"tr:{cid}:5"):
        assert "Dat mag je niet met de rol meelezer" in text_of(press(core, data, user=TG_MEELEZER))
    assert text_of(ask(core, "/status heemskerk", user=TG_MEELEZER)).startswith("Heemskerk")
    with db.session() as s:
        case = s.get(Case, cid)
        assert case.trede == 2 and case.owner.name == "Sanne de Vries"
        assert s.scalar(select(func.count(CaseNote.id))) == 0
        assert s.get(Message, mid).seen_by is None
        assert s.scalar(select(func.count(AuditEvent.id))) == 0


def test_bad_callback_data(core: ChatCore) -> None:
    for data in ("", "zz:1", "as:abc", "tr:1", "pg:zaken:x", "st:GM9999", "tr:999:3"):
        assert "werkt niet meer" in text_of(press(core, data))


def test_button_data_limit() -> None:
    Button("x", "a" * 64)
    with pytest.raises(AssertionError):
        Button("x", "é" * 33)  # 66 bytes

