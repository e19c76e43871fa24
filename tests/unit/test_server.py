"""The gRPC service's own bookkeeping, driven with a fake stream (no Envoy): group commit's open-exchange count."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import grpc
from envoy.service.ext_proc.v3 import external_processor_pb2 as ep
from google.protobuf import struct_pb2

from extproc.audit.auditor import Auditor
from extproc.audit.journal import Journal
from extproc.audit.signing import Signer, ensure_signing_key
from extproc.audit.verify import iter_records
from extproc.server import ATTRIBUTE_KEY, ExternalProcessor
from extproc.settings import Limits
from tests.unit.test_exchange import HEADERS, REQUEST, RESULT, FakeAccess


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

    async def read(self):
        self.in_flight_seen.append(self._journal.in_flight)
        return self._messages.pop(0) if self._messages else grpc.aio.EOF

    async def write(self, response: ep.ProcessingResponse) -> None:
        self.written.append(response)

    def invocation_metadata(self):
        return ()


def post(body: bytes) -> ep.ProcessingRequest:
    attrs = struct_pb2.Struct()
    attrs.update({"request.method": "POST", "request.path": "/mcp",
                  **{f"request.headers['{k}']": v for k, v in HEADERS.items()}})
    request = ep.ProcessingRequest(request_body=ep.HttpBody(body=body, end_of_stream=True))
    request.attributes[ATTRIBUTE_KEY].CopyFrom(attrs)
    return request


def response(body: bytes, end: bool) -> ep.ProcessingRequest:
    return ep.ProcessingRequest(response_body=ep.HttpBody(body=body, end_of_stream=end))


def test_an_exchange_is_counted_while_its_record_is_coming(tmp_path: Path) -> None:
    ensure_signing_key(tmp_path / "k.pem")

    async def main() -> tuple[FakeStream, FakeStream, Journal]:
        journal = Journal(tmp_path / "j", Signer(tmp_path / "k.pem"))
        service = ExternalProcessor(Limits(), RefreshingFakeAccess(), Auditor(journal))
        answered = FakeStream([post(REQUEST), response(RESULT, False), response(b"", True)], journal)
        event_stream = FakeStream([post(REQUEST), response(b'data: {"jsonrpc":"2.0","method":"x"}\n\n', False)],
                                  journal)
        await service.Process(None, answered)
        await service.Process(None, event_stream)
        await journal.close()
        return answered, event_stream, journal

    answered, event_stream, journal = asyncio.run(main())
    assert answered.in_flight_seen == [0, 1, 1, 0], "counted from its request until its record is written"
    assert event_stream.in_flight_seen == [0, 1, 0], "an event stream stops counting once it is one"
    assert journal.in_flight == 0
    records = list(iter_records([tmp_path / "j"]))
    assert len(records) == 2 and json.loads(answered.written[-1].response_body.response.body_mutation
                                            .streamed_response.body)["id"] == 9
