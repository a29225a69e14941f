"""A disk cache for data that is slow to build and a pure function of what it is built from.

The built-in lexicon takes about a second to build from its data packages
(GeoNames cities, pycountry, the names and word lists) and every ``kg
extract`` or ``kg build`` process needs it; read back from disk it takes a
third of that. The words each relation rule requires (:mod:`kg.extract.prefilter`)
are read off the rules' regexes, a fifth of a second more, and kept the same way. A value is stored under a key that hashes everything it was
built from: kg's version, the source and data files given, the versions of
the packages read, and Python's version. Change any and the key changes, so a
stale value is never read; old files are simply left behind.

Where: ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``.
``KG_CACHE_DIR=off`` turns the cache off. A cache that cannot be read or
written (no home, a read-only disk, a damaged file) is passed over: the value
is built as it would be without one. Values are pickles, so the folder must
be the user's own, as any cache folder is.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

T = TypeVar("T")
OFF = "off"


def folder() -> Path | None:
    """The cache folder, or None when the cache is off."""
    configured = os.environ.get("KG_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in (OFF, "") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home to be found (a service account): no cache
            return None
    return Path(base) / "kg"


def key(name: str, files: Iterable[Path], packages: Iterable[str] = (), texts: Iterable[str] = ()) -> str:
    """A key for ``name`` built from ``files`` (their bytes), ``packages`` (their versions) and ``texts``."""
    from kg import __version__

    digest = hashlib.sha256(f"{name}\0{__version__}\0{sys.version}\0".encode())
    for path in files:
        digest.update(path.read_bytes())
        digest.update(b"\0")
    for text in texts:
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    for package in packages:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{package}={version}\0".encode())
    return f"{name}-{digest.hexdigest()[:24]}"


def patterns_key(name: str, regexes: Iterable[Any], files: Iterable[Path] = ()) -> str:
    """A :func:`key` for what ``files`` derive from these regexes (anything with ``flags`` and ``pattern``)."""
    return key(name, files, texts=[f"{rx.flags}:{rx.pattern}" for rx in regexes])


def cached(cache_key: str, build: Callable[[], T]) -> T:
    """The value stored under ``cache_key``, else ``build()``, stored for the next process."""
    value = load(cache_key, _MISSING)
    if value is _MISSING:
        value = build()
        store(cache_key, value)
    return value  # type: ignore[return-value]


_MISSING = object()


def load(cache_key: str, default: object = None) -> object:
    """The value stored under ``cache_key``, or ``default`` when there is none (or the cache is off)."""
    where = folder()
    if where is None:
        return default
    try:
        with (where / f"{cache_key}.pickle").open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 - the user's own cache folder
    except Exception:  # noqa: BLE001 - missing, damaged or foreign: as if there were none
        return default


def store(cache_key: str, value: object) -> None:
    """Keep ``value`` under ``cache_key`` for later processes (nothing when the cache is off)."""
    where = folder()
    if where is not None:
        _store(where / f"{cache_key}.pickle", value)


def _store(path: Path, value: object) -> None:
    """Write ``value`` whole or not at all: processes building at once each rename a complete file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - an unwritable cache only costs the next process the build
        try:
            os.unlink(tmp)
        except OSError:
            pass
