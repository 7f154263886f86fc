"""Training recipes for the shipped models (``make train-de``)."""
