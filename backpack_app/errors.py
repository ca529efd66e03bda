"""Typed errors of the core. Interfaces turn them into words at exactly one place each."""

from __future__ import annotations


class BackpackError(Exception):
    """Root of every error the user can be told about in plain words."""


class UserError(BackpackError):
    """The user asked for something that cannot be done as asked (bad input, bad arguments)."""


class WrongPassphrase(UserError):
    """The passphrase (or recovery key) does not open this backpack."""

    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"That {what} does not open this backpack.")


class NoBackpack(UserError):
    """There is no backpack at the given place."""


class BackpackExists(UserError):
    """A backpack already exists where a new one would be made."""


class CorruptBackpack(BackpackError):
    """Files of the backpack are damaged, truncated or not what they claim to be."""


class MalformedFile(UserError):
    """A file given to the app is not in the expected format or outside its bounds."""


class ContactNameTaken(UserError):
    """A new contact's name is already another contact's; the card can be saved under another."""


class CardNotShare(MalformedFile):
    """A person's card was given where a share was expected (it is saved as a contact)."""


class NotFound(UserError):
    """A record, learner or attachment the user named does not exist."""


class AmbiguousLearner(UserError):
    """Several learners fit and the user has to say which one."""


class WeakPassphrase(UserError):
    """A new passphrase is too short to protect the backpack."""


class WeakPassword(UserError):
    """A password chosen to protect a printout is too easy to guess offline."""


class PdfPasswordNeeded(MalformedFile):
    """A printout is password-protected and no (or a wrong) password was given."""


class DecryptionFailed(BackpackError):
    """Ciphertext did not authenticate under this key. Deliberately says nothing more."""


class InvalidRecord(UserError):
    """Fields of a record or learner that do not fit (wrong type, out of range, unknown)."""


class CredentialProblem(BackpackError):
    """Verification found something wrong; `verdict` names the class of problem."""

    verdict = "malformed"


class MalformedCredential(CredentialProblem):
    """Unreadable, oversized, too deep, unknown context, undefined term, missing fields."""


class InvalidProof(CredentialProblem):
    """The signature does not check out (tampered, wrong key, wrong purpose)."""

    verdict = "invalid_signature"


class UnsupportedProof(CredentialProblem):
    """Signed with a suite, algorithm or key type Backpack does not implement: not a sign of
    tampering, only of a check Backpack cannot make."""

    verdict = "unsupported"


class UnresolvableKey(CredentialProblem):
    """The issuer's key cannot be found offline (for example an uncached did:web)."""

    verdict = "unverifiable_offline"


class ShareProblem(BackpackError):
    """A received share that must not be shown: unreadable, altered, expired or not for us."""


class ShareUnreadable(ShareProblem):
    """Deliberately one message for every cryptographic failure (wrong key, code, or damage)."""

    def __init__(self) -> None:
        super().__init__("This share could not be opened with this key or code.")


class ShareExpired(ShareProblem):
    """The holder-signed expiry has passed."""


class ShareNotForYou(ShareProblem):
    """The holder signed this share for another recipient."""


class HolderKeyChanged(ShareProblem):
    """A share signed by another key than the one remembered for its learner's name."""

    def __init__(self, message: str, *, learner: str = "", fingerprint: str = "") -> None:
        super().__init__(message)
        self.learner, self.fingerprint = learner, fingerprint


class FetchFailed(BackpackError):
    """An explicit online action could not get a document (network, HTTP status, size, scheme)."""


class PublishFailed(BackpackError):
    """A share page could not be published to (or deleted from) object storage; nothing was
    left half-published."""


class ReceiveFailed(BackpackError):
    """A link, or an issuer's answer to it, could not be used; nothing was stored."""


class NotARequest(ReceiveFailed):
    """A link answered with something other than a request for records (an offer, say)."""


class ReceiveCancelled(ReceiveFailed):
    """The user stopped a receive before it finished; nothing was stored."""

    def __init__(self) -> None:
        super().__init__("Stopped; nothing was received or stored.")
