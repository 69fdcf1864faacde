"""Issue #12's learned second opinion on minutes lines, as an experiment kept out of the parse (see
docs/research/learned-second-opinion.md): features, model, the hook it would be, and its training."""
