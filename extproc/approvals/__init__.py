"""Just-in-time approval of high-risk tool calls.

- `model.py`: what an approval is (the call it is bound to, its reviews, its states);
- `transitions.py`: the review rules as pure functions (four eyes, N-of-M, the clocks);
- `store.py` and its back ends `sqlite_store.py` (embedded) / `postgres_store.py` (replicas): atomic updates,
  waiting for a change on any replica;
- `gate.py`: the gateway's side — let a call through when an approval covers it, or hold it;
- `reviews.py`: the reviewers' side — approve, deny, revoke, over the store;
- `events.py`, `webhook.py`: every transition as a journal record; signed notifications;
- `api/`: the reviewer API (gRPC, JSON through Envoy) and its client.
"""
