"""Passphrase stretching with Argon2id: parameters, their bounds, calibration."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from backpack_app.errors import MalformedFile

MIB = 1024  # Argon2 memory is counted in KiB

# Any file (vault header, backup, share) naming parameters outside these is refused as malformed:
# too weak would let an attacker who edits a file downgrade protection, too strong is a denial of
# service on the machine that opens it.
MEMORY_BOUNDS_KIB = (64 * MIB, 1024 * MIB)
ITERATION_BOUNDS = (2, 10)
LANE_BOUNDS = (1, 4)
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; stored beside whatever they protect."""

    memory_kib: int
    iterations: int
    lanes: int = 1

    def check_bounds(self) -> None:
        """Raise MalformedFile unless every parameter lies inside the fixed bounds."""
        ok = (
            MEMORY_BOUNDS_KIB[0] <= self.memory_kib <= MEMORY_BOUNDS_KIB[1]
            and ITERATION_BOUNDS[0] <= self.iterations <= ITERATION_BOUNDS[1]
            and LANE_BOUNDS[0] <= self.lanes <= LANE_BOUNDS[1]
        )
        if not ok:
            raise MalformedFile("The file asks for key-stretching settings outside the safe range.")

    def weaker_than(self, other: KdfParams) -> bool:
        """True when either memory or iterations fall short of `other`."""
        return self.memory_kib < other.memory_kib or self.iterations < other.iterations


FLOOR = KdfParams(memory_kib=64 * MIB, iterations=3, lanes=1)
CALIBRATION_TARGET_SECONDS = 0.75
CALIBRATION_MAX_MEMORY_KIB = 256 * MIB  # families use modest laptops; spend the rest on time


@dataclass(frozen=True)
class KdfPolicy:
    """How new passphrase keys are stretched: calibrated to the machine, never below `floor`."""

    floor: KdfParams = FLOOR
    calibrate: bool = True
    target_seconds: float = CALIBRATION_TARGET_SECONDS

    def params_for_new_key(self) -> KdfParams:
        """Parameters for a key made now (init, passwd, recover, upgrade on unlock)."""
        return calibrate(self.floor, self.target_seconds) if self.calibrate else self.floor


# A stretching started ahead of need (`stretch_ahead`): its inputs, its thread, its outcome.
_ahead: dict[tuple[str, bytes, KdfParams], tuple[threading.Thread, list]] = {}
_ahead_lock = threading.Lock()


def stretch_ahead(passphrase: str, salt: bytes, params: KdfParams) -> None:
    """Start stretching on a thread, for the `stretch_passphrase` with the same inputs to take
    (Argon2 runs outside the GIL: a command imports what it needs meanwhile, on the other
    core). One at a time; bounds are checked first; nothing is kept once it is taken."""
    params.check_bounds()
    outcome: list = []

    def run() -> None:
        try:
            outcome.append((True, _derive(passphrase, salt, params)))
        except Exception as exc:  # (given to the caller of stretch_passphrase)
            outcome.append((False, exc))

    thread = threading.Thread(target=run, name="stretch-ahead", daemon=True)
    with _ahead_lock:
        _ahead.clear()
        _ahead[(passphrase, salt, params)] = (thread, outcome)
    thread.start()


def stretch_passphrase(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 256-bit key-encryption key from a passphrase."""
    params.check_bounds()
    with _ahead_lock:
        early = _ahead.pop((passphrase, salt, params), None)
    if early is not None:
        thread, outcome = early
        thread.join()
        ok, value = outcome[0]
        if not ok:
            raise value
        return value
    return _derive(passphrase, salt, params)


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def calibrate(
    floor: KdfParams = FLOOR, target_seconds: float = CALIBRATION_TARGET_SECONDS
) -> KdfParams:
    """Pick parameters that take about `target_seconds` here, from one timed run at the floor."""
    started = time.perf_counter()
    stretch_passphrase("calibration", b"\0" * SALT_BYTES, floor)
    per_unit = (time.perf_counter() - started) / (floor.memory_kib * floor.iterations)
    memory = floor.memory_kib
    while (
        memory * 2 <= CALIBRATION_MAX_MEMORY_KIB
        and per_unit * memory * 2 * floor.iterations <= target_seconds
    ):
        memory *= 2
    iterations = round(target_seconds / (per_unit * memory))
    iterations = max(floor.iterations, min(ITERATION_BOUNDS[1], iterations))
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=floor.lanes)


DEFAULT_POLICY = KdfPolicy()
