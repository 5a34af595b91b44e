"""The apps read top-down: core ← members ← news, events, experiences ← home ← demo.

Each app imports only apps of the layers below it (and itself); siblings of one layer name each
other by string or through a relation. A lower layer that needs a higher one offers a registry or
a hook instead. Read from the source, so an import hidden inside a function counts too.
"""

import ast
from pathlib import Path

import pytest

from django.conf import settings

LAYERS = [
    {"images", "users"},
    {"core"},
    {"members"},
    {"news", "events", "experiences"},
    {"documents"},
    {"search", "home", "alerts", "opendata"},
    {"demo"},
]
LAYER_OF = {app: depth for depth, apps in enumerate(LAYERS) for app in apps}
ROOT = Path(settings.BASE_DIR)


def imported_apps(app):
    """{imported app: [file:line, …]} for every project app that `app`'s code imports, migrations aside."""
    found = {}
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in LAYER_OF and top != app:
                    found.setdefault(top, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_project_app_has_a_layer():
    project_apps = {name for name in settings.INSTALLED_APPS if (ROOT / name / "apps.py").exists()}
    assert project_apps <= set(LAYER_OF), f"give these apps a layer: {sorted(project_apps - set(LAYER_OF))}"


@pytest.mark.parametrize("app", sorted(LAYER_OF))
def test_an_app_imports_only_the_layers_below_it(app):
    upward = {other: places for other, places in imported_apps(app).items() if LAYER_OF[other] >= LAYER_OF[app]}
    assert not upward, f"{app} imports its own layer or a higher one: {upward}"
