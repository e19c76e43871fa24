"""created_task and TaskBinding (tasks.py): which tools/call results create a task, in both revisions."""

import pytest

from extproc.mcp.errors import INTERNAL_ERROR, McpError
from extproc.mcp.tasks import MAX_TTL_MS, CreatedTask, TaskBinding, created_task


def test_a_2025_11_25_create_task_result() -> None:
    result = {"task": {"taskId": "786512e2-9e0d", "status": "working", "ttl": 60000, "pollInterval": 5000}}
    assert created_task(result) == CreatedTask("786512e2-9e0d", 60000)
    assert created_task({"task": {"taskId": "t", "ttl": None}}) == CreatedTask("t", None)


def test_a_2026_07_28_task_extension_result() -> None:
    result = {"resultType": "task", "taskId": "t-2", "status": "working", "ttlMs": 3600000}
    assert created_task(result) == CreatedTask("t-2", 3600000)
    assert created_task({"resultType": "task", "taskId": "t-3", "ttlMs": True}) == CreatedTask("t-3", None)


@pytest.mark.parametrize("ttl", [10**400, 2**64, MAX_TTL_MS + 1])
def test_a_huge_ttl_is_capped_before_any_arithmetic(ttl: int) -> None:
    assert created_task({"task": {"taskId": "t", "ttl": ttl}}) == CreatedTask("t", MAX_TTL_MS)
    assert created_task({"resultType": "task", "taskId": "t", "ttlMs": ttl}) == CreatedTask("t", MAX_TTL_MS)


@pytest.mark.parametrize("ttl", [-1, 1.5, float("inf"), "60000", True])
def test_a_ttl_that_is_not_a_non_negative_integer_is_no_ttl(ttl: object) -> None:
    assert created_task({"task": {"taskId": "t", "ttl": ttl}}) == CreatedTask("t", None)


@pytest.mark.parametrize("result", [{"content": []}, {"resultType": "complete", "taskId": "x"}, {"task": "x"}])
def test_an_ordinary_result_creates_none(result: dict) -> None:
    assert created_task(result) is None


@pytest.mark.parametrize("task_id", [None, 7, "", "has space", "x" * 129, "é", "line\nbreak", "a/b", "<b>", "t;1",
                                     "{patient}", "%0a", "a\"b"])
def test_a_task_without_a_usable_id_is_refused(task_id: object) -> None:
    with pytest.raises(McpError, match="without a usable taskId") as refused:
        created_task({"resultType": "task", "taskId": task_id})
    assert refused.value.code == INTERNAL_ERROR


@pytest.mark.parametrize("task_id", ["786512e2-9e0d-4b4f-a1c9-0f1e2d3c4b5a", "01JD5Z1N8K", "task_1.2:3~4", "x" * 128])
def test_a_token_task_id_is_usable(task_id: str) -> None:
    assert created_task({"task": {"taskId": task_id}}) == CreatedTask(task_id, None)


def test_owner_needs_issuer_and_subject() -> None:
    binding = TaskBinding("iss", "alice", None, "tool", 0.0)
    assert binding.owner_is("iss", "alice")
    assert not binding.owner_is("other", "alice") and not binding.owner_is("iss", "bob")
