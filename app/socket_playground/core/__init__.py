"""Plain-Python core: never imports Qt."""
