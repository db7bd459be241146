"""Reports as data, and their rendering at the edge: the board and the accountability table,
the timeline, the status summary (`summary/`), the 台账 export (`ledger`), text/JSON/CSV
tables (`render`) and display widths (`widths`).

Reports read a task's standing from `tracker.standing`; they never print, and views and the
CLI only render what they return."""
