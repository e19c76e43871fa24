"""An MCP-ish upstream that misbehaves on request, for the refusal tests.

The scenario is chosen by the `x-scenario` request header (the gateway forwards it). Every request it
receives is recorded, so a test can prove a refused request never reached the upstream.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def result(request_id: object, **extra: object) -> bytes:
    doc = {"jsonrpc": "2.0", "id": request_id, "result": {"content": [{"type": "text", "text": "ok"}], **extra}}
    return json.dumps(doc).encode()


NAMES_NOTE = (
    "Patient: Edivaldo dos Prazeres Quaresma\n"
    "Mr. dos Prazeres Quaresma is a 67-year-old man seen with his daughter Zubeyda O'Shaughnessy-Quorvane. "
    "Edivaldo reports less dizziness. Ms. O'Shaughnessy-Quorvane agrees with the plan; Mr. dos Prazeres agrees "
    "too. History of Parkinson's disease, on Sinemet; follow up in June.\n-- Ilsabet van der Wijnbergen, RN"
)
"""Names the shipped dictionary does not hold: particles, an apostrophe and a hyphen, later mentions, a given name
without a title; and words that are no names."""

PEOPLE_BY_KEY = {
    "medications": [{"drug": "Lisinopril 10 mg", "prescriber": "J. Best"}],
    "clinician": "Cliff Strong",
    "signed_by": "Yamamoto, Ruby, RN",
    "attendees": ["Drew Fox", "Pharmacy", "King, Nizhoni"],
    "patient": {"mother_maiden_name": "Ó Súilleabháin"},
    "actor": "svc-ingest",
}
"""People written only by name under keys that name who they are, several of them in English words (Best, Strong,
Fox), and values under such keys that are no name."""

CLAIM_AND_CHAT = {
    "loop2010BA_subscriber": {
        "NM1": ["IL", "1", "QUARESMA", "EDIVALDO", "", "", "", "MI", "341659059S"],
        "N4": ["WAUKEGAN", "IL", "60073"],
        "DMG": ["D8", "19750926", "F"],
    },
    "payer": {"NM1": ["PR", "2", "AETNA", "", "", "", "", "PI", "60054"]},
    "enrollment": {"patient": "BUSH^ACE^Z", "employer": "Ramos Logistics", "trial": "NCT05815047"},
    "chat": [
        "<Zubeyda> ward round moved, seen at Riverside Eye Institute",
        "yes but fatima pulled the iv again, admitted to Labor and Delivery",
    ],
}
"""An X12 loop written as JSON, an HL7 name under a person's key, an employer, a chat's nickname and a line typed
in lower case; and what must stay: a payer's loop, a trial's number, a facility and a department."""

HL7_ADT = (
    "MSH|^~\\&|EPIC|NSH|LIS|NSH|202401150830||ADT^A01|CTRL-7|P|2.5.1\r"
    "PID|1||0045827480^^^NSH^MR||QUORVANE^ILSABET^D||19810906|F|||27150 VIA SORRENTO^^PATERSON^NJ^07501\r"
    "PV1|1|I|4W^412^A||||1234567893^WIJNBERGEN^EDIVALDO"
)
"""An HL7 v2 message as an interface engine's tool returns it: what identifies the patient only its position says."""

EXPORTS = {
    "content": [
        {"type": "text", "text": "mrn,patient_name,dob,phone\n40977228,Quorvane Ilsabet,9/9/1941,996-9635"},
        {"type": "text", "text": "<patient><name><given>Ilsabet</given><family>Quorvane</family></name>"
                                 '<birthTime value="19410909"/></patient>'},
    ],
    "structuredContent": {"fields": [{"label": "Social Security Number", "value": "123456789"}],
                          "pt_ident": 40977228, "total_cents": 125000000},
}
"""Exports as tools return them: a CSV worklist, C-CDA XML, label/value pairs and bare numbers."""

