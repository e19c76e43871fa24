# Chaperone — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PROTO  := proto/chaperone/approvals/v1/approvals.proto
CONFORMANCE := tests/conformance

.PHONY: run test lint conformance bench bench-phi sidecar-config clean

$(STAMP): pyproject.toml $(PROTO)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	@# xds-protos ships an older copy of opentelemetry-proto's modules (same paths); the span spool
	@# and the tests need opentelemetry-proto's own, whatever order pip installed the two in.
	$(PY) -m pip install --quiet --force-reinstall --no-deps \
		"opentelemetry-proto==$$($(PY) -c 'import importlib.metadata as m; print(m.version("opentelemetry-proto"))')"
	@# The approvals API's messages and the descriptor set Envoy's transcoder reads, from $(PROTO), into
	@# extproc/approvals/api/_generated/ (gitignored): regenerated whenever the .proto changes.
	$(PY) -m extproc.approvals.api.build
	touch $(STAMP)

## run: the gateway with its embedded defaults in front of the demo EHR server (Ctrl-C stops all)
run: $(STAMP)
	$(VENV)/bin/chaperone run --demo

## test: unit and integration tests (real Envoy, real MCP SDK client and server)
test: $(STAMP)
	$(PY) -m pytest -q

## lint: ruff, and the layering contracts (import-linter, in pyproject.toml)
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

## conformance: the official MCP conformance suite, direct and through the gateway, both revisions, side by side
conformance: $(STAMP) $(CONFORMANCE)/node_modules/.package-lock.json
	$(PY) -m tests.conformance.run

# The suite, exactly as tests/conformance/package-lock.json pins it (the server it runs against is ours, in Python).
$(CONFORMANCE)/node_modules/.package-lock.json: $(CONFORMANCE)/package.json $(CONFORMANCE)/package-lock.json
	cd $(CONFORMANCE) && npm ci --no-audit --no-fund --loglevel=error

## bench: gateway vs bare Envoy side by side (installs Debian's wrk if missing)
bench: $(STAMP)
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) -m bench.parse
	$(PY) -m bench.decision
	$(PY) -m bench.audit
	$(PY) -m bench.parts
	$(PY) -m bench.approvals
	$(PY) -m bench.gateway

## bench-phi: ePHI masking recall/precision per identifier kind, and speed, beside Presidio's analyzer; then the
## twelve outside corpora (tool results written by others who never read the detector), identifiers as Faker writes
## them, and the streamed bench
bench-phi: $(STAMP)
	$(PY) -m pip install --quiet -e '.[presidio]'
	$(PY) -m bench.phi
	$(PY) -m bench.phi.outside
	$(PY) -m bench.phi.outside_b
	$(PY) -m bench.phi.outside_c
	$(PY) -m bench.phi.outside_d
	$(PY) -m bench.phi.outside_e
	$(PY) -m bench.phi.outside_f
	$(PY) -m bench.phi.outside_g
	$(PY) -m bench.phi.outside_h
	$(PY) -m bench.phi.outside_i
	$(PY) -m bench.phi.outside_j
	$(PY) -m bench.phi.outside_k
	$(PY) -m bench.phi.outside_l
	$(PY) -m bench.phi.faker_shapes
	$(PY) -m bench.phi_stream

## sidecar-config: refresh envoy/ (and its kustomize copy) from the packaged template extproc/envoy_templates/local.yaml
sidecar-config: $(STAMP)
	cp extproc/envoy_templates/local.yaml envoy/local.yaml
	$(VENV)/bin/chaperone envoy-config --sidecar > envoy/sidecar.yaml
	cp envoy/sidecar.yaml deploy/kubernetes/envoy.yaml

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info $(CONFORMANCE)/node_modules $(CONFORMANCE)/results
