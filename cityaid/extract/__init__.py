"""extract step of the cityaid pipeline."""
