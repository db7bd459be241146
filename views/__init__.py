"""The Textual app: screens and widgets that render core reports and send edits."""
