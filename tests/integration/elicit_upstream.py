"""An official-SDK MCP server whose one tool asks the user for contact details (elicitation with e-mail, URI
and date formats, an enum and defaults), then answers with patient text and a resource link. The SDK sends
the question as an `elicitation/create` request mid-call (2025-11-25) or inside an `InputRequiredResult`
the client answers by retrying the call (2026-07-28). Run as `python -m tests.integration.elicit_upstream
PORT`.
"""

from __future__ import annotations

import datetime
import sys
from typing import Annotated, Literal

from mcp.server.mcpserver import MCPServer, Resolve
from mcp.server.mcpserver.resolve import Elicit
from mcp_types import ResourceLink, TextContent
from pydantic import BaseModel, Field

PATIENT_TEXT = "Patient Maria Garcia, SSN 123-45-6789, confirmed contact details."
LINK_NAME = "discharge-summary.pdf"


class Contact(BaseModel):
    email: str = Field(default="maria.garcia@example.com", title="Email", json_schema_extra={"format": "email"})
    homepage: str = Field(title="Homepage", json_schema_extra={"format": "uri"})
    born: datetime.date = Field(title="Date of birth")
    plan: Literal["basic", "premium"] = "premium"


server = MCPServer("elicit-upstream")


def ask_contact() -> Elicit[Contact]:
    return Elicit("Confirm the contact details of Maria Garcia (SSN 123-45-6789)", Contact)


@server.tool()
async def get_patient(patient_id: str, contact: Annotated[Contact, Resolve(ask_contact)]) \
        -> list[TextContent | ResourceLink]:
    """Confirms a patient's contact details with the user, then returns the record and a link to it."""
    return [TextContent(type="text", text=f"{PATIENT_TEXT} Plan {contact.plan}."),
            ResourceLink(type="resource_link", uri=f"ehr://patients/{patient_id}/blob", name=LINK_NAME,
                         mime_type="application/octet-stream")]


if __name__ == "__main__":
    server.run(transport="streamable-http", host="127.0.0.1", port=int(sys.argv[1]))
