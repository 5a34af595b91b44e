"""Email alerts end to end: subscribe, confirm, publish, send_alerts, unsubscribe.

Against Django's locmem backend, and against a real SMTP server on loopback (aiosmtpd, marked
`integration`). Bad input (malformed address, unknown member, expired or forged link) gets a clear
answer in the visitor's language, never a 500; the form gives the same answer whatever the address.
"""

import datetime
import email
import re
import socket
import time
from email import policy
from unittest import mock

import pytest

from django.core import mail, signing
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from alerts import tokens
from alerts.digests import send_alerts
from alerts.models import Digest, DigestItem, Subscriber
from tests import factories
from tests.site import translate

CONFIRM_LINK = re.compile(r"https?://[^\s\"<>]+/alerts/confirm/[^\s\"<>]+/")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def subscribe(client, language="ar", **fields):
    data = {"email": "citizen@example.ma", "consent": "on", "website": "", **fields}
    return client.post(f"/{language}/alerts/", data)


def confirm_link(message):
    [url] = set(CONFIRM_LINK.findall(message.body))
    return url.split("localhost", 1)[1]


def confirm(client, message):
    path = confirm_link(message)
    assert client.get(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 200
    return response


def published(page):
    """`page` published as an editor publishes it: its first publication is dated."""
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def publish_news(parent, title, **fields):
    return published(factories.NewsPageFactory(parent=parent, title=title, slug=f"n-{abs(hash(title))}", **fields))


# ---------- the form ----------


def test_the_form_in_arabic_with_the_member_chosen_and_the_privacy_notice(client, site_tree, member):
    response = client.get("/ar/alerts/?member=bni-ansar")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert re.search(r'<input type="checkbox" name="members" value="bni-ansar"[^>]* checked', html)
    assert "09-08" in html and "معطياتك الشخصية" in html
    assert 'name="website"' in html  # the honeypot
    # No inline script or style (the strict CSP): external files and JSON-LD data only.
    assert not re.search(r'<script(?![^>]*\b(src=|type="application/ld\+json"))', html)
    assert "style=" not in html


def test_an_unknown_member_in_the_link_is_said_clearly(client, site_tree, member):
    response = client.get("/ar/alerts/?member=no-such-member")
    assert response.status_code == 200
    assert "لا يوجد عضو بهذا العنوان" in response.content.decode()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": "not-an-address", "members": ["bni-ansar"]}, "أدخِل عنوان بريد إلكتروني صحيح."),
        ({"members": ["no-such-member"]}, "no-such-member"),
        ({}, "اختر شيئا واحدا على الأقل لتتبعه."),
        ({"members": ["bni-ansar"], "consent": ""}, "نحتاج إلى موافقتك لنرسل إليك التنبيهات."),
    ],
)
def test_bad_input_is_a_400_with_a_clear_message(client, site_tree, member, fields, message):
    response = subscribe(client, **fields)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert '<html lang="ar" dir="rtl">' in html
    assert not mail.outbox


def test_subscribing_stores_nothing_until_confirmed(client, site_tree, member):
    response = subscribe(client, members=["bni-ansar"])
    assert response.status_code == 200
    assert "تفقد بريدك الإلكتروني" in response.content.decode()
    [message] = mail.outbox
    assert message.to == ["citizen@example.ma"]
    assert "جماعة بني أنصار" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and 'lang="ar" dir="rtl"' in html
    assert not Subscriber.objects.exists()
    # Nothing is sent to an address that did not confirm.
    publish_news(member, "بلاغ قبل التأكيد")
    call_command("send_alerts")
    assert len(mail.outbox) == 1


def test_confirming_shows_the_request_then_saves_it(client, site_tree, member):
    subscribe(client, members=["bni-ansar"], whole_network="")
    path = confirm_link(mail.outbox[0])
    response = client.get(path)
    assert "جماعة بني أنصار" in response.content.decode()
    assert not Subscriber.objects.exists()  # a link checker opening it confirms nothing
    response = client.post(path)
    assert "تم تفعيل تنبيهاتك" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language) == ("citizen@example.ma", "ar")
    assert list(subscriber.members.all()) == [member]


