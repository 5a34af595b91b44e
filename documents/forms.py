"""The document form of the admin, with what the library shows besides Wagtail's fields: kind and language.

Installed with WAGTAILDOCS_DOCUMENT_FORM_BASE, Wagtail's documented way to extend its document forms,
so it serves the upload, the multiple upload and the edit views alike. It extends the safe upload form,
which refuses a file whose content is not what its name says.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.uploads import SafeDocumentForm
from documents.models import DocumentDetails, DocumentKind, language_choices


class DocumentForm(SafeDocumentForm):
    kind = forms.ChoiceField(
        label=_("Kind of document"),
        required=False,
        help_text=_("Shown and filtered on in the document library."),
    )
    language = forms.ChoiceField(label=_("Language of the document"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "—")] + list(DocumentKind.choices)
        self.fields["language"].choices = [("", "—")] + language_choices()
        details = DocumentDetails.objects.filter(document_id=self.instance.pk).first() if self.instance.pk else None
        if details is not None:
            self.fields["kind"].initial = details.kind
            self.fields["language"].initial = details.language

    def save(self, commit=True):
        document = super().save(commit=commit)
        if commit:
            self.save_details()
        return document

    def save_details(self):
        # A form limited to some fields (Wagtail's partial updates) leaves the details as they are.
        if "kind" not in self.cleaned_data and "language" not in self.cleaned_data:
            return
        DocumentDetails.objects.update_or_create(
            document=self.instance,
            defaults={
                "kind": self.cleaned_data.get("kind", ""),
                "language": self.cleaned_data.get("language", ""),
            },
        )
