"""`chaperone run`'s check of its addresses before it starts anything."""

from __future__ import annotations

import socket

import pytest

from extproc import launcher
from extproc.envoy_config import Endpoint


def test_a_busy_port_is_named_with_the_flag_that_changes_it() -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        busy = Endpoint("127.0.0.1", holder.getsockname()[1])
        with pytest.raises(launcher.PortBusy) as caught:
            launcher.check_free(busy, "--listen")
    assert str(caught.value) == (f"{busy} is already in use (another `chaperone run`?): stop what holds it, or "
                                 "choose another address with --listen")
    launcher.check_free(busy, "--listen")  # free again once its holder is gone
    launcher.check_free(Endpoint("127.0.0.1", 0), "--admin-port")  # 0: any free port, nothing to check


def test_an_address_this_machine_does_not_have_is_named_too() -> None:
    with pytest.raises(launcher.PortBusy, match=r"cannot listen on 192\.0\.2\.1:10000 .*--listen"):
        launcher.check_free(Endpoint("192.0.2.1", 10000), "--listen")
