"""The hand-written OTLP encoder, checked by parsing what it writes with opentelemetry-proto's classes."""

from __future__ import annotations

from opentelemetry.proto.collector.trace.v1 import trace_service_pb2
from opentelemetry.proto.common.v1 import common_pb2
from opentelemetry.proto.trace.v1 import trace_pb2

from extproc.audit import otlp_wire
from tests.otlp_receiver import attributes

TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


def test_varint_matches_protobuf() -> None:
    for n in (0, 1, 127, 128, 300, 2**31, 2**63 - 1, -1, -(2**63)):
        parsed = common_pb2.AnyValue.FromString(b"\x18" + otlp_wire.varint(n))
        assert parsed.int_value == n


def test_span_fields_and_every_attribute_type() -> None:
    attrs = {"s": "täxt", "yes": True, "no": False, "n": 200, "neg": -5, "big": 2**40, "f": 0.25,
             "list": ["a", "b"], "empty": ""}
    data = otlp_wire.span("tools/call get_patient", TRACEPARENT, 10**18, 10**18 + 5, attrs)
    span = trace_pb2.Span.FromString(data)
    assert span.name == "tools/call get_patient"
    assert span.kind == trace_pb2.Span.SPAN_KIND_SERVER
    assert span.trace_id.hex() == "4bf92f3577b34da6a3ce929d0e0e4736"
    assert span.parent_span_id.hex() == "00f067aa0ba902b7"
    assert len(span.span_id) == 8 and span.span_id != span.parent_span_id
    assert (span.start_time_unix_nano, span.end_time_unix_nano) == (10**18, 10**18 + 5)
    assert attributes(span.attributes) == attrs
    assert span.status.code == trace_pb2.Status.STATUS_CODE_UNSET


def test_error_status_and_root_span() -> None:
    malformed = (None, "garbage", "00-" + "0" * 32 + "-00f067aa0ba902b7-01", "ff-" + "a" * 32 + "-" + "b" * 16 + "-01")
    for traceparent in malformed:
        span = trace_pb2.Span.FromString(otlp_wire.span("x", traceparent, 1, 2, {}, error="policy denied"))
        assert len(span.trace_id) == 16 and any(span.trace_id) and span.parent_span_id == b""
        assert span.status.code == trace_pb2.Status.STATUS_CODE_ERROR
        assert span.status.message == "policy denied"


def test_cached_attributes_keep_their_type() -> None:
    first = trace_pb2.Span.FromString(otlp_wire.span("x", None, 1, 2, {"k": True}))
    second = trace_pb2.Span.FromString(otlp_wire.span("x", None, 1, 2, {"k": 1}))
    assert attributes(first.attributes) == {"k": True}
    assert attributes(second.attributes)["k"] == 1 and second.attributes[0].value.HasField("int_value")


def test_export_request_wraps_resource_scope_and_spans() -> None:
    resource = otlp_wire.attributes(1, {"service.name": "chaperone"})
    spans = [otlp_wire.span(f"s{i}", None, 1, 2, {}) for i in range(3)]
    request = trace_service_pb2.ExportTraceServiceRequest.FromString(
        otlp_wire.export_request(resource, otlp_wire.field(1, b"chaperone.audit"), spans)
    )
    (rs,) = request.resource_spans
    assert attributes(rs.resource.attributes) == {"service.name": "chaperone"}
    (ss,) = rs.scope_spans
    assert ss.scope.name == "chaperone.audit"
    assert [s.name for s in ss.spans] == ["s0", "s1", "s2"]
