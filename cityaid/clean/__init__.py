"""clean step of the cityaid pipeline."""
