"""The site tree tests stand on, built the way editors build it: Arabic first, then French."""

from types import SimpleNamespace

from wagtail.models import Locale, Page, Site

from tests import factories


def translate(page, locale):
    """A published copy of `page` in `locale`, as an editor creating a translation gets."""
    copy = page.copy_for_translation(locale)
    copy.save_revision().publish()
    return copy.specific_class.objects.get(pk=copy.pk)


def build_site_tree():
    """An Arabic home with every section, and its French translation."""
    locales = SimpleNamespace(
        ar=Locale.objects.get_or_create(language_code="ar")[0],
        fr=Locale.objects.get_or_create(language_code="fr")[0],
    )
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    home = factories.HomePageFactory(parent=root, locale=locales.ar)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "RMCTO"},
    )
    tree = SimpleNamespace(home=home, locales=locales)
    tree.region = factories.RegionFactory(locale=locales.ar, code="02", name="جهة الشرق", slug="oriental")
    factories.RegionFactory(
        locale=locales.fr, code="02", name="Oriental", slug="oriental", translation_key=tree.region.translation_key
    )
    tree.members = factories.MemberIndexPageFactory(parent=home, locale=locales.ar)
    tree.news = factories.NewsIndexPageFactory(parent=home, locale=locales.ar)
    tree.experiences = factories.ExperienceIndexPageFactory(parent=home, locale=locales.ar)
    tree.events = factories.EventIndexPageFactory(parent=home, locale=locales.ar)
    tree.about = factories.StandardPageFactory(parent=home, locale=locales.ar, title="عن الشبكة", slug="about")
    tree.fr = SimpleNamespace(home=translate(home, locales.fr))
    for name in ("members", "news", "experiences", "events", "about"):
        setattr(tree.fr, name, translate(getattr(tree, name), locales.fr))
    return tree
