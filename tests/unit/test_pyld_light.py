"""pyld imported light (credentials/pyld_light.py): the processor without the remote document
loaders and the HTML parser, and yet the whole package there for whoever asks for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import sys
from backpack_app.credentials.pyld_light import jsonld
heavy = [m for m in ("asyncio", "lxml.etree", "urllib.request", "pyld.documentloader.aiohttp")
         if m in sys.modules]
assert heavy == [], heavy
# offline by default: pyld's own loader refuses every address
try:
    jsonld.expand({"@context": "https://example.org/c.jsonld", "a": 1})
except jsonld.JsonLdError as exc:
    print("refused", exc.code)
# the HTML parser and the package's own names load when asked for
print(jsonld.lxml.html.fromstring("<p>x</p>").tag)
import pyld
from pyld import AioHttpDocumentLoader, ContextResolver
print(ContextResolver is pyld.context_resolver.ContextResolver, "asyncio" in sys.modules)
"""


def test_pyld_loads_light_and_whole_on_demand():
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == [
        "refused loading remote context failed",
        "p",
        "True True",
    ]
