"""The audit record as an OpenTelemetry span, exported over OTLP/gRPC with a disk spool behind it.

A pipeline of small parts, each in its own module:

- `semconv`: one audit record → one encoded OTLP span (name, attributes, trace). The journal encodes it
  beside the record's line; CPU only, no gRPC.
- `sink`: what the journal's helper process (`span_feed`) holds; composes the parts below around `reporting`'s
  counts (every span ends up in exactly one bucket) and rate-limited warnings.
- `batcher`: the span queue and the thread that hands batches to a `SpanExporter` (`exporter`).
- `spooling_exporter`: straight to the collector (`otlp_grpc`) while it answers, the disk spool (`spool`)
  otherwise, and a thread that delivers the spool oldest first.
"""
