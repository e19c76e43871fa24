"""Envoy bootstrap templates, shipped as package data so `chaperone run` and `chaperone envoy-config` work in
any installation (the container image has no repository `envoy/` folder). `envoy_config` loads them with
importlib.resources; `envoy/` at the repository root holds copies for reading (`make sidecar-config`)."""
