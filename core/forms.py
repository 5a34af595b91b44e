"""The admin form of every page, which the layers above extend through two hooks.

`core` knows nothing of members or of who may choose what. A layer above registers:

- `construct_page_form(form)`: called once the form and its inline forms are built, with
  `form.for_user` set, e.g. to decide what the form may show;
- `check_page_form(form)`: called once the form and its inline forms are valid, to refuse values with
  `form.add_error(...)` (on the form or one of its inline forms): the page is then not saved.
"""

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm


class BasePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for construct in hooks.get_hooks("construct_page_form"):
            construct(self)

    def is_valid(self):
        if not super().is_valid():
            return False
        for check in hooks.get_hooks("check_page_form"):
            check(self)
        # Errors added by the checks, on the form or an inline form, count.
        return super().is_valid()
