"""The <link> and <a> elements of a rendered page, for tests that follow a page's links as a visitor would."""

from html.parser import HTMLParser


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.head, self.anchors = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "link":
            self.head.append(dict(attrs))
        elif tag == "a":
            self.anchors.append(dict(attrs))


def links_of(response):
    parser = Links()
    parser.feed(response.content.decode())
    return parser


def alternates(response, media_type):
    """The addresses of the page's <link rel="alternate"> of `media_type`, in order."""
    return [link["href"] for link in links_of(response).head if link.get("type") == media_type]
