"""merge step of the cityaid pipeline."""
