"""ECDSA on P-256 and P-384 with raw keys, as Data Integrity and did:key carry them: SEC1 points
(compressed or not) and IEEE P1363 signatures (r || s), each curve with its own hash."""

from __future__ import annotations

import base64

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

# curve name -> (curve, the hash vc-di-ecdsa and JOSE pair with it, scalar size in bytes)
CURVES: dict[str, tuple[ec.EllipticCurve, type[hashes.HashAlgorithm], int]] = {
    "P-256": (ec.SECP256R1(), hashes.SHA256, 32),
    "P-384": (ec.SECP384R1(), hashes.SHA384, 48),
}


def _public(curve: str, point: bytes) -> ec.EllipticCurvePublicKey:
    return ec.EllipticCurvePublicKey.from_encoded_point(CURVES[curve][0], point)


def ec_point_valid(curve: str, point: bytes) -> bool:
    """True when `point` is a SEC1 encoding of a point on `curve`."""
    try:
        _public(curve, point)
    except (ValueError, KeyError):
        return False
    return True


def ecdsa_signature_valid(curve: str, point: bytes, message: bytes, signature: bytes) -> bool:
    """True only when `signature` (r || s) is a valid ECDSA signature of `message` by the key at
    `point`, hashed with the curve's own hash (SHA-256 for P-256, SHA-384 for P-384)."""
    _, hash_type, size = CURVES[curve]
    if len(signature) != 2 * size:
        return False
    r, s = int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
    try:
        key = _public(curve, point)
        key.verify(encode_dss_signature(r, s), message, ec.ECDSA(hash_type()))
    except (InvalidSignature, ValueError):
        return False
    return True


def ecdsa_generate(curve: str) -> tuple[bytes, bytes]:
    """A new key pair: (private scalar, compressed public point)."""
    _, _, size = CURVES[curve]
    key = ec.generate_private_key(CURVES[curve][0])
    scalar = key.private_numbers().private_value.to_bytes(size, "big")
    return scalar, ec_compressed_point(key.public_key())


def ecdsa_sign(curve: str, private_scalar: bytes, message: bytes) -> bytes:
    """An ECDSA signature (r || s) of `message` with the curve's own hash."""
    elliptic, hash_type, size = CURVES[curve]
    key = ec.derive_private_key(int.from_bytes(private_scalar, "big"), elliptic)
    r, s = decode_dss_signature(key.sign(message, ec.ECDSA(hash_type())))
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")


def ec_compressed_point(key: ec.EllipticCurvePublicKey) -> bytes:
    # (here: the serialization package loads SSH key support, which checking a signature skips)
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint)


def ec_point_from_jwk(curve: str, x: bytes, y: bytes) -> bytes:
    """The compressed point of a JWK's coordinates; ValueError when they are not on `curve`."""
    size = CURVES[curve][2]
    if len(x) != size or len(y) != size:
        raise ValueError("coordinates of the wrong size")
    numbers = ec.EllipticCurvePublicNumbers(
        int.from_bytes(x, "big"), int.from_bytes(y, "big"), CURVES[curve][0]
    )
    return ec_compressed_point(numbers.public_key())


def ec_public_jwk(curve: str, point: bytes) -> dict[str, str]:
    """The JWK of a public key given as a SEC1 point (as did:key carries it)."""
    numbers = _public(curve, point).public_numbers()
    size = CURVES[curve][2]
    return {
        "kty": "EC",
        "crv": curve,
        "x": _b64url(numbers.x.to_bytes(size, "big")),
        "y": _b64url(numbers.y.to_bytes(size, "big")),
    }


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
