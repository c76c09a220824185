"""The command line: a thin skin over the Python API, one short module per command."""
