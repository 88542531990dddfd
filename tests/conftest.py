"""Shared fixtures: paths to the bundled sample pair and a small helper to write files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests check answers, never speed: hypothesis's default 200 ms wall-clock deadline
# per example only measures how busy the machine is (it failed a span test under load).
settings.register_profile("reader", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("reader")

# Set before any test module imports Qt, so the whole suite runs without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture
def sample_old() -> Path:
    return SAMPLES / "harbour-original.txt"


@pytest.fixture
def sample_new() -> Path:
    return SAMPLES / "harbour-rewrite.txt"
