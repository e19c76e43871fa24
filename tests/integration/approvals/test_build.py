"""The compiled approvals API is exactly what grpcio-tools makes of the .proto now (protoc runs here)."""

from __future__ import annotations

from pathlib import Path

from extproc.approvals.api import build


def test_generated_code_matches_a_fresh_compile_of_the_proto(tmp_path: Path) -> None:
    build.compile_proto(tmp_path)
    for name in build.OUTPUTS:
        assert (build.GENERATED / name).read_bytes() == (tmp_path / name).read_bytes(), (
            f"extproc/approvals/api/_generated/{name} is stale: run `make` (python -m extproc.approvals.api.build)"
        )


def test_a_broken_proto_fails_the_build_with_protocs_message(tmp_path: Path) -> None:
    source = tmp_path / "proto" / build.PROTO_NAME
    source.parent.mkdir(parents=True)
    source.write_text('syntax = "proto3";\nmessage Broken { strin id = 1; }\n')
    try:
        build.compile_proto(tmp_path / "out", proto_root=tmp_path / "proto")
    except RuntimeError as exc:
        assert "protoc failed" in str(exc) and "strin" in str(exc)
    else:
        raise AssertionError("a proto that does not compile must fail the build")
    assert not (tmp_path / "out").exists(), "nothing half-written"


def test_make_recompiles_when_the_proto_changes() -> None:
    makefile = (build.PROTO_ROOT.parent / "Makefile").read_text()
    assert "PROTO  := proto/" + build.PROTO_NAME in makefile
    assert "$(STAMP): pyproject.toml $(PROTO)" in makefile
    assert "$(PY) -m extproc.approvals.api.build" in makefile.split("$(STAMP): ", 1)[1].split("\n\n", 1)[0]