ABROAD_AND_LABELLED = {
    "content": [
        {"type": "text", "text": (
            "Re: Quorvane Ilsabet\n21 McLoughlin Street, Tralee, Co. Kerry, V92 PK4V\n"
            "Health card: 9478 539 520   RAMQ : SYGS 0366 7549   Medical card 3671547G\n"
            "Fax: (65l) 387-67l3   DOB O9/O5/1941\nFamily abroad: Damak 57217, Nepal; caller in car AX 67 VZ GP\n"
            "Ticket ID: 88123 stays; ICD I50.9 stays."
        )},
        {"type": "text", "text": "2025 INFO sync.start subject=IE09-611 user=pt601281 app=4.12.1"},
    ],
    "structuredContent": {"subjects": {"US80-005": {"sex": "F"}}, "participant_id": "ZA11-072",
                          "person": {"id": "0219844KA"}, "ppsn": "5127324E"},
}
"""Identifiers abroad and after labels: an Irish address whose postal code follows its county, health-card numbers
in groups, a fax read back by OCR, a town before its code and country, a plate; a research subject's numbers in a
log, as a map's keys and under a person's record; and the labelled numbers and codes that stay."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: HostileUpstream

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._record(b"")
        self._send(405, "application/json", b"")

    def do_DELETE(self) -> None:
        self._record(b"")
        self._send(200, "application/json", b"")

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        self._record(body)
        try:
            rid = json.loads(body).get("id")
        except ValueError:
            rid = None
        scenario = self.headers.get("x-scenario", "echo")
        if scenario == "gzip":
            self._send(200, "application/json", gzip.compress(result(rid)), {"content-encoding": "gzip"})
        elif scenario == "html":
            self._send(502, "text/html", b"<html><body>upstream exploded</body></html>")
        elif scenario == "sse-labelled-json":  # an event stream whose label says JSON
            self._send(200, "application/json", b"event: message\ndata: " + result(rid) + b"\n\n")
        elif scenario == "json-labelled-sse":  # a JSON document whose label says event stream
            self._send(200, "text/event-stream", result(rid))
        elif scenario == "wrong-id":
            self._send(200, "application/json", result(f"{rid}-other"))
        elif scenario == "big-event":
            self._stream([b'data: {"jsonrpc":"2.0","method":"notifications/progress","params":{}}\n\n',
                          b"data: " + b"S" * (2 * 1024 * 1024) + b"\n\n", b"data: " + result(rid) + b"\n\n"])
        elif scenario == "echo-escaped":  # the headers it saw, every character \u-escaped
            seen = json.dumps({k.lower(): v for k, v in self.headers.items()})
            escaped = "".join(f"\\u{ord(ch):04x}" if ch.isalnum() else ch for ch in seen)
            body = b'{"jsonrpc":"2.0","id":%s,"result":{"content":[],"echo":%s}}' % (
                json.dumps(rid).encode(), json.dumps(escaped).encode())
            self._send(200, "application/json", body)
        elif scenario == "big-json":  # above the size Envoy's Lua filter gathers: reaches ext_proc in chunks
            text = "SSN 123-45-6789. " + "lab value within range. " * 30000
            self._send(200, "application/json", json.dumps(
                {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": text}]}}).encode())
        elif scenario == "nested-json":  # a patient record as JSON text inside JSON text inside the result
            record = {"name": "Maria Garcia", "ssn": "123-45-6789", "phone": "617-555-0199"}
            inner = {"content": [{"type": "text", "text": json.dumps(record)}]}
            self._send(200, "application/json", json.dumps(
                {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": json.dumps(inner)}]}}
            ).encode())
        elif scenario == "keyed-by-ssn":  # a map whose keys are the identifiers
            by_ssn = {"123-45-6789": {"dx": "E11.9"}, "234-56-7890": {"dx": "I10"}}
            self._send(200, "application/json", json.dumps(
                {"jsonrpc": "2.0", "id": rid, "result": {"structuredContent": {"by_ssn": by_ssn}, "content": []}}
            ).encode())
        elif scenario == "names-note":  # a note naming a patient whose family name has particles, mentioned again
            self._send(200, "application/json", json.dumps(
                {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": NAMES_NOTE}]}}).encode())
        elif scenario == "people-by-key":
            self._send(200, "application/json", json.dumps({"jsonrpc": "2.0", "id": rid, "result": {
                "structuredContent": PEOPLE_BY_KEY, "content": [{"type": "text", "text": json.dumps(PEOPLE_BY_KEY)}]}
            }).encode())
        elif scenario == "claim-and-chat":
            self._send(200, "application/json", json.dumps({"jsonrpc": "2.0", "id": rid, "result": {
                "structuredContent": CLAIM_AND_CHAT, "content": [{"type": "text", "text": json.dumps(CLAIM_AND_CHAT)}]}
            }).encode())
        elif scenario == "hl7-message":
            self._send(200, "application/json", json.dumps(
                {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": HL7_ADT}]}}).encode())
        elif scenario == "abroad-and-labelled":
            self._send(200, "application/json", json.dumps(
                {"jsonrpc": "2.0", "id": rid, "result": ABROAD_AND_LABELLED}).encode())
        elif scenario == "exports":
            self._send(200, "application/json", json.dumps({"jsonrpc": "2.0", "id": rid, "result": EXPORTS}).encode())
        elif scenario == "unsupported-version":  # a 2026-07-28 server that speaks other versions only
            error = {"code": -32022, "message": "Unsupported protocol version: 2026-07-28",
                     "data": {"supported": ["2025-11-25", "2026-07-28"], "requested": "2026-07-28"}}
            self._send(400, "application/json", json.dumps({"jsonrpc": "2.0", "id": rid, "error": error}).encode())
        elif scenario == "after-answer":  # keeps talking after it answered
            late = b'data: {"jsonrpc":"2.0","method":"notifications/message","params":{"data":"after the answer"}}\n\n'
            self._stream([b"data: " + result(rid) + b"\n\n", late, late], pause=0.1)
        elif scenario == "slow-sse":
            events = [b'data: {"jsonrpc":"2.0","method":"notifications/progress","params":{"n":%d}}\n\n' % i
                      for i in range(10)]
            self._stream([*events, b"data: " + result(rid) + b"\n\n"], pause=0.3)
        else:
            seen = {k.lower(): v for k, v in self.headers.items()}
            self._send(200, "application/json", result(rid, headers=seen))

    def _record(self, body: bytes) -> None:
        with self.server.lock:
            self.server.received.append((self.command, dict(self.headers), body))

    def _send(self, status: int, content_type: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, chunks: list[bytes], pause: float = 0.0) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        try:
            for chunk in chunks:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
                time.sleep(pause)
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass


class HostileUpstream(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.received: list[tuple[str, dict[str, str], bytes]] = []
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def __enter__(self) -> HostileUpstream:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
