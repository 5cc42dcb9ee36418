"""Widgets, models and views; never calls a socket function."""
