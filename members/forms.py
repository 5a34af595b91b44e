"""The form of every page: its choosers accept only what the editor may choose.

Wagtail's page, image and document chooser fields accept any id that is POSTed, and show the
chosen object's title when the form is shown again. So an officer could attach another member's
draft experience or image to their own page, or read its title back from the form. Here an
editor may keep what a page already holds, and choose pages they reach, and images and documents
of collections they may choose from (members.isolation); anything else is refused, and never
shown back.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm


class MemberSpacePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.refused_choices = []
        user = self.for_user
        if user is None or user.is_superuser:
            return
        from members.isolation import restrict_choices

        self.refused_choices = restrict_choices(self, user)
        for formset in self.formsets.values():
            for form in formset.forms:
                self.refused_choices += restrict_choices(form, user)

    def clean(self):
        cleaned_data = super().clean()
        if self.refused_choices:
            raise forms.ValidationError(
                _("Some of the pages, images or documents chosen are not yours to choose; they were left as they were.")
            )
        return cleaned_data
