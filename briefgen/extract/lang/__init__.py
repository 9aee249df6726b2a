"""What is particular to a language, one module per language: `en` (the only one so far)."""
