"""Files that live beside the package in the project (ontology/, queries/)."""
from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def project_path(*parts: str) -> Path | None:
    """A project file or folder: beside the package first, then under the current folder; None if absent."""
    for root in (PROJECT_ROOT, Path.cwd()):
        path = root.joinpath(*parts)
        if path.exists():
            return path
    return None
