"""Limits and addresses the processor runs with, each with the default `make run` uses."""

from __future__ import annotations

from dataclasses import dataclass

from extproc.audit.record import PatientIdentifiers

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Byte limits on what the processor will hold in memory for one exchange.

    The request limit matches Envoy's buffer limit in envoy/*.yaml (Envoy answers 413 first); the response
    limits bound what is held while a JSON body or one SSE event is inspected.
    """

    max_request_bytes: int = 1 * MiB
    max_json_response_bytes: int = 8 * MiB
    max_sse_event_bytes: int = 1 * MiB


GRPC_MAX_MESSAGE_BYTES = 16 * MiB
"""Above any body chunk Envoy sends: its buffer limits are far smaller, and python grpc's default is 4 MiB."""


EHR_PATIENT_IDENTIFIERS = PatientIdentifiers(
    argument_keys=frozenset({"patient_id", "patientid", "patient", "mrn", "member_id", "memberid", "subject_id"}),
    uri_segments=frozenset({"patients", "patient"}),
)
"""Where calls to an EHR-like MCP server name a patient (the demo's, and FHIR-style names): the accounting of
disclosures hashes these values, and resource URIs carry `{patient}` in their place in the record."""
