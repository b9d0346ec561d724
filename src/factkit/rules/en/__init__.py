"""The built-in English rule pack (layout lexicon and, later, gazetteers and cues)."""
