"""The demo content: the site built from the facts of the five source documents.

The texts and facts are data files (`data/*.yaml`, one per section, Arabic and French side by
side); `data` reads and checks them into the values of `spec` (rich-text HTML, references, local
times), `media` draws the images and documents, and `builders` writes it all to the database
idempotently (the French through wagtail-localize, in `translate`).
"""
