"""Replaces pyinstaller-hooks-contrib's spaCy hook: the same, minus what Reader drops."""

import os
import sys

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

sys.path.insert(0, os.path.dirname(__file__))
from reader_lean import dropped_modules, wanted

_dropped = tuple(dropped_modules())
datas = collect_data_files("spacy")
hiddenimports = collect_submodules("spacy", filter=lambda name: wanted(name, _dropped))
