"""Rule data shipped with factkit, read with importlib.resources."""
