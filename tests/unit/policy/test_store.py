"""PolicyStore (store.py): hot reload after the interval; the previous policy is kept on any bad change."""

import logging
import os
from pathlib import Path

import pytest

from extproc.policy import Policy, PolicyError, PolicyStore
from tests.unit.policy.support import BASE, tool, who


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def write(path: Path, text: str, stamp: int) -> None:
    path.write_text(text)
    os.utime(path, ns=(stamp * 10**9, stamp * 10**9))


INTERN_ONLY = BASE.replace("  r:\n    groups: [g]\n",
                           "  intern:\n    groups: [interns]\n    tools: [search_patients]\n")
INTERN_MORE = INTERN_ONLY.replace("tools: [search_patients]", "tools: [search_patients, get_patient]")


def test_store_picks_up_a_good_change_after_the_interval(tmp_path: Path) -> None:
    path, clock = tmp_path / "policy.yaml", Clock()
    write(path, INTERN_ONLY, 1)
    store = PolicyStore(path, clock=clock)
    assert not store.current.decide(who("interns"), tool("get_patient")).allowed
    write(path, INTERN_MORE, 2)
    clock.now += 0.5
    assert store.maybe_reload() is False  # throttled: the file is not even looked at yet
    assert not store.current.decide(who("interns"), tool("get_patient")).allowed
    clock.now += 0.6
    assert store.maybe_reload() is True
    assert store.current.decide(who("interns"), tool("get_patient")).allowed and store.last_error is None
    clock.now += 5
    assert store.maybe_reload() is False  # unchanged


def test_store_keeps_the_previous_policy_on_a_bad_change(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path, clock = tmp_path / "policy.yaml", Clock()
    write(path, INTERN_ONLY, 1)
    store = PolicyStore(path, clock=clock)
    previous = store.current
    write(path, INTERN_ONLY.replace("algorithms: [RS256]", "algorithms: [HS256]  # SECRET-MARKER"), 2)
    with caplog.at_level(logging.WARNING, logger="extproc.policy"):
        for _ in range(3):
            clock.now += 2
            assert store.maybe_reload() is False
    assert store.current is previous
    assert store.last_error is not None and store.last_error.problems[0].path == "identity.algorithms[0]"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "identity.algorithms[0]" in warnings[0].getMessage()
    assert "SECRET-MARKER" not in caplog.text
    write(path, INTERN_MORE, 3)
    clock.now += 2
    assert store.maybe_reload() is True and store.last_error is None


def test_store_survives_the_file_disappearing(tmp_path: Path) -> None:
    path, clock = tmp_path / "policy.yaml", Clock()
    write(path, INTERN_ONLY, 1)
    store = PolicyStore(path, clock=clock)
    path.unlink()
    clock.now += 2
    assert store.maybe_reload() is False and "cannot read" in str(store.last_error)
    assert store.current.decide(who("interns"), tool("search_patients")).allowed
    write(path, INTERN_MORE, 2)
    clock.now += 2
    assert store.maybe_reload() is True


def test_store_follows_a_configmap_symlink_swap(tmp_path: Path) -> None:
    # The kubelet's layout: policy.yaml -> ..data/policy.yaml, ..data -> ..<timestamp>, swapped atomically.
    clock = Clock()
    (tmp_path / "..v1").mkdir()
    (tmp_path / "..v1" / "policy.yaml").write_text(INTERN_ONLY)
    (tmp_path / "..data").symlink_to("..v1")
    (tmp_path / "policy.yaml").symlink_to("..data/policy.yaml")
    store = PolicyStore(tmp_path / "policy.yaml", clock=clock)
    (tmp_path / "..v2").mkdir()
    (tmp_path / "..v2" / "policy.yaml").write_text(INTERN_MORE)
    (tmp_path / "..data_tmp").symlink_to("..v2")
    os.replace(tmp_path / "..data_tmp", tmp_path / "..data")
    clock.now += 2
    assert store.maybe_reload() is True
    assert store.current.decide(who("interns"), tool("get_patient")).allowed


def test_store_keeps_the_previous_policy_on_an_unexpected_error(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path, clock = tmp_path / "policy.yaml", Clock()
    write(path, INTERN_ONLY, 1)
    store = PolicyStore(path, clock=clock)

    def broken(*args: object, **kwargs: object) -> Policy:
        raise RuntimeError("bug")

    monkeypatch.setattr("extproc.policy.store.load_policy", broken)
    write(path, INTERN_MORE, 2)
    clock.now += 2
    assert store.maybe_reload() is False and "RuntimeError" in str(store.last_error)
    assert store.current.decide(who("interns"), tool("search_patients")).allowed


def test_store_refuses_to_start_on_a_bad_policy(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    with pytest.raises(PolicyError, match="cannot read"):
        PolicyStore(path)
    write(path, BASE + "    tool: [a]\n", 1)
    with pytest.raises(PolicyError) as info:
        PolicyStore(path)
    assert info.value.problems[0].line == 10


def test_a_version_the_gateway_refuses_is_never_in_force(tmp_path: Path) -> None:
    """`finish` completes each version (the gateway's public URL as audience) or refuses it like a bad file."""
    path, clock = tmp_path / "policy.yaml", Clock()
    write(path, INTERN_ONLY, 1)
    own = "https://gw.example.org/mcp"

    def finish(policy: Policy) -> Policy:
        if policy.identity.audience != own:
            raise PolicyError([], str(path))
        return policy

    store = PolicyStore(path, clock=clock, finish=finish)
    write(path, INTERN_MORE.replace(own, "https://elsewhere.example/mcp"), 2)
    clock.now += 2
    assert store.maybe_reload() is False and store.last_error is not None
    assert store.current.identity.audience == own
    with pytest.raises(PolicyError):
        PolicyStore(path, finish=finish)
