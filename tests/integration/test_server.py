"""The gRPC service's own bookkeeping, driven with a fake stream (no Envoy): group commit's open-exchange count.
Integration: the journal behind it starts its fsync helper process."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import grpc
import pytest
from envoy.service.ext_proc.v3 import external_processor_pb2 as ep
from google.protobuf import struct_pb2

from extproc.audit.auditor import Auditor
from extproc.audit.journal import Journal
from extproc.audit.signing import Signer, ensure_signing_key
from extproc.audit.verify import iter_records
from extproc.server import ATTRIBUTE_KEY, LABEL_NAMESPACE, ExternalProcessor
from extproc.settings import EHR_PATIENT_IDENTIFIERS, Limits
from tests.exchange_support import HEADERS, REQUEST, RESULT, FakeAccess


class RefreshingFakeAccess(FakeAccess):
    async def refresh_keys(self) -> None:
        return None


class FakeStream:
    """One ext_proc stream: hands out `messages`, notes the open-exchange count before each one."""

    def __init__(self, messages: list[ep.ProcessingRequest], journal: Journal) -> None:
        self._messages = list(messages)
        self._journal = journal
        self.in_flight_seen: list[int] = []
        self.written: list[ep.ProcessingResponse] = []
        self.records_at_write: list[int] = []  # records on disk as each answer left

    async def read(self):
        self.in_flight_seen.append(self._journal.in_flight)
        return self._messages.pop(0) if self._messages else grpc.aio.EOF

    async def write(self, response: ep.ProcessingResponse) -> None:
        self.written.append(response)
        self.records_at_write.append(len(list(iter_records([self._journal.directory]))))

    def invocation_metadata(self):
        return ()


def post(body: bytes, headers: dict[str, str] = HEADERS) -> ep.ProcessingRequest:
    attrs = struct_pb2.Struct()
    attrs.update({"request.method": "POST", "request.path": "/mcp",
                  **{f"request.headers['{k}']": v for k, v in headers.items()}})
    request = ep.ProcessingRequest(request_body=ep.HttpBody(body=body, end_of_stream=True))
    request.attributes[ATTRIBUTE_KEY].CopyFrom(attrs)
    return request


def response(body: bytes, end: bool, event_stream: bool = False) -> ep.ProcessingRequest:
    """A response chunk; `event_stream` marks it labelled text/event-stream, as Envoy's Lua filter does."""
    request = ep.ProcessingRequest(response_body=ep.HttpBody(body=body, end_of_stream=end))
    if event_stream:
        request.metadata_context.filter_metadata[LABEL_NAMESPACE].update({"event_stream": True})
    return request


def test_an_exchange_is_counted_while_its_record_is_coming(tmp_path: Path) -> None:
    ensure_signing_key(tmp_path / "k.pem")

    async def main() -> tuple[FakeStream, FakeStream, Journal]:
        journal = Journal(tmp_path / "j", Signer(tmp_path / "k.pem"))
        service = ExternalProcessor(Limits(), RefreshingFakeAccess(), Auditor(journal, EHR_PATIENT_IDENTIFIERS))
        answered = FakeStream([post(REQUEST), response(RESULT, False), response(b"", True)], journal)
        progress = b'data: {"jsonrpc":"2.0","method":"x"}\n\n'
        event_stream = FakeStream([post(REQUEST), response(progress, False, True)], journal)
        await service.Process(None, answered)
        await service.Process(None, event_stream)
        await journal.close()
        return answered, event_stream, journal

    answered, event_stream, journal = asyncio.run(main())
    # Counted from its request on; the response's end closes the stream (no read for Envoy's close).
    assert answered.in_flight_seen == [0, 1, 1]
    assert event_stream.in_flight_seen == [0, 1, 0], "an event stream stops counting once it is one"
    assert journal.in_flight == 0, "uncounted once its record is written"
    records = list(iter_records([tmp_path / "j"]))
    assert len(records) == 2 and json.loads(answered.written[-1].response_body.response.body_mutation
                                            .streamed_response.body)["id"] == 9


