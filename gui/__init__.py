"""The desktop workbench (PySide6 + pyqtgraph). ``core`` never imports this package.

Layout:

- :mod:`gui.app` -- ``main(argv)``: QApplication, settings, translations, main window; ``--smoke``.
- :mod:`gui.context` -- :class:`AppContext` handed to every window and view: settings
  (:mod:`gui.settings`, declared keys only), task runner (:mod:`gui.workers`), language switcher
  (:mod:`gui.i18n`) and the open programme (:mod:`gui.session`).
- :mod:`gui.registry` + :mod:`gui.views` -- main views register themselves (see the registry's
  docstring for how to add one); :mod:`gui.main_window` builds menus and pages from them.
- :mod:`gui.models.dataframe_model` -- the table model over pandas (100,000 rows).
- :mod:`gui.dialogs` -- import wizard, preferences, new programme.
- :mod:`gui.programme_data` -- joins the core's tables for display (no business rules).
- Translations: ``self.tr()`` in widgets, ``QT_TRANSLATE_NOOP`` in tables of strings; after
  adding strings run ``python -m gui.i18n update``, translate ``resources/translations/*.ts``
  (Qt Linguist), and ``python -m gui.i18n build`` (also done at start-up when a .qm is missing).
"""
from gui import qtfixes as _qtfixes  # noqa: F401 - binding work-arounds, before any widget exists
