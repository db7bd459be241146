"""Plan files on disk: the safe positioned YAML parse (`yamlsafe`), loading plans and the
repository's settings (`load`, `config`), the blob-keyed plan cache (`plancache`), span-exact
edits and atomic writes (`planfile`, `yamltext`), and the JSON Schema editors read (`schema`).

ruamel.yaml lives here and nowhere else in the core (the importer's emitter aside)."""
