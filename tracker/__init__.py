"""tracker: work plans (工作方案) as YAML files in git — the core, usable without Textual."""

__version__ = "0.1.0"
