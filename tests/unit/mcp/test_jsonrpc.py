import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extproc.mcp.errors import INVALID_REQUEST, PARSE_ERROR, McpError
from extproc.mcp.jsonrpc import loads_strict, parse_message


def _code(data: bytes) -> int:
    with pytest.raises(McpError) as info:
        parse_message(data)
    return info.value.code


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"\xff\xfe{}",
        b'{"jsonrpc":"2.0","id":1,"method":"x","params":{"a":{"b":1,"b":2}}}',
        b'{"jsonrpc":"2.0","id":1,"id":2,"method":"x"}',
        b'{"jsonrpc":"2.0","id":1,"method":"\\ud800"}',
        b'{"jsonrpc":"2.0","id":1,"method":"x","params":{"v":NaN}}',
        b'{"jsonrpc":"2.0","id":1,"method":"x"} trailing',
        b"[" * 100_000,
    ],
    ids=["not-json", "bad-utf8", "nested-dup", "top-dup", "lone-surrogate", "nan", "trailing", "deep"],
)
def test_ambiguous_or_broken_json_is_a_parse_error(data: bytes) -> None:
    assert _code(data) == PARSE_ERROR


def test_a_repeated_key_is_not_quoted_back() -> None:
    """An upstream's repeated key may be a patient's name: the refusal reaches the client and the journal."""
    with pytest.raises(McpError) as refused:
        parse_message(b'{"jsonrpc":"2.0","id":9,"result":{"Maria Garcia 123-45-6789":1,"Maria Garcia 123-45-6789":2}}')
    assert refused.value.code == PARSE_ERROR and "Maria" not in refused.value.message


@pytest.mark.parametrize(
    "doc",
    [
        [{"jsonrpc": "2.0", "id": 1, "method": "tools/list"}],
        {"id": 1, "method": "tools/list"},
        {"jsonrpc": "2.0", "id": True, "method": "tools/list"},
        {"jsonrpc": "2.0", "id": 1.5, "method": "tools/list"},
        {"jsonrpc": "2.0", "id": None, "method": "tools/list"},
        {"jsonrpc": "2.0", "id": 1, "method": ""},
        {"jsonrpc": "2.0", "id": 1, "method": "x", "params": [1, 2]},
        {"jsonrpc": "2.0", "id": 1, "result": {}, "error": {}},
        {"jsonrpc": "2.0", "result": {}},
        "just a string",
    ],
    ids=["batch", "no-version", "bool-id", "float-id", "null-id", "empty-method", "array-params",
         "result-and-error", "response-without-id", "not-object"],
)
def test_invalid_envelopes_are_invalid_requests(doc: object) -> None:
    assert _code(json.dumps(doc).encode()) == INVALID_REQUEST


def test_batch_error_says_why() -> None:
    with pytest.raises(McpError, match="batches"):
        parse_message(b'[{"jsonrpc":"2.0","id":1,"method":"ping"}]')


def test_request_notification_response() -> None:
    request = parse_message(b'{"jsonrpc":"2.0","id":"a","method":"tools/call","params":{"name":"x"}}')
    assert (request.method, request.id, request.is_response) == ("tools/call", "a", False)
    assert request.params == {"name": "x"}
    note = parse_message(b'{"jsonrpc":"2.0","method":"notifications/initialized"}')
    assert note.id is None and not note.is_response
    response = parse_message(b'{"jsonrpc":"2.0","id":3,"result":{}}')
    assert response.is_response and response.id == 3
    unreadable = parse_message(b'{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}}')
    assert unreadable.is_response and unreadable.id is None
    with pytest.raises(McpError):
        parse_message(b'{"jsonrpc":"2.0","id":null,"result":{}}')


def test_escapes_decode_to_what_the_server_sees() -> None:
    message = parse_message(b'{"jsonrpc":"2.0","id":1,"method":"tools/\\u0063all"}')
    assert message.method == "tools/call"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_unambiguous_json_parses_like_the_stdlib(value: object) -> None:
    data = json.dumps(value).encode()
    assert loads_strict(data) == json.loads(data)


@given(st.binary(max_size=200))
def test_arbitrary_bytes_only_ever_raise_mcp_errors(data: bytes) -> None:
    try:
        parse_message(data)
    except McpError as exc:
        assert exc.code in (PARSE_ERROR, INVALID_REQUEST)
