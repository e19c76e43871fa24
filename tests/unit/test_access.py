"""GatewayAccess's task and session ports (access.py): binding a created task or an opened session, deciding on it,
keeping lists to their owner."""

import pytest

from extproc.access import GatewayAccess
from extproc.identity.principal import Principal
from extproc.mcp.call import McpCall
from extproc.mcp.errors import INTERNAL_ERROR, INVALID_PARAMS, McpError
from extproc.policy import DEMO_POLICY, PolicyStore
from extproc.public_url import audience_resolver
from extproc.sessions import SessionTable
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


def test_a_session_is_bound_to_its_caller_and_agent_client(access: GatewayAccess) -> None:
    agent = Principal("ivy", ISSUER, client_id="agent-a")
    access.session_started(agent, "s-9")
    assert access.session_refusal(agent, "s-9") is None
    assert access.session_refusal(Principal("ivy", ISSUER, client_id="agent-b"), "s-9") == \
        "the MCP session belongs to another caller", "the same user through another agent client"
    assert access.session_refusal(ANA, "s-9") == "the MCP session belongs to another caller"
    assert access.session_refusal(agent, "s-8").startswith("the MCP session is unknown to the gateway")


def test_ending_a_session_forgets_its_binding_and_its_pseudonyms(access: GatewayAccess) -> None:
    access.session_started(IVY, "s-9")
    first = access.mask({"mrn": "MRN-0042817"}, "pseudonymized", "s-9").value
    assert access.mask({"mrn": "MRN-0042817"}, "pseudonymized", "s-9").value == first, "stable within the session"
    access.session_ended(ANA, "s-9")
    assert access.session_refusal(IVY, "s-9") is None, "another caller cannot end it"
    access.session_ended(IVY, "s-9")
    assert access.session_refusal(IVY, "s-9") is not None
    assert access.mask({"mrn": "MRN-0042817"}, "pseudonymized", "s-9").value != first


@pytest.mark.parametrize(("table", "first", "second", "message"), [
    (SessionTable(), "s-1", "s-1", "another caller's session"),
    (SessionTable(capacity=1), "s-1", "s-2", "too many live MCP sessions"),
    (SessionTable(), "s-1", "bad id", "does not accept"),
])
def test_a_session_that_cannot_be_bound_is_refused(table: SessionTable, first: str, second: str,
                                                   message: str) -> None:
    store = PolicyStore(DEMO_POLICY, finish=audience_resolver(None, "http://127.0.0.1:10000/mcp"))
    access = GatewayAccess(store, sessions=table)
    access.session_started(ANA, first)
    with pytest.raises(McpError, match=message) as refused:
        access.session_started(IVY, second)
    assert refused.value.code == INTERNAL_ERROR
