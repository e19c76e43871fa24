"""The task state our tasks extension keeps: input requests answered one by one, the DetailedTask shapes, and a
terminal status that nothing overwrites."""

from __future__ import annotations

import asyncio

from tests.conformance.reference_server.tasks import TTL_MS, Task

QUESTION = {"method": "elicitation/create", "params": {"message": "?"}}


def test_partial_answers_keep_the_task_waiting_for_the_rest() -> None:
    async def scenario() -> list[object]:
        task = Task(task_id="t1")
        waiting = asyncio.get_running_loop().create_task(task.ask({"a": QUESTION, "b": QUESTION}))
        await asyncio.sleep(0)
        seen: list[object] = [task.status, sorted(task.detailed()["inputRequests"])]
        task.answer({"a": {"action": "accept"}, "unknown": {"action": "accept"}})
        await asyncio.sleep(0)
        seen += [task.status, sorted(task.detailed()["inputRequests"]), waiting.done()]
        task.answer({"b": {"action": "decline"}})
        seen += [await waiting, task.status]
        return seen

    before, pending, after_one, still_pending, done, answers, status = asyncio.run(scenario())
    assert (before, pending) == ("input_required", ["a", "b"])
    assert (after_one, still_pending, done) == ("input_required", ["b"], False)
    assert answers == {"a": {"action": "accept"}, "b": {"action": "decline"}}
    assert status == "working"


def test_detailed_task_inlines_only_what_its_status_allows() -> None:
    task = Task(task_id="t2")
    working = task.detailed()
    assert working["status"] == "working" and "result" not in working and "error" not in working
    assert working["ttlMs"] == TTL_MS and isinstance(working["pollIntervalMs"], int)
    task.settle("completed", result={"content": [{"type": "text", "text": "done"}], "isError": False})
    assert task.detailed()["result"]["content"][0]["text"] == "done"
    assert "requestState" not in task.detailed()


def test_a_terminal_status_is_final() -> None:
    task = Task(task_id="t3")
    task.settle("cancelled")
    task.settle("completed", result={"content": []})
    assert task.status == "cancelled"
    assert "result" not in task.detailed()
