"""MIME walk: bytes -> headers, text bodies, attachments, forwarded messages.

Never raises on bad input: every problem becomes a warning string. Charsets are
repaired (mislabelled latin-1 that is really windows-1252 or UTF-8, mojibake),
HTML is turned into text with line structure kept, TNEF (winmail.dat) bodies
are unpacked and message/rfc822 parts are walked as part of the message.
"""
from __future__ import annotations

import email
import email.header
import email.policy
import html
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

MAX_DEPTH = 8  # nesting of multiparts / message/rfc822 we follow


@dataclass
class RawAttachment:
    filename: str
    content_type: str
    data: bytes
    omitted_size: int = 0  # > 0: a part over the size limit, left out before parsing (data is empty)


@dataclass
class Forwarded:
    """A message/rfc822 part: its own headers and body text."""

    from_addr: str
    subject: str
    date: str
    text: str


@dataclass
class MimeResult:
    headers: dict[str, str] = field(default_factory=dict)  # lower-case name -> decoded value (first)
    all_headers: list[tuple[str, str]] = field(default_factory=list)
    content_type: str = ""
    report_type: str = ""
    body: str = ""  # best text body (plain preferred, else HTML converted)
    attachments: list[RawAttachment] = field(default_factory=list)
    forwarded: list[Forwarded] = field(default_factory=list)
    part_types: list[str] = field(default_factory=list)
    delivery_status: str = ""
    tnef_text: str = ""
    raw_from: str = ""  # the From header as it came, encoded-words not decoded (see `sender`)
    warnings: list[str] = field(default_factory=list)
    omit_token: str = ""  # marks the parts left out by walk(max_part=...)
    _htmls: list[str | _Html] = field(default_factory=list, repr=False)

    @property
    def html_body(self) -> str:
        """The HTML parts as text, converted when first asked for (most mails have a plain part that wins)."""
        return "\n\n".join(t for t in map(_as_text, self._htmls) if t.strip())

    @html_body.setter
    def html_body(self, value: str) -> None:
        self._htmls = [value]


class _Html:
    """An HTML part whose text is made only when someone reads it."""

    __slots__ = ("markup", "_text")

    def __init__(self, markup: str) -> None:
        self.markup = markup
        self._text: str | None = None

    def text(self) -> str:
        if self._text is None:
            self._text = html_to_text(self.markup)
        return self._text


def _as_text(part: str | _Html) -> str:
    return part.text() if isinstance(part, _Html) else part


# ---------------------------------------------------------------- charsets

_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]")


def decode_bytes(data: bytes, declared: str | None, warnings: list[str] | None = None) -> str:
    """Decode with the declared charset, repairing the usual mislabels."""
    warnings = warnings if warnings is not None else []
    cs = (declared or "").strip().strip('"').lower() or "us-ascii"
    aliases = {"latin1": "iso-8859-1", "latin-1": "iso-8859-1", "ansi_x3.4-1968": "us-ascii",
               "ascii": "us-ascii", "utf8": "utf-8", "unicode-1-1-utf-7": "utf-7", "cp-1252": "windows-1252"}
    cs = aliases.get(cs, cs)
    # bytes 0x80-0x9f are control characters in iso-8859-1 but curly quotes / euro in cp1252
    if cs in ("iso-8859-1", "us-ascii", "iso-8859-15"):
        try:
            text = data.decode("utf-8")
            if any(ord(c) > 127 for c in text) and cs == "us-ascii" or any(ord(c) > 127 for c in text):
                warnings.append(f"tekenset {cs} opgegeven, UTF-8 gevonden")
            return text
        except UnicodeDecodeError:
            pass
        if cs != "iso-8859-15" and re.search(rb"[\x80-\x9f]", data):
            if cs != "us-ascii":
                warnings.append(f"tekenset {cs} opgegeven, windows-1252 gebruikt")
            cs = "windows-1252"
        elif cs == "us-ascii":
            cs = "windows-1252"
    try:
        text = data.decode(cs)
    except LookupError:
        warnings.append(f"onbekende tekenset {cs!r}, gelezen als UTF-8 met vervanging")
        text = _fallback(data)
    except UnicodeDecodeError:
        warnings.append(f"bytes niet geldig in {cs}, hersteld")
        text = _fallback(data)
    return fix_mojibake(text)


