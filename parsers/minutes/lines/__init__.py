"""The text of minutes as lines: the body's blocks, each line's facts, its marks, sections and cues, and the clauses a free sentence holds."""
