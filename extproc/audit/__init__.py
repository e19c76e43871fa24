"""Audit evidence: one record per exchange, in a hash-chained signed journal and as an OpenTelemetry span."""