def _fallback(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("windows-1252", errors="replace")


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as latin-1/cp1252 ('geÃ¯nformeerd' -> 'geïnformeerd') when it is clearly that."""
    if not _MOJIBAKE.search(text):
        return text
    for enc in ("windows-1252", "latin-1"):
        try:
            fixed = text.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        return fixed
    return text


# ---------------------------------------------------------------- HTML

_BLOCK = {"p", "div", "br", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
          "blockquote", "hr", "td", "th", "pre", "dt", "dd", "section", "article", "header", "footer"}
_SKIP = {"style", "script", "head", "title", "xml", "o:shapedefaults", "noscript"}


class _Html2Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote = 0
        self.line: list[str] = []
        self.row: list[list[str]] | None = None  # the cells (their lines) of the table row being read
        self.cell: list[str] = []

    def _flush(self) -> None:
        text = re.sub(r"[ \t\u00a0]+", " ", "".join(self.line)).strip()
        self.line = []
        if self.row is not None:  # inside a table row: the line belongs to the cell
            if text:
                self.cell.append(text)
            return
        if text:
            self.out.append("> " * self.quote + text)
        elif self.out and self.out[-1] != "":
            self.out.append("")

    def _end_cell(self) -> None:
        self._flush()
        if self.row is not None:
            self.row.append(self.cell)
        self.cell = []

    def _end_row(self) -> None:
        """A data row (three or more short one-line cells) as one line, its cells between " | " ("Kazerne Limbricht |
        regulier | 200 | in aanbouw"); any other row (a label beside its text, paragraphs in a cell, as Outlook
        writes whole mails) as its paragraphs."""
        if self.row is None:
            return
        if self.cell or "".join(self.line).strip():
            self._end_cell()
        cells = len(self.row)
        row, self.row = [c for c in self.row if c], None
        prefix = "> " * self.quote
        # (a header row's empty corner cell counts: "<th></th><th>Nu</th><th>Gepland</th>" heads a table too)
        if (len(row) > 2 or len(row) == 2 and cells > 2) and all(len(c) == 1 and len(c[0]) <= 120 for c in row):
            self.out.append(prefix + " | ".join(c[0] for c in row))
            return
        for cell in row:  # as the paragraphs they are (a label cell beside its text stays a heading)
            for line in cell:
                if self.out and self.out[-1] != "":
                    self.out.append("")
                self.out.append(prefix + line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "tr":
            self._end_row()
            self._flush()
            self.row, self.cell = [], []
            return
        if tag in ("td", "th") and self.row is not None:
            self._flush()
            self.cell = []
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "li":
            self.line.append("- ")
        if tag == "blockquote":
            self.quote += 1
        if tag == "div":
            style = (dict(attrs).get("style") or "").replace(" ", "").lower()
            if "border-top:solid" in style and "border:none" in style:
                self.out.append("-----Oorspronkelijk bericht-----")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in ("td", "th") and self.row is not None:
            self._end_cell()
            return
        if tag in ("tr", "table"):
            self._end_row()
            if tag == "tr":
                return
        if tag in _BLOCK:
            self._flush()
        if tag == "blockquote":
            self.quote = max(0, self.quote - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.line.append(data.replace("\r", " ").replace("\n", " "))

    def text(self) -> str:
        self._end_row()
        self._flush()
        return "\n".join(self.out).strip()


def html_to_text(markup: str) -> str:
    """HTML (Outlook Word HTML included) to plain text with paragraphs and table cells on their own lines."""
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    parser = _Html2Text()
    try:
        parser.feed(markup)
        parser.close()
        return parser.text()
    except Exception:  # noqa: BLE001 - HTMLParser on hostile input; fall back to tag stripping
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))


# ---------------------------------------------------------------- headers


def parse_bytes(raw: bytes) -> Message:
    """Parse with the compat32 policy: headers are decoded on demand by `header()` (several times faster
    than the default policy's header objects, and as tolerant of broken input)."""
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def decode_words(value: object) -> str:
    """RFC 2047 encoded-words to text; undecodable parts kept as they are."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):
        value = str(value)
    text = str(value)
    if "=?" not in text:
        return text
    try:
        return str(email.header.make_header(email.header.decode_header(text)))
    except Exception:  # noqa: BLE001 - unknown charset or broken encoded-word: keep the raw text
        return text


def header(msg: Message, name: str, warnings: list[str] | None = None) -> str:
    """A decoded header value ('' when absent or undecodable)."""
    try:
        value = msg.get(name)
    except Exception as exc:  # noqa: BLE001 - malformed header in hostile mail
        if warnings is not None:
            warnings.append(f"header {name} onleesbaar: {type(exc).__name__}")
        value = None
    if value is None:
        return ""
    try:
        text = decode_words(value)
    except Exception:  # noqa: BLE001
        text = ""
    return fix_mojibake(re.sub(r"\s+", " ", text).strip())


def addresses(value: str) -> list[tuple[str, str]]:
    try:
        return [(n, a.lower()) for n, a in getaddresses([value]) if a]
    except Exception:  # noqa: BLE001
        return []


def parse_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except Exception:  # noqa: BLE001
        return None


# ---------------------------------------------------------------- walk


def _content_type(part: Message) -> str:
    try:
        return (part.get_content_type() or "text/plain").lower()
    except Exception:  # noqa: BLE001
        return "application/octet-stream"


def _filename(part: Message) -> str:
    try:
        name = decode_words(part.get_filename() or "")
    except Exception:  # noqa: BLE001
        name = ""
    return fix_mojibake(str(name)).strip()


def _payload_bytes(part: Message, warnings: list[str]) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:  # noqa: BLE001
        warnings.append(f"inhoud niet te decoderen: {type(exc).__name__}")
        return b""
    if data is None:
        payload = part.get_payload()
        if isinstance(payload, str):
            return payload.encode("utf-8", "replace")
        return b""
    return data


def _part_text(part: Message, warnings: list[str]) -> str:
    data = _payload_bytes(part, warnings)
    try:
        cs = part.get_content_charset()
    except Exception:  # noqa: BLE001
        cs = None
    return decode_bytes(data, cs, warnings)


_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.I)
_CTE = re.compile(rb"^content-transfer-encoding:\s*([\w-]+)", re.I | re.M)
_OMITTED = "X-Spreidingsbot-Omitted"


def _omit_large_parts(raw: bytes, limit: int, token: str) -> bytes:
    """Leave out the body of every MIME part whose decoded size must exceed `limit`, found by scanning for
    the boundaries on the bytes, before the stdlib parser copies and decodes it; its headers stay, with a
    header giving the decoded size (marked with `token`, so a sender cannot forge it)."""
    if len(raw) <= limit:
        return raw
    marks = sorted({i for b in {m.group(1) or m.group(2) for m in _BOUNDARY.finditer(raw)}
                    for i in _find_all(raw, b"\n--" + b)})
    pieces: list[bytes] = []
    last = 0
    for start, end in zip(marks, marks[1:], strict=False):
        if end - start <= limit:
            continue
        line_end = raw.find(b"\n", start + 1, end)
        ends = [i for i in (raw.find(b"\n\n", line_end, min(end, line_end + 65536)),
                            raw.find(b"\n\r\n", line_end, min(end, line_end + 65536))) if i >= 0]
        if line_end < 0 or not ends:
            continue
        head_end = min(ends)
        body_start = raw.find(b"\n", head_end + 1) + 1
        cte = _CTE.search(raw, line_end, head_end)
        encoding = cte.group(1).lower() if cte else b"7bit"
        encoded = end - body_start
        if encoding == b"base64":
            size = (encoded - sum(raw.count(c, body_start, end) for c in (b"\n", b"\r", b" ", b"\t", b"="))) * 3 // 4
        elif encoding == b"quoted-printable":
            size = encoded // 3  # at least
        else:
            size = encoded
        if size <= limit:
            continue
        pieces += [raw[last:head_end], f"\n{_OMITTED}: {token} {size}\n".encode(), b"\n"]
        last = end
    if not pieces:
        return raw
    pieces.append(raw[last:])
    return b"".join(pieces)


def _find_all(data: bytes, needle: bytes) -> list[int]:
    out, i = [], data.find(needle)
    while i >= 0 and len(out) < 10000:
        out.append(i)
        i = data.find(needle, i + 1)
    return out


def walk(raw: bytes, max_part: int | None = None) -> MimeResult:
    """Walk the MIME tree of a raw message. Parts whose decoded size exceeds `max_part` are not decoded
    (nor held): they come back as attachments with `omitted_size` and no data."""
    res = MimeResult()
    token = secrets.token_hex(8)
    msg = parse_bytes(_omit_large_parts(raw, max_part, token) if max_part else raw)
    res.omit_token = token
    defects = getattr(msg, "defects", [])
    if defects:
        res.warnings.append("MIME-gebreken: " + ", ".join(sorted({type(d).__name__ for d in defects}))[:200])
    for key in ("from", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references",
                "auto-submitted", "x-autoreply", "x-autorespond", "precedence", "list-unsubscribe", "list-id",
                "return-path", "content-language", "x-auto-response-suppress", "reply-to",
                "x-ms-exchange-generated-message-source", "thread-topic", "sender"):
        v = header(msg, key, res.warnings)
        if v:
            res.headers[key] = v
    try:
        res.raw_from = str(msg.get("from") or "")
    except Exception:  # noqa: BLE001 - malformed header in hostile mail
        res.raw_from = ""
    try:
        for k, v in msg.raw_items():
            res.all_headers.append((str(k), str(v)))
    except Exception:  # noqa: BLE001
        pass
    res.content_type = _content_type(msg)
    try:
        res.report_type = (msg.get_param("report-type") or "") if res.content_type == "multipart/report" else ""
        if isinstance(res.report_type, tuple):
            res.report_type = str(res.report_type[2])
        res.report_type = str(res.report_type).lower()
    except Exception:  # noqa: BLE001
        res.report_type = ""
    plains: list[str] = []
    htmls: list[str | _Html] = []
    _walk(msg, res, plains, htmls, depth=0)
    res.body = "\n\n".join(t for t in plains if t.strip())
    res._htmls = htmls
    if not res.body.strip() and res.html_body:
        res.body = res.html_body
    if not res.body.strip() and res.tnef_text:
        res.body = res.tnef_text
    return res


def _walk(part: Message, res: MimeResult, plains: list[str], htmls: list[str | _Html], depth: int,
          in_alternative: bool = False) -> None:
    if depth > MAX_DEPTH:
        res.warnings.append("MIME te diep genest; de rest is overgeslagen")
        return
    ctype = _content_type(part)
    res.part_types.append(ctype)
    try:
        disposition = (part.get_content_disposition() or "").lower()
    except Exception:  # noqa: BLE001
        disposition = ""
    filename = _filename(part)
    if ctype.startswith("multipart/"):
        payload = part.get_payload()
        if not isinstance(payload, list):
            # broken multipart: treat the payload as text
            text = payload if isinstance(payload, str) else ""
            if text.strip():
                res.warnings.append("multipart zonder delen als tekst gelezen")
                plains.append(text)
            return
        if ctype == "multipart/alternative":
            _walk_alternative(payload, res, plains, htmls, depth)
            return
        for sub in payload:
            if isinstance(sub, Message):
                _walk(sub, res, plains, htmls, depth + 1)
        return
    if ctype == "message/rfc822" or (ctype.startswith("message/") and isinstance(part.get_payload(), list)
                                     and ctype not in ("message/delivery-status",
                                                       "message/disposition-notification")):
        inner_list = part.get_payload()
        inner = inner_list[0] if isinstance(inner_list, list) and inner_list else None
        if isinstance(inner, Message):
            fw_plain: list[str] = []
            fw_html: list[str | _Html] = []
            sub = MimeResult(omit_token=res.omit_token)
            _walk(inner, sub, fw_plain, fw_html, depth + 1)
            text = "\n\n".join(t for t in fw_plain if t.strip()) or "\n\n".join(map(_as_text, fw_html))
            res.forwarded.append(Forwarded(header(inner, "from"), header(inner, "subject"), header(inner, "date"),
                                           text))
            res.attachments.extend(sub.attachments)
            res.forwarded.extend(sub.forwarded)
            res.warnings.extend(sub.warnings)
        return
    if ctype in ("message/delivery-status", "message/disposition-notification", "text/rfc822-headers"):
        data = _payload_bytes(part, res.warnings)
        if not data:
            payload = part.get_payload()
            if isinstance(payload, list):
                data = b"\n".join(bytes(p) if hasattr(p, "as_bytes") else b"" for p in payload)
        res.delivery_status += decode_bytes(data, "utf-8", res.warnings) + "\n"
        return
    if ctype in ("application/ms-tnef", "application/vnd.ms-tnef") or filename.lower() == "winmail.dat":
        _tnef(part, res)
        return
    is_attachment = disposition == "attachment" or (filename and disposition != "inline"
                                                    and not ctype.startswith("text/"))
    if ctype == "text/plain" and not is_attachment:
        plains.append(_part_text(part, res.warnings))
        return
    if ctype == "text/html" and not is_attachment:
        htmls.append(_Html(_part_text(part, res.warnings)))
        return
    if ctype == "text/calendar":
        res.attachments.append(RawAttachment(filename or "invite.ics", ctype, _payload_bytes(part, res.warnings)))
        return
    marks = [str(v).split() for v in (part.get_all(_OMITTED) or [])] if res.omit_token else []
    sizes = [int(m[1]) for m in marks if len(m) == 2 and m[0] == res.omit_token and m[1].isdecimal()]
    if sizes:  # left out by _omit_large_parts (a sender cannot know the token)
        res.attachments.append(RawAttachment(filename or f"part-{len(res.attachments) + 1}", ctype, b"",
                                             omitted_size=sizes[-1]))
        return
    data = _payload_bytes(part, res.warnings)
    res.attachments.append(RawAttachment(filename or f"part-{len(res.attachments) + 1}", ctype, data))


def _walk_alternative(payload: list, res: MimeResult, plains: list[str], htmls: list[str | _Html], depth: int
                      ) -> None:
    plain_parts: list[str] = []
    html_parts: list[str | _Html] = []
    for sub in payload:
        if not isinstance(sub, Message):
            continue
        ct = _content_type(sub)
        if ct == "text/plain":
            plain_parts.append(_part_text(sub, res.warnings))
        elif ct == "text/html":
            html_parts.append(_Html(_part_text(sub, res.warnings)))
        else:
            _walk(sub, res, plain_parts, html_parts, depth + 1)
    if any(p.strip() for p in plain_parts) and not _table_lost(plain_parts, html_parts):
        plains.extend(plain_parts)
        htmls.extend(html_parts)
    else:
        plains.extend(map(_as_text, html_parts))


# a table row of figures: two cells or more, one of them a number ("<td>Azc Hoogeind</td><td>250</td><td>231</td>")
_FIGURE_ROW = re.compile(r"<tr\b(?:(?!</tr>).)*?<t[dh]\b[^>]*>\s*[\d.]+\s*</t[dh]>(?:(?!</tr>).)*?</tr>", re.I | re.S)
_CELL = re.compile(r"<t[dh]\b", re.I)


def _table_lost(plain_parts: list[str], html_parts: list[str | _Html]) -> bool:
    """The HTML alternative holds a table of figures that the plain one flattened into runs of words and numbers
    (no "|" or tab between its cells): "Azc Hoogeind 250 231 in gebruik" no longer says which column is which,
    so the HTML is read instead."""
    markup = " ".join(h.markup if isinstance(h, _Html) else h for h in html_parts)
    if "<t" not in markup.lower():
        return False
    rows = [r for r in _FIGURE_ROW.findall(markup) if len(_CELL.findall(r)) >= 3]
    if len(rows) < 2:
        return False
    return not any("|" in line or "\t" in line.strip() for p in plain_parts for line in p.splitlines())


def _tnef(part: Message, res: MimeResult) -> None:
    data = _payload_bytes(part, res.warnings)
    try:
        from tnefparse import TNEF

        tnef = TNEF(data)
        body = getattr(tnef, "body", None) or b""
        if isinstance(body, bytes):
            body = decode_bytes(body, "windows-1252", res.warnings)
        html_body = getattr(tnef, "htmlbody", None) or b""
        if not body and html_body:
            body = html_to_text(html_body.decode("utf-8", "replace") if isinstance(html_body, bytes)
                                else str(html_body))
        res.tnef_text = str(body or "")
        for att in getattr(tnef, "attachments", []) or []:
            name = att.long_filename() if hasattr(att, "long_filename") else getattr(att, "name", "tnef-part")
            if isinstance(name, bytes):
                name = name.decode("latin-1", "replace")
            res.attachments.append(RawAttachment(str(name), "application/octet-stream", bytes(att.data or b"")))
        res.part_types.append("tnef")
    except Exception as exc:  # noqa: BLE001 - tnefparse on broken streams
        res.warnings.append(f"winmail.dat onleesbaar: {type(exc).__name__}")


def sender(res: MimeResult) -> tuple[str | None, str | None]:
    """(name, address) of From: the address is parsed from the raw header *before* any encoded-word is
    decoded, so a display name like "=?utf-8?q?a=40b.nl_=3Ca=40b.nl=3E?=" can never become the address."""
    raw = re.sub(r"\s+", " ", res.raw_from).strip()
    for name, addr in addresses(raw):
        if "@" in addr:
            name = fix_mojibake(re.sub(r"\s+", " ", decode_words(name)).strip())
            return name or None, addr
    bracketed = re.findall(r"<\s*([^<>\s@]+@[^<>\s]+)\s*>", raw)  # the last <...> is the address
    if bracketed:
        return None, bracketed[-1].lower()
    m = re.search(r"[\w.+-]+@[\w.-]+\.\w+", re.sub(r"=\?[^?]*\?[bq]\?[^?]*\?=", " ", raw, flags=re.I))
    return (None, m.group(0).lower()) if m else (None, None)


def is_email_message(msg: EmailMessage | Message) -> bool:
    return bool(msg.keys())
