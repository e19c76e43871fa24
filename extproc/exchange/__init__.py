"""One HTTP exchange as a small state machine: phases that decide and yield the effects the server awaits.

- `core.py`: `Exchange`, the phases and when the record is written;
- `effects.py`: what a phase may ask the server to do and wait for (refresh keys, write the record);
- `framing.py`: JSON, event stream or empty body, cut into JSON-RPC messages;
- `inspection.py`: what happens to each upstream message (id check, list filtering, masking, scrubbing);
- `ports.py`: the four small ports into identity, policy, masking and credential scrubbing.
"""

from extproc.exchange.core import Exchange, Reply
from extproc.exchange.effects import Effect, RefreshKeys, Steps, WriteRecord
from extproc.exchange.ports import Ports

__all__ = ["Effect", "Exchange", "Ports", "RefreshKeys", "Reply", "Steps", "WriteRecord"]