def test_an_event_streams_answer_leaves_after_its_record(tmp_path: Path) -> None:
    """The JSON-RPC response in an event stream is recorded before the chunk carrying it leaves, even though
    the stream has not ended: a client that has its answer may close the stream before Envoy sees its end."""
    ensure_signing_key(tmp_path / "k.pem")
    event = b"event: message\ndata: " + RESULT + b"\n\n"

    async def main() -> FakeStream:
        journal = Journal(tmp_path / "j", Signer(tmp_path / "k.pem"))
        service = ExternalProcessor(Limits(), RefreshingFakeAccess(), Auditor(journal, EHR_PATIENT_IDENTIFIERS))
        stream = FakeStream([post(REQUEST), response(event, False, True), response(b"", True)], journal)
        await service.Process(None, stream)
        await journal.close()
        return stream

    stream = asyncio.run(main())
    # The request goes on; the answer's chunk (which ends the client's response) leaves once recorded;
    # Envoy's end of the upstream's stream needs no answer.
    assert stream.records_at_write == [0, 1]
    records = list(iter_records([tmp_path / "j"]))
    assert len(records) == 1 and records[0]["response"]["sha256"]
    latency = records[0]["latency_ms"]
    assert 0 <= latency["upstream"] <= latency["total"], "the upstream's part is within the whole"


def test_a_cancelled_exchange_is_still_recorded(tmp_path: Path) -> None:
    """Envoy may cancel the ext_proc stream (the client went away) before the response: the record of the
    allowed request is written all the same."""
    ensure_signing_key(tmp_path / "k.pem")

    class CancelledStream(FakeStream):
        async def read(self):
            if self._messages:
                return self._messages.pop(0)
            raise asyncio.CancelledError

    async def main() -> None:
        journal = Journal(tmp_path / "j", Signer(tmp_path / "k.pem"))
        service = ExternalProcessor(Limits(), RefreshingFakeAccess(), Auditor(journal, EHR_PATIENT_IDENTIFIERS))
        with pytest.raises(asyncio.CancelledError):
            await service.Process(None, CancelledStream([post(REQUEST)], journal))
        await journal.close()

    asyncio.run(main())
    records = list(iter_records([tmp_path / "j"]))
    assert len(records) == 1 and records[0]["mcp"]["method"] == "tools/call"
    assert records[0]["latency_ms"]["upstream"] is None, "no response ever began"


def test_the_session_an_initialize_answer_opens_is_bound_and_the_answer_stays_json(tmp_path: Path) -> None:
    """Envoy's Lua filter passes the answer's Mcp-Session-Id beside the event-stream label: a JSON answer
    carrying one is still JSON."""
    ensure_signing_key(tmp_path / "k.pem")
    opened: list[str] = []

    class Opening(RefreshingFakeAccess):
        def session_started(self, principal, session_id: str) -> None:
            opened.append(session_id)

    initialize = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}).encode()
    answer = json.dumps({"jsonrpc": "2.0", "id": 1, "result": {"protocolVersion": "2025-11-25"}}).encode()
    answered = response(answer, True)
    answered.metadata_context.filter_metadata[LABEL_NAMESPACE].update({"session_id": "s-1"})
    answered.attributes[ATTRIBUTE_KEY].update({"response.code": 200})

    async def main() -> FakeStream:
        journal = Journal(tmp_path / "j", Signer(tmp_path / "k.pem"))
        service = ExternalProcessor(Limits(), Opening(), Auditor(journal, EHR_PATIENT_IDENTIFIERS))
        stream = FakeStream([post(initialize, {"authorization": "Bearer good"}), answered], journal)
        await service.Process(None, stream)
        await journal.close()
        return stream

    stream = asyncio.run(main())
    assert opened == ["s-1"]
    assert stream.written[-1].response_body.response.body_mutation.streamed_response.body == answer
