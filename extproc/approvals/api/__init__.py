"""The reviewer API of just-in-time approvals: gRPC (proto/chaperone/approvals/v1), JSON through Envoy, CLI."""
