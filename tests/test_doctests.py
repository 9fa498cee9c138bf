"""The examples in the helpers' docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import vocstudy

MODULES = sorted(m.name for m in pkgutil.iter_modules(vocstudy.__path__, "vocstudy."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, tmp_path):
    module = importlib.import_module(name)
    result = doctest.testmod(
        module,
        extraglobs={"tmp_path": tmp_path},
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.failed == 0
