"""Plan files on disk: the safe positioned YAML parse (`yamlsafe`), loading plans and the
repository's settings (`load`, `config`), which files are plans and that none is reached
through a link (`paths`), the blob-keyed plan cache (`plancache`), span-exact edits and atomic
writes (`planfile`, `yamltext`; edits addressed by a path, as the merge driver makes them,
in `pathedit`), comments and the keys they sit next to (`yamlcomments`), and the JSON Schema
editors read (`schema`).

ruamel.yaml lives here and nowhere else in the core (the importer's emitter aside)."""
