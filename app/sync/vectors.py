"""Version vectors: which writes a version of a row has seen, device by device.

A vector maps a device id to the stamp of that device's latest write the version
includes. One version descends from another when it has seen everything the other has;
two versions neither of which has seen the other are concurrent edits.
"""

from __future__ import annotations

import enum
import json

Vector = dict[str, str]


class Order(enum.Enum):
    SAME = "same"
    BEFORE = "before"  # the first has been seen by the second
    AFTER = "after"  # the first has seen the second
    CONCURRENT = "concurrent"


def compare(first: Vector, second: Vector) -> Order:
    ahead = behind = False
    for device in first.keys() | second.keys():
        a, b = first.get(device, ""), second.get(device, "")
        if a > b:
            ahead = True
        elif a < b:
            behind = True
    if ahead and behind:
        return Order.CONCURRENT
    if ahead:
        return Order.AFTER
    if behind:
        return Order.BEFORE
    return Order.SAME


def joined(first: Vector, second: Vector) -> Vector:
    """Everything either has seen."""
    merged = dict(first)
    for device, stamp in second.items():
        if stamp > merged.get(device, ""):
            merged[device] = stamp
    return merged


def dumps(vector: Vector) -> str:
    return json.dumps(vector, sort_keys=True, separators=(",", ":"))


def loads(text: str) -> Vector:
    value = json.loads(text) if text else {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
