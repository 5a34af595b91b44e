"""The subscription form: an address, what to follow, consent; and a field only robots fill in."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import NewsCategory
from members.models import MemberPage


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    whole_network = forms.BooleanField(
        label=_("Everything the network and its members publish"),
        required=False,
    )
    members = forms.ModelMultipleChoiceField(
        label=_("Members"),
        queryset=MemberPage.objects.none(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Their bulletins, events and experiences."),
    )
    categories = forms.ModelMultipleChoiceField(
        label=_("Categories of bulletins"),
        queryset=NewsCategory.objects.none(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Bulletins of these categories, whoever publishes them."),
    )
    consent = forms.BooleanField(
        label=_("I agree that my address is used to send me these alerts, as described below."),
        error_messages={"required": _("Your consent is needed to send you alerts.")},
    )
    # The honeypot: hidden from people (and screen readers), filled in by robots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, locale, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale
        self.fields["members"].queryset = (
            MemberPage.objects.live().public().filter(locale=locale).only("pk", "slug", "title").order_by("title")
        )
        self.fields["categories"].queryset = NewsCategory.objects.filter(locale=locale)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        data = super().clean()
        if not (data.get("whole_network") or data.get("members") or data.get("categories")):
            raise forms.ValidationError(_("Choose at least one thing to follow."), code="nothing")
        return data

    @property
    def is_robot(self):
        return bool(self.cleaned_data.get("website"))
