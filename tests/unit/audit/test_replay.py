from extproc.audit.replay import format_timeline_entry


def test_an_approval_transition_reads_as_one_line_with_who_decided() -> None:
    record = {"kind": "approval", "event": "approved", "seq": 5, "time": "t", "principal": {"sub": "ana"},
              "mcp": {"target": "export_cohort"},
              "approval": {"id": "apr_1", "actor": "iss|olivia", "approvers": ["iss|olivia"], "grant_until": "u"}}
    line = format_timeline_entry(record)
    assert line == "#5 t  ana  APPROVAL approved export_cohort  id=apr_1  by=iss|olivia  approvers=iss|olivia  until=u"


def test_a_call_that_waited_names_its_approval_and_approvers() -> None:
    record = {"seq": 9, "time": "t", "principal": {"sub": "ana"}, "mcp": {"method": "tools/call"},
              "decision": {"rule": "r"}, "http": {"status": 200},
              "approval": {"id": "apr_1", "passed": True, "approvers": ["iss|olivia"], "held_ms": 812.5}}
    assert "approval=apr_1 (passed, approved by iss|olivia; held 812.5ms)" in format_timeline_entry(record)
