"""Replaces pyinstaller-hooks-contrib's thinc hook: the same, minus thinc's test suite."""

import os
import sys

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

sys.path.insert(0, os.path.dirname(__file__))
from reader_lean import dropped_modules, wanted

_dropped = tuple(dropped_modules())
datas = collect_data_files("thinc")
hiddenimports = collect_submodules("thinc", filter=lambda name: wanted(name, _dropped))
