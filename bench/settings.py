"""Settings for benchmarks: the development settings, with DEBUG off (no query log kept in memory).

`bench/__main__.py` points DATABASE_URL at the benchmark's own copy before these are read.
"""

from site_cms.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
LOGGING["root"]["level"] = "ERROR"  # noqa: F405
# Static files straight from the apps' folders (no collectstatic needed), as `bench load` asks for one.
WHITENOISE_USE_FINDERS = True
