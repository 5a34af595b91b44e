"""Strings of installed packages that their own catalogues leave untranslated in Arabic.

wagtail-localize's `locales` app (Settings → Locales) ships no Arabic catalogue, so its screens
showed English in the Arabic admin. Django looks a string up in the project's catalogues
(LOCALE_PATHS) before the packages', so translating the same msgids in locale/ar and locale/fr
fills the gap, and in French says «langue» where the package says «région» (on this site a
region is one of Morocco's twelve). Listed here, marked but never called, so that `make
messages` keeps them in the catalogues.
"""

from django.utils.translation import gettext_noop

WAGTAIL_LOCALIZE_LOCALES = [
    gettext_noop("Wagtail locales (Wagtail Localize version)"),
    gettext_noop("Select a new language"),
    gettext_noop(
        "This locale's current language code is not supported. Please choose a new language or delete this locale."
    ),
    gettext_noop("Usage"),
    gettext_noop("This locale's language code is not supported"),
    gettext_noop("Locales"),
    gettext_noop("Add a locale"),
    gettext_noop("Add locale"),
    gettext_noop("Locale '{0}' created."),
    gettext_noop("The locale could not be saved due to errors."),
    gettext_noop("Delete locale"),
    gettext_noop("Locale '{0}' updated."),
    gettext_noop("This locale cannot be deleted because there are pages and/or other objects using it."),
    gettext_noop("Are you sure you want to delete this locale?"),
    gettext_noop("Locale '{0}' deleted."),
]
