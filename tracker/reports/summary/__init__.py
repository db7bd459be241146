"""The status summary (工作进展情况) an office sends upward: its value types (`data`), building
it from plans and the period's changes (`build`), the unit ranking and silent units
(`ranking`), and its wording as text, Markdown and JSON (`render`)."""
