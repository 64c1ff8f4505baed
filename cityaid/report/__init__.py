"""report step of the cityaid pipeline."""
