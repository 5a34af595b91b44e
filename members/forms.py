"""The form of every page: its choosers accept only what the editor may choose.

Wagtail's page, image and document chooser fields accept any id that is POSTed, and show the
chosen object's title when the form is shown again. So an officer could attach another member's
draft experience or image to their own page, or read its title back from the form. Here an
editor may keep what a page already holds, and choose pages they reach, and images and documents
of collections they may choose from (members.isolation); anything else is refused, and never
shown back. Registered on core's page form hooks (core/forms.py) by members.wagtail_hooks.
"""

from django import forms
from django.utils.translation import gettext_lazy as _


def restrict_page_form(form):
    form.refused_choices = []
    user = form.for_user
    if user is None or user.is_superuser:
        return
    from members.isolation import restrict_choices

    form.refused_choices = restrict_choices(form, user)
    for formset in form.formsets.values():
        for child in formset.forms:
            form.refused_choices += restrict_choices(child, user)


def refuse_out_of_reach(form, cleaned_data):
    if getattr(form, "refused_choices", None):
        raise forms.ValidationError(
            _("Some of the pages, images or documents chosen are not yours to choose; they were left as they were.")
        )
