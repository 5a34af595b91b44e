"""The admin form of every page, which the layers above extend through two hooks.

`core` knows nothing of members or of who may choose what. A layer above registers:

- `construct_page_form(form)`: called once the form (and its inline forms) is built, with
  `form.for_user` set, e.g. to narrow its choosers;
- `clean_page_form(form, cleaned_data)`: called when the form is cleaned, to refuse values
  with `form.add_error(...)`.
"""

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm


class BasePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for construct in hooks.get_hooks("construct_page_form"):
            construct(self)

    def clean(self):
        cleaned_data = super().clean()
        for clean in hooks.get_hooks("clean_page_form"):
            clean(self, cleaned_data)
        return cleaned_data