def test_the_same_answer_whether_the_address_is_known_or_not(client, site_tree, member):
    first = subscribe(client, members=["bni-ansar"])
    confirm(client, mail.outbox[0])
    again = subscribe(client, members=["bni-ansar"])
    other = subscribe(client, email="someone.else@example.ma", members=["bni-ansar"])

    def text(response):
        return re.sub(
            r"\S+@example\.ma",
            "ADDRESS",
            re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode()),
        )

    assert first.status_code == again.status_code == other.status_code == 200
    assert text(first) == text(again) == text(other)


def test_a_robot_filling_the_honeypot_gets_the_same_answer_and_no_message(client, site_tree, member):
    response = subscribe(client, members=["bni-ansar"], website="http://spam.example")
    assert response.status_code == 200
    assert "تفقد بريدك الإلكتروني" in response.content.decode()
    assert not mail.outbox


def test_rate_limits_per_address_and_per_client(client, site_tree, member):
    for _ in range(5):
        assert subscribe(client, members=["bni-ansar"]).status_code == 200
    assert len(mail.outbox) == 3  # per address: the answer stays the same, the messages stop
    other_client = Client(REMOTE_ADDR="10.0.0.2")
    for n in range(5):
        assert subscribe(client, email=f"a{n}@example.ma", members=["bni-ansar"]).status_code in (200, 429)
    response = subscribe(client, email="late@example.ma", members=["bni-ansar"])
    assert response.status_code == 429
    assert "وردت طلبات كثيرة جدا" in response.content.decode()
    assert subscribe(other_client, email="late@example.ma", members=["bni-ansar"]).status_code == 200


@pytest.mark.parametrize("kind", ["expired", "forged", "garbage"])
def test_a_bad_confirmation_link_says_why(client, site_tree, member, kind):
    if kind == "expired":
        with mock.patch("django.core.signing.time.time", return_value=time.time() - 4 * 24 * 3600):
            token = tokens.confirmation_token("citizen@example.ma", "ar", True, [], [])
        expected = "انتهت صلاحية هذا الرابط"
    elif kind == "forged":
        token = signing.dumps({"e": "victim@example.ma", "l": "ar", "n": True, "m": [], "c": []}, key="not-the-key")
        expected = "هذا الرابط غير صالح"
    else:
        token = "x" * 300
        expected = "هذا الرابط غير صالح"
    for method in (client.get, client.post):
        response = method(f"/ar/alerts/confirm/{token}/")
        assert response.status_code == 400
        assert expected in response.content.decode()
    assert not Subscriber.objects.exists()


def test_a_forged_unsubscribe_link_is_refused(client, site_tree, member):
    response = client.get("/ar/alerts/unsubscribe/forged:token/")
    assert response.status_code == 400
    assert "هذا الرابط غير صالح" in response.content.decode()


# ---------- the whole flow ----------


def test_subscribe_confirm_publish_send_once_unsubscribe(client, site_tree, member):
    subscribe(client, members=["bni-ansar"])
    confirm(client, mail.outbox[0])
    mail.outbox.clear()
    before = publish_news(site_tree.news, "بلاغ الشبكة")
    bulletin = publish_news(member, "بلاغ بني أنصار الجديد", summary="ملخص البلاغ الجديد")

    call_command("send_alerts")
    [digest] = mail.outbox
    assert digest.to == ["citizen@example.ma"]
    assert "منشور جديد" in digest.subject
    assert bulletin.title in digest.body and "ملخص البلاغ الجديد" in digest.body
    assert f"http://localhost{bulletin.url}" in digest.body
    assert before.title not in digest.body  # not followed: the network's, not the member's
    html, _mimetype = digest.alternatives[0]
    assert bulletin.title in html and 'dir="rtl"' in html
    unsubscribe = digest.extra_headers["List-Unsubscribe"].strip("<>")
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in digest.body

    call_command("send_alerts")
    assert len(mail.outbox) == 1  # nothing new: nothing sent

    response = client.get(unsubscribe.split("localhost", 1)[1])
    assert response.status_code == 200
    assert "تم إلغاء اشتراكك" in response.content.decode()
    assert not Subscriber.objects.exists() and not DigestItem.objects.exists()
    publish_news(member, "بلاغ بعد إلغاء الاشتراك")
    call_command("send_alerts")
    assert len(mail.outbox) == 1


def test_what_was_published_before_confirming_is_not_sent(client, site_tree, member):
    publish_news(member, "بلاغ قديم")
    subscribe(client, members=["bni-ansar"])
    confirm(client, mail.outbox[0])
    call_command("send_alerts")
    assert len(mail.outbox) == 1


