"""The demo content: the site built from the facts of the five source documents.

`content` holds the texts as data, `spec` the small vocabulary they are written in, `media`
draws the images and documents, and `builders` writes it all to the database idempotently.
"""
