"""The project file's sentences live in ``core/catalogue/words/messages_project.json``; this
module stays so that older ``import core.project.messages`` lines keep working."""
