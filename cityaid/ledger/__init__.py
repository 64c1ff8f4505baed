"""ledger step of the cityaid pipeline."""
