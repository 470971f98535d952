"""Rules as data: the tables the stages apply. Edit these, not the code, to teach the pipeline."""
