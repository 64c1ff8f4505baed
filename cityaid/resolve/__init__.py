"""resolve step of the cityaid pipeline."""
