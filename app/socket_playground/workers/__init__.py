"""QtCore-only socket sessions and their worker threads."""
