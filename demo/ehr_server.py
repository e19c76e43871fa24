"""A demo EHR MCP server over synthetic patients, for exercising the Chaperone gateway.

Run it with ``python -m demo.ehr_server --port 8000``; the MCP endpoint is ``/mcp`` and a plain
``GET /healthz`` answers ``ok`` for readiness probes. All data is synthetic (see
``demo.patients``); ``update_medication`` mutates per-server-instance in-memory state only.
"""

from __future__ import annotations

import argparse
import json
import warnings
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Annotated, Any, Literal

import anyio
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError, ToolError
from mcp.server.transport_security import TransportSecuritySettings
from mcp.shared.exceptions import MCPDeprecationWarning
from mcp.types import ToolAnnotations
from pydantic import Field
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from demo.patients import Medication, Patient, appointments_for, clinical_note, generate_patients, labs_for

SERVER_NAME = "chaperone-demo-ehr"
SERVER_VERSION = "0.1.0"
LOOPBACK_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]

_READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, open_world_hint=False)


class PatientStore:
    """In-memory patient records for one server instance (mutations stay local to it)."""

    def __init__(self, patients: Sequence[Patient]) -> None:
        self._by_id: dict[str, Patient] = {p.patient_id: p for p in patients}

    def __len__(self) -> int:
        return len(self._by_id)

    def all(self) -> list[Patient]:
        """Every patient, in id order."""
        return list(self._by_id.values())

    def recent_charts(self, count: int = 3) -> list[Patient]:
        """The charts the demo lists as resources (the first few patients)."""
        return self.all()[:count]

    def find(self, patient_id: str) -> Patient | None:
        """The patient with this id (case-insensitive), or None."""
        return self._by_id.get(patient_id.strip().upper())

    def get(self, patient_id: str) -> Patient:
        """The patient with this id; raises ``ToolError`` if unknown."""
        patient = self.find(patient_id)
        if patient is None:
            raise ToolError(f"Unknown patient_id: {patient_id!r}")
        return patient

    def search(self, query: str, limit: int) -> list[Patient]:
        """Patients whose name contains ``query`` (case-insensitive) or whose MRN / id equals it."""
        needle = query.strip().casefold()
        if not needle:
            raise ToolError("query must not be empty")
        digits = "".join(c for c in needle if c.isdigit())
        matches: list[Patient] = []
        for p in self._by_id.values():
            names = (p.full_name, p.given_name, p.family_name, f"{p.given_name} {p.family_name}", p.name_latin)
            if (
                any(needle in n.casefold() for n in names)
                or needle in (p.mrn.casefold(), p.patient_id.casefold())
                or (len(digits) == 7 and p.mrn.endswith(digits))
            ):
                matches.append(p)
                if len(matches) >= limit:
                    break
        return matches

    def cohort(self, condition: str) -> list[Patient]:
        """Patients with a condition whose ICD-10 code starts with, or description contains, ``condition``."""
        needle = condition.strip().casefold()
        if not needle:
            raise ToolError("condition must not be empty")
        return [
            p
            for p in self._by_id.values()
            if any(c.icd10.casefold().startswith(needle) or needle in c.description.casefold() for c in p.conditions)
        ]

    def set_medication(self, patient_id: str, name: str, dose: str) -> tuple[Patient, str]:
        """Add or re-dose a medication; returns the updated patient and ``"added"``/``"updated"``."""
        patient = self.get(patient_id)
        name, dose = name.strip(), dose.strip()
        if not name or not dose:
            raise ToolError("medication and dose must not be empty")
        meds = list(patient.medications)
        action = "added"
        for i, med in enumerate(meds):
            if med.name.casefold() == name.casefold():
                meds[i] = Medication(med.name, dose)
                action = "updated"
                break
        else:
            meds.append(Medication(name, dose))
        updated = replace(patient, medications=tuple(meds))
        self._by_id[updated.patient_id] = updated
        return updated, action


async def _client_log(ctx: Context, message: str) -> None:
    """Best-effort ``notifications/message`` to the caller.

    Logging is deprecated at 2026-07-28 (SEP-2577): there it is only delivered when the request
    opted in via ``_meta``; on handshake-era sessions it is always sent. The SDK's helpers warn
    on every call, so the coroutine is created under a local warnings filter (no await inside
    it, so no other task can observe the filter).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MCPDeprecationWarning)
        pending = ctx.request_context.session.send_log_message(
            level="info", data=message, logger="demo.ehr", related_request_id=ctx.request_id
        )
    await pending


def _chart_reader(store: PatientStore, patient_id: str) -> Callable[[], str]:
    def read_chart() -> str:
        """One recently opened patient's record as JSON text."""
        patient = store.find(patient_id)
        assert patient is not None
        return json.dumps(patient.to_dict(), ensure_ascii=False)

    return read_chart


