"""An official-SDK MCP server whose one tool asks the user for contact details (elicitation with e-mail, URI
and date formats, an enum and defaults), then answers with patient text and a resource link. Run as
`python -m tests.integration.elicit_upstream PORT`.
"""

from __future__ import annotations

import datetime
import sys
from typing import Literal

from mcp.server.mcpserver import Context, MCPServer
from mcp_types import ResourceLink, TextContent
from pydantic import BaseModel, Field

PATIENT_TEXT = "Patient Maria Garcia, SSN 123-45-6789, confirmed contact details."
LINK_NAME = "Blob Resource 1"


class Contact(BaseModel):
    email: str = Field(default="maria.garcia@example.com", title="Email", json_schema_extra={"format": "email"})
    homepage: str = Field(title="Homepage", json_schema_extra={"format": "uri"})
    born: datetime.date = Field(title="Date of birth")
    plan: Literal["basic", "premium"] = "premium"


server = MCPServer("elicit-upstream")


@server.tool()
async def get_patient(patient_id: str, ctx: Context) -> list[TextContent | ResourceLink]:
    """Confirms a patient's contact details with the user, then returns the record and a link to it."""
    answer = await ctx.elicit("Confirm the contact details of Maria Garcia (SSN 123-45-6789)", Contact)
    if answer.action != "accept" or answer.data is None:
        return [TextContent(type="text", text=f"not confirmed: {answer.action}")]
    return [TextContent(type="text", text=f"{PATIENT_TEXT} Plan {answer.data.plan}."),
            ResourceLink(type="resource_link", uri=f"ehr://patients/{patient_id}/blob", name=LINK_NAME,
                         mime_type="application/octet-stream")]


if __name__ == "__main__":
    server.run(transport="streamable-http", host="127.0.0.1", port=int(sys.argv[1]))