def test_one_digest_gathers_bulletins_events_and_categories_in_the_subscribers_language(client, site_tree, member):
    communique = factories.NewsCategoryFactory(locale=site_tree.locales.fr, name="Communiqué", slug="communique")
    member_fr = translate(member, site_tree.locales.fr)
    subscribe(client, language="fr", members=["bni-ansar"], categories=["communique"])
    [confirmation] = mail.outbox
    assert "Confirmez" in confirmation.subject and "Bonjour" in confirmation.body
    confirm(client, confirmation)
    mail.outbox.clear()
    published(factories.NewsPageFactory(parent=member_fr, locale=site_tree.locales.fr, title="Communiqué de Bni Ansar"))
    published(
        factories.NewsPageFactory(
            parent=site_tree.fr.news, locale=site_tree.locales.fr, title="Note du réseau", category=communique
        )
    )
    published(factories.EventPageFactory(parent=member_fr, locale=site_tree.locales.fr, title="Rencontre à Bni Ansar"))
    publish_news(member, "بلاغ بالعربية")  # the Arabic page: not in a French subscriber's digest
    call_command("send_alerts")
    [digest] = mail.outbox
    assert "3 nouvelles publications" in digest.subject
    for title in ("Communiqué de Bni Ansar", "Note du réseau", "Rencontre à Bni Ansar", "12–13 novembre 2024"):
        assert title in digest.body
    assert "بلاغ بالعربية" not in digest.body
    assert "Se désabonner en un clic" in digest.body


def test_one_click_unsubscribe_by_post_without_a_csrf_token(site_tree, member):
    client = Client(enforce_csrf_checks=True)
    subscriber = Subscriber.objects.create(email="a@example.ma", language="ar", confirmed_at=timezone.now())
    url = f"/ar/alerts/unsubscribe/{tokens.unsubscribe_token(subscriber)}/"
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    # Once more: the same answer, the address is gone either way.
    assert client.post(url, {"List-Unsubscribe": "One-Click"}).status_code == 200


# ---------- send_alerts under failure, interruption and concurrency ----------


def subscribers(n, member):
    confirmed = timezone.now() - datetime.timedelta(hours=1)
    made = []
    for i in range(n):
        subscriber = Subscriber.objects.create(email=f"s{i}@example.ma", language="ar", confirmed_at=confirmed)
        subscriber.members.add(member)
        made.append(subscriber)
    return made


def pages_sent(messages):
    return [(message.to[0], line) for message in messages for line in message.body.splitlines() if "بلاغ" in line]


def test_a_refused_message_is_sent_on_the_next_run_and_no_one_gets_twice(site_tree, member):
    subscribers(3, member)
    publish_news(member, "بلاغ للجميع")
    real_send = mail.EmailMessage.send
    calls = []

    def flaky(message, fail_silently=False):
        calls.append(message.to[0])
        if message.to[0] == "s1@example.ma" and calls.count("s1@example.ma") == 1:
            raise OSError("connection reset")
        return real_send(message, fail_silently)

    with mock.patch.object(mail.EmailMultiAlternatives, "send", flaky), pytest.raises(CommandError):
        call_command("send_alerts")
    assert sorted(m.to[0] for m in mail.outbox) == ["s0@example.ma", "s2@example.ma"]
    call_command("send_alerts")
    assert sorted(m.to[0] for m in mail.outbox) == ["s0@example.ma", "s1@example.ma", "s2@example.ma"]
    assert len(pages_sent(mail.outbox)) == len(set(pages_sent(mail.outbox)))


def test_a_run_stopped_halfway_never_sends_a_page_twice(site_tree, member):
    subscribers(3, member)
    publish_news(member, "بلاغ للجميع")
    real_send = mail.EmailMessage.send

    def stop_at_second(message, fail_silently=False):
        if message.to[0] == "s1@example.ma":
            raise KeyboardInterrupt  # the run is killed while sending
        return real_send(message, fail_silently)

    with mock.patch.object(mail.EmailMultiAlternatives, "send", stop_at_second), pytest.raises(KeyboardInterrupt):
        send_alerts()
    assert [m.to[0] for m in mail.outbox] == ["s0@example.ma"]
    report = send_alerts(now=timezone.now() + datetime.timedelta(hours=2))
    # The one interrupted while sending may have got it: it is not sent again, and is reported.
    assert sorted(m.to[0] for m in mail.outbox) == ["s0@example.ma", "s2@example.ma"]
    assert report.interrupted == 1
    assert Digest.objects.filter(sent_at__isnull=True).count() == 1


