"""The Qt window. Nothing outside this package imports Qt."""
