# Shared by the tests of the Python module: where the CLI and the bundled documents are
# (ctest sets PERFPA_CLI and PERFPA_DATI, and PYTHONPATH to the module's folder).
import json
import os
import pathlib
import subprocess

import pytest


def _ambiente(nome):
    valore = os.environ.get(nome)
    if not valore:
        pytest.fail(f"{nome} is not set: run these tests from ctest (python/CMakeLists.txt sets it)")
    return valore


@pytest.fixture(scope="session")
def cli():
    return _ambiente("PERFPA_CLI")


@pytest.fixture(scope="session")
def dati():
    return pathlib.Path(_ambiente("PERFPA_DATI"))


def formato_di(percorso):
    """The document's "formato" (perfpa.relazione/1, ...), read with the standard json module."""
    with open(percorso, encoding="utf-8") as f:
        return json.load(f).get("formato", "")


@pytest.fixture(scope="session")
def documenti(dati):
    """Every bundled document, by type: {"relazione": [paths], "smvp": [...], ...}, in name order."""
    per_tipo = {}
    for p in sorted(dati.glob("*.json")):
        tipo = formato_di(p).removeprefix("perfpa.").removesuffix("/1")
        per_tipo.setdefault(tipo, []).append(p)
    return per_tipo


@pytest.fixture(scope="session")
def esegui(cli):
    """Runs the CLI; returns (exit code, stdout, stderr) as text."""

    def _esegui(*argomenti):
        # Bytes decoded by hand: text=True would turn the CSV's "\r\n" into "\n".
        r = subprocess.run([cli, *map(str, argomenti)], capture_output=True, timeout=120)
        return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8")

    return _esegui
