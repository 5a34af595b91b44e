"""Settings shared by every environment; everything machine-specific comes from the environment."""

import os
from pathlib import Path

import dj_database_url

from django.conf import global_settings
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so their templates and translations win.
    "core",
    "images",
    "users",
    "home",
    "members",
    "news",
    "experiences",
    "events",
    "documents",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Admin requests about another member's pages are refused (members/isolation.py).
    "members.isolation.MemberSpaceMiddleware",
]

ROOT_URLCONF = "site_cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "site_cms.wsgi.application"

# DATABASE_URL selects the database; SQLite in the project folder is the zero-setup default.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "users.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages are configuration: Arabic first, then French. SITE_LANGUAGES=ar,fr,zgh adds a
# language without code changes (zgh's language info is declared below, Django has none).
LANG_INFO_EXTRA = {
    "zgh": {
        "bidi": False,
        "code": "zgh",
        "name": "Standard Moroccan Tamazight",
        "name_local": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    },
}
LANG_INFO.update({code: info for code, info in LANG_INFO_EXTRA.items() if code not in LANG_INFO})
# <html dir> follows each language's declared direction: a right-to-left language declared above needs nothing more.
LANGUAGES_BIDI = [*global_settings.LANGUAGES_BIDI, *(code for code, info in LANG_INFO_EXTRA.items() if info["bidi"])]
LANGUAGE_NAMES = {
    "ar": _("Arabic"),
    "fr": _("French"),
    "zgh": _("Tamazight"),
    "en": _("English"),
}
SITE_LANGUAGES = env_list("SITE_LANGUAGES", "ar,fr")
LANGUAGE_CODE = SITE_LANGUAGES[0]
LANGUAGES = [(code, LANGUAGE_NAMES.get(code, code)) for code in SITE_LANGUAGES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ar", "العربية"), ("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Africa/Casablanca"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Avatars are not fetched from a third party (officers' email addresses stay here): Wagtail's default one.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_SITE_NAME = "الشبكة المغربية للجماعات الترابية المنفتحة"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

# Mail: review notifications to officers and staff, password links. An SMTP relay from the environment.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
# A decompression bomb of 100 megapixels fits in 12 KB; photos of a meeting need far less.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "ppt", "pptx", "odp", "xls", "xlsx", "ods", "csv", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The document form also asks for the kind and the language the document library shows (documents/forms.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.DocumentForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True

WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}

WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

LOGIN_URL = "wagtailadmin_login"

# Wagtail lifts this to SAMEORIGIN on its own preview views.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
