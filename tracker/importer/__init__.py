"""Document -> plan drafts: clean, split, structure, owners, dates, goals."""
