"""The demo's two communication officers, to try the admin as a member's officer sees it."""

from django.contrib.auth import get_user_model

from members.roles import add_officer, find_member

DEMO_OFFICERS = [
    # (member slug, username and local demo password, admin language)
    ("bni-ansar", "officer-bni-ansar", "ar"),
    ("ait-melloul", "officer-ait-melloul", "fr"),
]


def create_demo_officers():
    """The demo's two officers, Bni Ansar's (Arabic admin) and Aït Melloul's (French admin).

    Local demo only: each password is the username. Returns (username, password, member title)
    for every officer, for the loader to print. Idempotent; needs the demo members to exist.
    """
    User = get_user_model()
    created = []
    for slug, username, language in DEMO_OFFICERS:
        member = find_member(slug)
        if member is None:
            raise LookupError(f"The demo member '{slug}' does not exist; load the demo content first.")
        user = User.objects.filter(username=username).first() or User(username=username)
        user.email = f"{username}@example.org"
        user.first_name = user.first_name or "Demo"
        user.last_name = user.last_name or slug
        user.is_active = True
        user.set_password(username)
        user.save()
        add_officer(member, user.email, language=language)
        created.append((username, username, member.title))
    return created
