"""send_alerts run three times at once on PostgreSQL: each subscriber gets each page once.

The runs read committed data from their own connections, so this test commits (transaction=True) and ends with
every table emptied; the database is put back as the migrations left it for the tests that run later.
"""

import datetime
import threading

import pytest

from django.core import mail
from django.db import connection
from django.utils import timezone

from alerts.digests import send_alerts
from alerts.models import DigestItem, Subscriber
from tests import factories

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("database_as_migrations_left_it"),
]


def published(page):
    page.save_revision().publish()
    return page


def test_concurrent_runs_send_each_page_once(site_tree, member):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (row locks)")
    confirmed = timezone.now() - datetime.timedelta(hours=1)
    for i in range(12):
        Subscriber.objects.create(email=f"s{i}@example.ma", language="ar", confirmed_at=confirmed).members.add(member)
    published(factories.NewsPageFactory(parent=member, title="بلاغ أول", slug="first"))
    published(factories.NewsPageFactory(parent=member, title="بلاغ ثان", slug="second"))
    errors = []

    def run():
        try:
            send_alerts()
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(m.to[0] for m in mail.outbox) == sorted(f"s{i}@example.ma" for i in range(12))
    assert DigestItem.objects.count() == 24
