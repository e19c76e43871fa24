"""The command line as `chaperone` runs it: `policy explain --arguments`."""

import json

import pytest

from extproc import cli


def test_cli_explain_takes_the_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["policy", "explain", "--sub", "bob", "--groups", "analysts", "--tool", "export_cohort"]
    assert cli.main([*args, "--arguments", json.dumps({"condition": "E11"})]) == 0
    out = capsys.readouterr().out
    assert "approval: REQUIRED by rule cohort-export" in out and "reason: required from the caller" in out
    for bad, message in (("[1]", "must be a JSON object"), ("{", "Expecting")):
        assert cli.main([*args, "--arguments", bad]) == 2
        assert message in capsys.readouterr().err
    assert cli.main(["policy", "explain", "--sub", "b", "--method", "tools/list", "--arguments", "{}"]) == 2
    assert "--arguments needs --tool" in capsys.readouterr().err
