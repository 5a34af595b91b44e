"""Signals: a new member page gets its roles; a moved page's tree-derived fields follow the tree."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.signals import post_page_move

from members.models import MemberOwnedMixin, MemberPage


@receiver(post_save, sender=MemberPage, dispatch_uid="members:setup-roles")
def member_page_created(sender, instance, created, raw=False, **kwargs):
    # A new member (admin, import, demo) gets its group and collection; a new translation of an
    # existing member extends its officers' permissions to that language tree.
    if created and not raw:
        from members.roles import setup_member_roles

        setup_member_roles(instance)


@receiver(post_page_move, dispatch_uid="members:derive-from-tree-on-move")
def page_moved(sender, instance, **kwargs):
    # Wagtail moves a page and everything under it without saving them: their member (and a
    # workshop's meeting) would still name the old place. Each page is updated, without a new revision.
    for page in instance.get_descendants(inclusive=True).specific(defer=True):
        if isinstance(page, MemberOwnedMixin):
            changed = page.derive_from_tree()
            if changed:
                type(page).objects.filter(pk=page.pk).update(**{name: getattr(page, name) for name in changed})
