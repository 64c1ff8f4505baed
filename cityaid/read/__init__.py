"""read step of the cityaid pipeline."""