def build_server(
    patients: list[Patient] | None = None,
    *,
    batch_delay: float = 0.0,
    log_level: LogLevel = "WARNING",
) -> MCPServer:
    """Build the demo EHR server over ``patients`` (default: ``generate_patients()``).

    ``batch_delay`` (seconds) is slept between ``export_cohort`` batches so progress events are
    visibly streamed; it is 0 by default to keep tests fast.
    """
    store = PatientStore(generate_patients() if patients is None else patients)
    server: MCPServer = MCPServer(
        SERVER_NAME,
        title="Demo EHR (synthetic data)",
        description="Synthetic electronic health records for testing the Chaperone MCP gateway.",
        instructions=(
            "Synthetic EHR. Find patients with search_patients, then read records, labs, appointments "
            "and notes by patient_id. export_cohort streams progress. update_medication writes."
        ),
        version=SERVER_VERSION,
        log_level=log_level,
    )

    @server.tool(annotations=_READ_ONLY)
    def search_patients(
        query: Annotated[str, Field(description="Name substring (native or Latin spelling), MRN or patient id")],
        limit: Annotated[int, Field(ge=1, le=100, description="Maximum number of results")] = 10,
    ) -> dict[str, Any]:
        """Search patients by name substring (case-insensitive), MRN or patient id."""
        found = store.search(query, limit)
        return {"query": query, "count": len(found), "patients": [p.summary() for p in found]}

    @server.tool(annotations=_READ_ONLY)
    def get_patient(patient_id: str) -> dict[str, Any]:
        """Return the full demographic and clinical record of one patient."""
        return store.get(patient_id).to_dict()

    @server.tool(annotations=_READ_ONLY)
    def get_labs(patient_id: str) -> dict[str, Any]:
        """Return the patient's lab results (LOINC-coded, with free-text comments)."""
        patient = store.get(patient_id)
        return {"patient_id": patient.patient_id, "mrn": patient.mrn, "labs": labs_for(patient)}

    @server.tool(annotations=_READ_ONLY)
    def list_appointments(patient_id: str) -> dict[str, Any]:
        """Return the patient's past and upcoming appointments."""
        patient = store.get(patient_id)
        return {"patient_id": patient.patient_id, "appointments": appointments_for(patient)}

    @server.tool(annotations=_READ_ONLY)
    def get_clinical_note(patient_id: str) -> dict[str, Any]:
        """Return the patient's most recent free-text progress note."""
        patient = store.get(patient_id)
        return {"patient_id": patient.patient_id, "mrn": patient.mrn, "note": clinical_note(patient)}

    @server.tool(annotations=_READ_ONLY)
    async def export_cohort(
        condition: Annotated[str, Field(description="ICD-10 code prefix (E11) or description substring")],
        ctx: Context,
        batch_size: Annotated[int, Field(ge=1, le=1000, description="Patients per progress batch")] = 25,
    ) -> dict[str, Any]:
        """Export full records of every patient with a condition, reporting progress per batch."""
        matches = store.cohort(condition)
        total = len(matches)
        await _client_log(ctx, f"export_cohort: {total} patients match {condition!r}")
        records: list[dict[str, Any]] = []
        for start in range(0, total, batch_size):
            batch = matches[start : start + batch_size]
            records.extend(p.to_dict() for p in batch)
            if batch_delay:
                await anyio.sleep(batch_delay)
            await ctx.report_progress(len(records), total, f"exported {len(records)}/{total} patients")
        return {"condition": condition, "total": total, "batch_size": batch_size, "patients": records}

    @server.tool(
        annotations=ToolAnnotations(
            read_only_hint=False, destructive_hint=True, idempotent_hint=True, open_world_hint=False
        )
    )
    def update_medication(
        patient_id: str,
        medication: Annotated[str, Field(description="Medication name; an existing one is re-dosed")],
        dose: Annotated[str, Field(description="New dose and frequency, e.g. '20 mg PO daily'")],
    ) -> dict[str, Any]:
        """Add a medication or change its dose (writes to the in-memory record)."""
        patient, action = store.set_medication(patient_id, medication, dose)
        return {
            "patient_id": patient.patient_id,
            "action": action,
            "medication": {"name": medication.strip(), "dose": dose.strip()},
            "medications": [{"name": m.name, "dose": m.dose} for m in patient.medications],
        }

    @server.resource(
        "ehr://patients/{patient_id}",
        name="patient_record",
        title="Patient record",
        description="The full patient record as JSON.",
        mime_type="application/json",
    )
    def patient_record(patient_id: str) -> str:
        """The patient record as JSON text."""
        patient = store.find(patient_id)
        if patient is None:
            raise ResourceNotFoundError(f"Unknown patient: {patient_id}")
        return json.dumps(patient.to_dict(), ensure_ascii=False)

    for patient in store.recent_charts():
        # A catalogue named after patients, as EHR integrations often list "recent charts": the gateway
        # masks these display texts per the caller's profile (the URI stays readable).
        server.resource(
            f"ehr://patients/{patient.patient_id}",
            name=f"chart-{patient.patient_id}",
            title=f"Chart: {patient.full_name}",
            description=f"{patient.full_name}, born {patient.birth_date}, Medicare {patient.medicare_mbi}",
            mime_type="application/json",
        )(_chart_reader(store, patient.patient_id))

    @server.prompt(title="Summarize patient")
    def summarize_patient(patient_id: str) -> str:
        """Ask the model for a clinician-facing summary of one patient."""
        patient = store.find(patient_id)
        if patient is None:
            raise ValueError(f"Unknown patient_id: {patient_id!r}")
        record = json.dumps(patient.to_dict(), ensure_ascii=False, indent=2)
        return (
            "Summarize this patient for a clinician hand-off: active problems, medications, recent "
            "concerns and follow-up needs. Keep it under 150 words.\n\n"
            f"Record:\n{record}\n\nLatest note:\n{clinical_note(patient)}"
        )

    @server.custom_route("/healthz", methods=["GET"], include_in_schema=False)
    async def healthz(_request: Request) -> Response:
        return PlainTextResponse("ok")

    return server


