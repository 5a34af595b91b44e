"""A member page that comes to exist, in any language and by any path, gets its member's roles."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from members.models import MemberPage


@receiver(post_save, sender=MemberPage, dispatch_uid="members:setup-roles")
def member_page_created(sender, instance, created, raw=False, **kwargs):
    # A new member (admin, import, demo) gets its group and collection; a new translation of an
    # existing member extends its officers' permissions to that language tree.
    if created and not raw:
        from members.roles import setup_member_roles

        setup_member_roles(instance)
