"""Git as the audit trail: the one git runner (`git`), the history walk over the full commit
graph (`walk`) and what a merge decided (`resolutions`), field-level changes between two
versions of a plan (`changes`), what a tool commit holds beside a hand edit (`scope`), saves
whose commit failed (`pending`), repairs after a killed git (`recovery`), the three-way merge
driver (`merge`, with `alignment` for lists without ids), and sharing through a remote
(`sync`, whose fetch and push go through `transport`).

Every git process the program starts goes through `git.run_git`, except fetch and push,
which `transport` runs through GitPython (imported there only, by `tracker sync` only).
Callers get our values, never a GitPython object."""
