"""web step of the cityaid pipeline."""
