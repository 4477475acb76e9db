"""The file layer's sentences (:mod:`core.filesafety`, :mod:`core.sheetextent`,
:mod:`core.csvread`, :mod:`core.workbook`) live in ``core/catalogue/words/messages_files.json``;
this module stays so that older ``import core.filemessages`` lines keep working."""
