"""GatewayAccess's task port (access.py): binding a created task, deciding on it, keeping lists to their owner."""

import pytest

from extproc.access import GatewayAccess
from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall
from extproc.mcp.errors import INTERNAL_ERROR, INVALID_PARAMS, McpError
from extproc.policy import DEMO_POLICY, PolicyStore
from extproc.public_url import audience_resolver
from extproc.tasks import TaskLedger

ISSUER = "https://chaperone.local/dev"
IVY = Principal("ivy", ISSUER, frozenset({"interns"}))
ANA = Principal("ana", ISSUER, frozenset({"analysts"}))


def tool_call(session: str | None = "s-1") -> McpCall:
    return McpCall("POST", "tools/call", 1, False, False, "tool", "search_patients", session_id=session)


def task_call(task_id: str, session: str | None = "s-1") -> McpCall:
    return McpCall("POST", "tasks/get", 2, False, False, "task", task_id, session_id=session)


@pytest.fixture
def access() -> GatewayAccess:
    return GatewayAccess(PolicyStore(DEMO_POLICY, finish=audience_resolver(None, "http://127.0.0.1:10000/mcp")))


def test_a_created_task_is_bound_to_its_caller_and_tool(access: GatewayAccess) -> None:
    assert access.task_created(IVY, tool_call(), {"content": []}) is None
    assert access.task_created(IVY, tool_call(), {"task": {"taskId": "t-1", "ttl": 60000}}) == "t-1"
    binding = access.binding("t-1")
    assert binding is not None and (binding.subject, binding.session_id, binding.tool) == ("ivy", "s-1",
                                                                                          "search_patients")
    assert access.decide(IVY, task_call("t-1")).allowed
    assert not access.decide(ANA, task_call("t-1")).allowed
    assert access.decide(IVY, task_call("t-2")).code == INVALID_PARAMS


def test_a_huge_ttl_binds_for_the_ledgers_maximum(access: GatewayAccess) -> None:
    assert access.task_created(IVY, tool_call(), {"task": {"taskId": "t-1", "ttl": 10**400}}) == "t-1"
    assert access.decide(IVY, task_call("t-1")).allowed


def test_another_callers_task_id_from_the_upstream_is_withheld(access: GatewayAccess) -> None:
    access.task_created(IVY, tool_call(), {"resultType": "task", "taskId": "t-1"})
    with pytest.raises(McpError, match="another caller's task"):
        access.task_created(ANA, tool_call(), {"resultType": "task", "taskId": "t-1"})
    assert access.decide(IVY, task_call("t-1")).allowed, "the first caller keeps its task"


def test_a_task_beyond_the_ledgers_capacity_is_withheld() -> None:
    store = PolicyStore(DEMO_POLICY, finish=audience_resolver(None, "http://127.0.0.1:10000/mcp"))
    access = GatewayAccess(store, tasks=TaskLedger(capacity=1))
    access.task_created(ANA, tool_call(), {"task": {"taskId": "t-1"}})
    with pytest.raises(McpError, match="too many live tasks") as refused:
        access.task_created(IVY, tool_call(), {"task": {"taskId": "t-2"}})
    assert refused.value.code == INTERNAL_ERROR
    assert access.decide(ANA, task_call("t-1")).allowed and access.binding("t-2") is None


def test_tasks_list_keeps_the_callers_own_in_its_session(access: GatewayAccess) -> None:
    access.task_created(IVY, tool_call("s-1"), {"task": {"taskId": "mine"}})
    access.task_created(IVY, tool_call("s-2"), {"task": {"taskId": "other-session"}})
    access.task_created(IVY, tool_call(None), {"resultType": "task", "taskId": "sessionless"})
    access.task_created(ANA, tool_call("s-1"), {"task": {"taskId": "theirs"}})
    listed = {"tasks": [{"taskId": t} for t in ("mine", "other-session", "sessionless", "theirs", "unknown")]
              + ["junk", {"taskId": 7}], "nextCursor": "c"}
    kept = access.own_tasks(IVY, McpCall("POST", "tasks/list", 3, False, False, session_id="s-1"), listed)
    assert kept == {"tasks": [{"taskId": "mine"}, {"taskId": "sessionless"}], "nextCursor": "c"}
    assert access.own_tasks(IVY, task_call("x"), {"tasks": "not a list"})["tasks"] == []
