"""Git as the audit trail: the one git runner (`git`), the history walk over commits
(`walk`), field-level changes between two versions of a plan (`changes`), the three-way merge
driver (`merge`), and sharing through a remote (`sync`, whose fetch and push go through
`transport`).

Every git process the program starts goes through `git.run_git`, except fetch and push,
which `transport` runs through GitPython (imported there only, by `tracker sync` only).
Callers get our values, never a GitPython object."""
