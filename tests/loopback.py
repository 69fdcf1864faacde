"""What both test servers need: a free port on 127.0.0.1, the test users, a throwaway certificate, and the
rule that a missing server skips on a laptop but fails under CI=true."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

USERS = {"bot": "botpw", "alice": "alicepw"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, seconds: float = 30.0, step: float = 0.02) -> bool:
    """Poll `condition` until it is true or `seconds` pass (a bound for waiting, never a timing assertion)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())


def missing(message: str) -> None:
    """Skip on a developer's machine; under CI=true a missing server is a failure, never a quiet skip."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@dataclass(frozen=True)
class Certificate:
    ca: Path            # what a client must trust (SSL_CERT_FILE=ca)
    cert: Path          # the server's certificate for localhost and 127.0.0.1, signed by ca
    key: Path


def make_certificate(folder: Path) -> Certificate:
    """A throwaway CA and a server certificate it signed, made with the openssl command."""
    if not shutil.which("openssl"):
        missing("the openssl command is needed to make a test certificate (Debian: openssl)")
    ca, ca_key, cert, key = (folder / n for n in ("ca.pem", "ca.key", "cert.pem", "key.pem"))
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    (folder / "ext.cnf").write_text("basicConstraints = critical, CA:FALSE\nkeyUsage = digitalSignature\n"
                                    "extendedKeyUsage = serverAuth\nsubjectAltName = DNS:localhost, IP:127.0.0.1\n")
    for command in (
            ["req", "-x509", *ec, "-keyout", ca_key, "-out", ca, "-days", "2", "-subj", "/CN=minutebot test CA",
             "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
            ["req", *ec, "-keyout", key, "-out", folder / "req.csr", "-subj", "/CN=localhost"],
            ["x509", "-req", "-in", folder / "req.csr", "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
             "-out", cert, "-days", "2", "-extfile", folder / "ext.cnf"]):
        subprocess.run(["openssl", *map(str, command)], check=True, capture_output=True)
    return Certificate(ca, cert, key)
