"""The one network function, against a local HTTPS server: TLS checked, size bounded, no downgrade."""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import ssl
import threading

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from backpack_app.errors import FetchFailed
from backpack_app.online import http as online_http
from backpack_app.online.http import fetch_https


def self_signed(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


class Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/list":
            body = b'{"ok": true}'
        elif self.path == "/huge":
            body = b"x" * (online_http.MAX_ANSWER_BYTES + 10)
        elif self.path == "/downgrade":
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:1/list")
            self.end_headers()
            return
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server(tmp_path):
    cert_file, key_file = self_signed(tmp_path)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    serving = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    serving.load_cert_chain(cert_file, key_file)
    httpd.socket = serving.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    trusting = ssl.create_default_context(cafile=str(cert_file))
    yield f"https://127.0.0.1:{httpd.server_address[1]}", trusting
    httpd.shutdown()
    httpd.server_close()


def test_fetches_from_a_trusted_server(server):
    base, trusting = server
    assert fetch_https(f"{base}/list", tls=trusting) == b'{"ok": true}'


def test_an_untrusted_certificate_is_refused(server):
    base, _ = server
    with pytest.raises(FetchFailed, match="could not be reached"):
        fetch_https(f"{base}/list")


def test_a_missing_page_says_the_status(server):
    base, trusting = server
    with pytest.raises(FetchFailed, match="the server answered 404"):
        fetch_https(f"{base}/nothing", tls=trusting)


def test_an_oversized_answer_is_refused(server):
    base, trusting = server
    with pytest.raises(FetchFailed, match="larger than 8 MB"):
        fetch_https(f"{base}/huge", tls=trusting)


def test_a_redirect_to_plain_http_is_refused(server):
    base, trusting = server
    with pytest.raises(FetchFailed, match="redirects away from HTTPS"):
        fetch_https(f"{base}/downgrade", tls=trusting)