def transport_security(
    extra_hosts: Sequence[str] = (), *, disable_host_check: bool = False
) -> TransportSecuritySettings:
    """Host/Origin allow-list for the streamable HTTP endpoint.

    Loopback names are always allowed with any port and without one (a proxy may forward
    ``Host: 127.0.0.1``); each ``extra_hosts`` entry is allowed as given and, if it has no port,
    with any port. ``disable_host_check`` turns DNS-rebinding protection off entirely.
    """
    if disable_host_check:
        return TransportSecuritySettings(enable_dns_rebinding_protection=False)
    hosts: list[str] = []
    origins: list[str] = []
    for host in (*LOOPBACK_HOSTS, *extra_hosts):
        has_port = host.rsplit("]", 1)[-1].count(":") == 1
        host_forms = [host] if has_port else [host, f"{host}:*"]
        hosts.extend(host_forms)
        origins.extend(f"{scheme}://{h}" for scheme in ("http", "https") for h in host_forms)
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=list(dict.fromkeys(hosts)),
        allowed_origins=list(dict.fromkeys(origins)),
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m demo.ehr_server", description="Demo EHR MCP server (synthetic data, streamable HTTP)."
    )
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="bind port (default: 8000)")
    parser.add_argument("--path", default="/mcp", help="MCP endpoint path (default: /mcp)")
    parser.add_argument(
        "--stateless",
        action="store_true",
        help="no Mcp-Session-Id sessions (handshake-era clients still work, but without sessions, "
        "GET streams or server-to-client requests); 2026-07-28 requests are sessionless either way",
    )
    parser.add_argument(
        "--json-response",
        action="store_true",
        help="answer POSTs with application/json instead of SSE (progress notifications are then dropped)",
    )
    parser.add_argument("--seed", type=int, default=7, help="patient generator seed (default: 7)")
    parser.add_argument("--patients", type=int, default=200, metavar="N", help="number of patients (default: 200)")
    parser.add_argument(
        "--batch-delay",
        type=float,
        default=0.05,
        metavar="SECONDS",
        help="pause between export_cohort batches so progress is visibly streamed (default: 0.05)",
    )
    parser.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="HOST[:PORT]",
        help="extra Host header value to accept (repeatable), e.g. ehr.default.svc.cluster.local",
    )
    parser.add_argument(
        "--disable-host-check",
        action="store_true",
        help="disable DNS-rebinding protection (Host/Origin checks) entirely",
    )
    parser.add_argument(
        "--log-level",
        default="WARNING",
        type=str.upper,
        choices=["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"],
        help="server log level (default: WARNING)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point: serve the demo EHR over streamable HTTP."""
    args = _parser().parse_args(argv)
    if args.patients < 0:
        raise SystemExit("--patients must be >= 0")
    server = build_server(
        generate_patients(args.patients, args.seed), batch_delay=max(args.batch_delay, 0.0), log_level=args.log_level
    )
    server.run(
        transport="streamable-http",
        host=args.host,
        port=args.port,
        streamable_http_path=args.path,
        json_response=args.json_response,
        stateless_http=args.stateless,
        transport_security=transport_security(args.allowed_host, disable_host_check=args.disable_host_check),
    )


if __name__ == "__main__":
    main()
