"""An example factkit rule pack: data files beside this module, and one extractor."""
