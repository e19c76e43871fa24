"""The tables: every member each revision's schema defines is named, protocol error data is structure."""

import mcp_types._v2025_11_25 as v2025
import mcp_types._v2026_07_28 as v2026
import pytest
from pydantic import BaseModel

from extproc.mcp import shapes
from extproc.mcp.shapes import KEEP, Choice, Each, Obj


def _case(choice: shapes.Node, tag: str) -> Obj:
    assert isinstance(choice, Choice)
    node = choice.cases[tag]
    assert isinstance(node, Obj)
    return node


def _item(node: shapes.Node, member: str) -> Obj:
    assert isinstance(node, Obj)
    each = node.members[member]
    assert isinstance(each, Each) and isinstance(each.item, Obj)
    return each.item


_COMPLETE = {m: _case(shapes.RESULTS[m], "complete") for m in ("tools/call", "prompts/get", "resources/read",
                                                                "completion/complete")}

SCHEMA_TYPES: list[tuple[type[BaseModel], Obj]] = [
    *[(mod.TextContent, _case(shapes.CONTENT, "text")) for mod in (v2025, v2026)],
    *[(mod.ImageContent, _case(shapes.CONTENT, "image")) for mod in (v2025, v2026)],
    *[(mod.AudioContent, _case(shapes.CONTENT, "audio")) for mod in (v2025, v2026)],
    *[(mod.ResourceLink, _case(shapes.CONTENT, "resource_link")) for mod in (v2025, v2026)],
    *[(mod.EmbeddedResource, _case(shapes.CONTENT, "resource")) for mod in (v2025, v2026)],
    *[(mod.ToolUseContent, _case(shapes.SAMPLING_CONTENT, "tool_use")) for mod in (v2025, v2026)],
    *[(mod.ToolResultContent, _case(shapes.SAMPLING_CONTENT, "tool_result")) for mod in (v2025, v2026)],
    *[(model, shapes.RESOURCE_CONTENTS) for mod in (v2025, v2026)
      for model in (mod.TextResourceContents, mod.BlobResourceContents)],
    *[(mod.Annotations, shapes.ANNOTATIONS) for mod in (v2025, v2026)],
    *[(mod.ElicitRequestFormParams, shapes.ELICIT_FORM) for mod in (v2025, v2026)],
    *[(mod.ElicitRequestURLParams, shapes.ELICIT_URL) for mod in (v2025, v2026)],
    *[(mod.RequestedSchema, shapes.REQUESTED_SCHEMA) for mod in (v2025, v2026)],
    *[(model, shapes.FIELD) for mod in (v2025, v2026)
      for model in (mod.StringSchema, mod.NumberSchema, mod.BooleanSchema, mod.UntitledSingleSelectEnumSchema,
                    mod.TitledSingleSelectEnumSchema, mod.UntitledMultiSelectEnumSchema,
                    mod.TitledMultiSelectEnumSchema, mod.LegacyTitledEnumSchema)],
    *[(mod.CreateMessageRequestParams, shapes.SAMPLING) for mod in (v2025, v2026)],
    *[(mod.SamplingMessage, _item(shapes.SAMPLING, "messages")) for mod in (v2025, v2026)],
    *[(mod.CallToolResult, _COMPLETE["tools/call"]) for mod in (v2025, v2026)],
    *[(mod.GetPromptResult, _COMPLETE["prompts/get"]) for mod in (v2025, v2026)],
    *[(mod.PromptMessage, _item(_COMPLETE["prompts/get"], "messages")) for mod in (v2025, v2026)],
    *[(mod.ReadResourceResult, _COMPLETE["resources/read"]) for mod in (v2025, v2026)],
    *[(mod.CompleteResult, _COMPLETE["completion/complete"]) for mod in (v2025, v2026)],
    (v2026.InputRequiredResult, shapes.INPUT_REQUIRED),
    (v2025.CreateTaskResult, _COMPLETE["tools/call"]),
    (v2025.Task, shapes.TASK),
    (v2025.GetTaskResult, shapes.TASK_STATE),
    (v2025.TaskStatusNotificationParams, shapes.TASK_STATE),
    *[(mod.ProgressNotificationParams, shapes.SERVER_MESSAGES["notifications/progress"]) for mod in (v2025, v2026)],
    *[(mod.LoggingMessageNotificationParams, shapes.SERVER_MESSAGES["notifications/message"])
      for mod in (v2025, v2026)],
    *[(mod.CancelledNotificationParams, shapes.SERVER_MESSAGES["notifications/cancelled"])
      for mod in (v2025, v2026)],
    *[(mod.ResourceUpdatedNotificationParams, shapes.SERVER_MESSAGES["notifications/resources/updated"])
      for mod in (v2025, v2026)],
    (v2026.SubscriptionsAcknowledgedNotificationParams,
     shapes.SERVER_MESSAGES["notifications/subscriptions/acknowledged"]),
]


@pytest.mark.parametrize(("model", "shape"), SCHEMA_TYPES, ids=lambda v: getattr(v, "__module__", "")[-10:] +
                         "." + getattr(v, "__name__", "") if isinstance(v, type) else "")
def test_every_member_the_schema_defines_is_in_the_table(model: type[BaseModel], shape: Obj) -> None:
    """The SDK's per-revision models are generated from each revision's schema: a member the table does not
    name would be masked as an unknown one, structure included."""
    defined = {field.alias or name for name, field in model.model_fields.items()}
    assert defined <= set(shape.members)


def test_the_schema_defined_error_data_is_structure() -> None:
    for code, model in ((-32022, v2026.Data1), (-32021, v2026.Data), (-32042, v2025.Data)):
        error = shapes.ERROR.cases[code]
        assert isinstance(error, Obj) and error.members["code"] is KEEP
        data = error.members["data"]
        assert isinstance(data, Obj) and {f.alias or n for n, f in model.model_fields.items()} <= set(data.members)
