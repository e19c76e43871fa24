"""server.py: the ext_proc answers the processor builds."""

from __future__ import annotations

import pytest

from extproc.server import _streamed


@pytest.mark.parametrize(("body", "end"), [(b"", True), (b'{"jsonrpc":"2.0"}', False), (b"x" * 5000, True)])
def test_a_streamed_chunk_is_a_body_mutation_of_the_response_body(body: bytes, end: bool) -> None:
    answer = _streamed(body, end)
    assert answer.WhichOneof("response") == "response_body"
    mutation = answer.response_body.response.body_mutation
    assert mutation.WhichOneof("mutation") == "streamed_response"
    assert (mutation.streamed_response.body, mutation.streamed_response.end_of_stream) == (body, end)