# ---------- a real SMTP server on loopback ----------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.messages.append(email.message_from_bytes(envelope.original_content, policy=policy.default))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server(settings):
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS, settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD = False, "", ""
    yield inbox
    controller.stop()


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


@pytest.mark.integration
def test_the_whole_flow_through_a_real_smtp_server(client, site_tree, member, smtp_server):
    assert subscribe(client, members=["bni-ansar"]).status_code == 200
    [confirmation] = smtp_server.messages
    assert confirmation["To"] == "citizen@example.ma"
    body = text_of(confirmation)
    [url] = set(CONFIRM_LINK.findall(body))
    assert client.post(url.split("localhost", 1)[1]).status_code == 200
    assert Subscriber.objects.filter(email="citizen@example.ma").exists()

    bulletin = publish_news(member, "بلاغ عبر خادم البريد")
    call_command("send_alerts")
    assert len(smtp_server.messages) == 2
    digest = smtp_server.messages[1]
    assert bulletin.title in text_of(digest)
    assert bulletin.title in digest.get_body(preferencelist=("html",)).get_content()
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    call_command("send_alerts")
    assert len(smtp_server.messages) == 2

    # The mail application's one-click button: a POST to the header's address.
    unsubscribe = digest["List-Unsubscribe"].strip("<>")
    response = Client(enforce_csrf_checks=True).post(
        unsubscribe.split("localhost", 1)[1],
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscriber.objects.exists()


@pytest.mark.integration
def test_an_unreachable_mail_server_is_said_and_retried(client, site_tree, member, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    response = subscribe(client, members=["bni-ansar"])
    assert response.status_code == 503
    assert "تعذر إرسال رسالة التأكيد الآن" in response.content.decode()
    subscribers(1, member)
    publish_news(member, "بلاغ ينتظر")
    with pytest.raises(CommandError):
        call_command("send_alerts")
    assert not DigestItem.objects.exists()  # nothing recorded: it goes on the next run


# ---------- the admin's counts ----------


def test_admin_counts_subscribers_per_member_without_addresses(db, spaces):
    """Staff see every member's count, the network's and the categories'; an officer only their own member's."""
    from tests.member_spaces import login

    confirmed = timezone.now()
    a = Subscriber.objects.create(email="reader.a@example.ma", language="ar", confirmed_at=confirmed)
    a.members.add(spaces.a)
    b = Subscriber.objects.create(email="reader.b@example.ma", language="fr", confirmed_at=confirmed)
    b.members.add(spaces.a_fr, spaces.b_fr)
    whole = Subscriber.objects.create(
        email="reader.c@example.ma", language="ar", confirmed_at=confirmed, whole_network=True
    )
    category = factories.NewsCategoryFactory(name="بلاغ", slug="communique-admin")
    whole.categories.add(category)

    def rows(html):
        tables = "".join(re.findall(r'<table class="listing">.*?</table>', html, re.S))
        return {
            re.sub(r"<[^>]+>", "", title).strip(): [int(n) for n in re.findall(r"<td>(\d+)</td>", cells)]
            for title, cells in re.findall(r'<th scope="row">(.*?)</th>(.*?)</tr>', tables, re.S)
        }

    staff = login(spaces.staff).get("/admin/alerts/subscribers/")
    assert staff.status_code == 200
    html = staff.content.decode()
    found = rows(html)
    # One row per member, its language versions counted in their columns (ar, fr) and in all.
    assert found[spaces.a.title] == [1, 1, 2]
    assert found[spaces.b.title] == [0, 1, 1]
    assert found["بلاغ"] == [1, 0, 1]
    assert "@example.ma" not in html

    officer = login(spaces.officer_a).get("/admin/alerts/subscribers/")
    assert officer.status_code == 200
    html = officer.content.decode()
    assert rows(html) == {spaces.a.title: [1, 1, 2]}
    assert "Zanzibarb" not in html and "@example.ma" not in html and "بلاغ" not in html

    assert Client().get("/admin/alerts/subscribers/").status_code == 302  # to the login page
