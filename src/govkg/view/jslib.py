"""The graph-drawing library for the page: vis-network's standalone build, taken from the installed
pyvis package at render time (nothing third-party is kept in this repository)."""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from ..errors import GovkgError

VERSION = re.compile(r"vis-(\d+)\.(\d+)\.(\d+)$")


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """The newest vis-network.min.js that pyvis ships, licence header included, safe inside <script>."""
    spec = importlib.util.find_spec("pyvis")        # finds the files without importing pyvis (and IPython)
    if spec is None or not spec.submodule_search_locations:
        raise GovkgError("the page needs the pyvis package (vis-network); run: pip install -e .")
    lib = Path(list(spec.submodule_search_locations)[0]) / "lib"
    found = sorted((tuple(map(int, m.groups())), d) for d in lib.iterdir() if (m := VERSION.match(d.name))
                   and (d / "vis-network.min.js").is_file())
    if not found:
        raise GovkgError(f"{lib}: no vis-*/vis-network.min.js in the installed pyvis; reinstall pyvis")
    js = (found[-1][1] / "vis-network.min.js").read_text(encoding="utf-8")
    if "@license" not in js[:2000]:
        raise GovkgError("vis-network.min.js lost its licence header; reinstall pyvis")
    return js.replace("</script", "<\\/script")
