"""Settings shared by every environment; everything machine-specific comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE

from django.conf import global_settings
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from wagtail.embeds import oembed_providers

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
    "alerts",
    "opendata",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    # The read-only API (opendata/api.py). Not "rest_framework" itself: it renders JSON only, needs none of that
    # app's templates, and that app's catalogue would replace Django's own Arabic messages in every form.
    "wagtail.api.v2",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "members.apps.UsersConfig",
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
    # Security: login lockout, two-factor login (TOTP and recovery codes), Content-Security-Policy.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
]

MIDDLEWARE = [
    # First: every log line of a request, and its response, carry the request's id (core/request_id.py).
    "core.request_id.RequestIdMiddleware",
    # Cache-Control for every answer, and the per-request memo (core/http_cache.py): near the top.
    "core.http_cache.HttpCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # One policy for the public site, one for the admin (core/csp.py).
    "core.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The API and the open data exports may be read from any origin (opendata/cors.py).
    "opendata.cors.ReadOnlyCorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who has passed their second factor (django-otp), and the admin asks for it (users/two_factor.py).
    "django_otp.middleware.OTPMiddleware",
    "users.two_factor.TwoFactorMiddleware",
    # Password reset and page passwords count towards the lockout (users/lockout.py).
    "users.lockout.ThrottledFormsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # The admin is closed to officers but for a reviewed allow-list (members/access.py).
    "members.access.MemberSpaceMiddleware",
    # Last, as django-axes asks: turns a lockout into its answer.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out account or address is refused before its password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
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
# PostgreSQL: parameters bound by the server, and a query PostgreSQL has seen DB_PREPARE_THRESHOLD times on a
# connection kept as a prepared statement, planned once. A listing joins eight tables: PostgreSQL took 15-25 ms to
# plan it and 1 ms to run it (README, "Caching and scale"). DB_PREPARED_STATEMENTS=0 turns this off, as a
# connection pooler in transaction mode (PgBouncer's default) requires.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool("DB_PREPARED_STATEMENTS", True):
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=int(os.environ.get("DB_PREPARE_THRESHOLD", "2"))
    )
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

# Object storage (README, "Running in production"): with AWS_STORAGE_BUCKET_NAME set, images, renditions and
# documents live in an S3-compatible bucket (MinIO, Ceph, a cloud's) that every app server shares. Images are read
# from the bucket (or AWS_S3_CUSTOM_DOMAIN, a CDN) by their address; documents still go through Django's view,
# which checks that they may be served and then redirects to a signed address valid DOCUMENTS_SIGNED_URL_SECONDS.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
DOCUMENTS_SIGNED_URL_SECONDS = int(os.environ.get("DOCUMENTS_SIGNED_URL_SECONDS", 300))
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "core.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Images and renditions are public by address (the bucket's policy lets anyone read them, not documents).
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "signature_version": "s3v4",
            "file_overwrite": False,
            "default_acl": None,
        },
    }

# Where `manage.py backup` writes its archives (README, "Backups").
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
# Archives older than this many days are deleted from BACKUP_DIR by the next backup (copies kept elsewhere are not).
BACKUP_KEEP_DAYS = int(os.environ.get("BACKUP_KEEP_DAYS", 14))

# Avatars are not fetched from a third party (officers' email addresses stay here): Wagtail's default one.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_SITE_NAME = "الشبكة المغربية للجماعات الترابية المنفتحة"
# The address the public site is served at: `manage.py set_site_url` writes it into the default Site record,
# from which canonical and hreflang links, the sitemap, feeds and emails take their absolute URLs.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)
# The read-only API (/api/v2/, opendata/api.py): live and public content only.
WAGTAILAPI_BASE_URL = SITE_URL
WAGTAILAPI_LIMIT_MAX = 100
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # Anonymous only: the API shows what the public sees, and no password is ever tried through it.
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
}

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
# Upload limits (README, "Security"). A decompression bomb of 100 megapixels fits in 12 KB; photos of a meeting
# need far less. An animated image counts every frame: frames × width × height.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGES_MAX_PIXELS", 40_000_000))
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGES_MAX_UPLOAD_MB", 15)) * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = env_list("IMAGES_EXTENSIONS", "avif,gif,jpg,jpeg,png,webp")
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.uploads.SafeImageForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENTS_MAX_UPLOAD_MB", 20)) * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = env_list("DOCUMENTS_EXTENSIONS", "pdf,doc,docx,odt,ppt,pptx,odp,xls,xlsx,ods,csv,txt")
# Documents go through Django (never a direct link to the storage), so the hook that keeps unpublished ones
# private (members/documents.py) always runs and every download carries safe headers. On object storage the view
# redirects, once that hook has passed, to a short-lived signed address carrying the same headers (core/storage.py).
WAGTAILDOCS_SERVE_METHOD = "redirect" if AWS_STORAGE_BUCKET_NAME else "serve_view"
# The document form checks that a file's content is what its name says (core.uploads.SafeDocumentForm) and asks
# for the kind and the language the document library shows (documents/forms.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.DocumentForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True

WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends"},
}

WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

LOGIN_URL = "wagtailadmin_login"

# --- Security (README, "Security") -----------------------------------------------------------------------

# Login lockout (django-axes): after LOGIN_FAILURE_LIMIT failures for one account or from one client address,
# the admin login, the site's login, the password-reset form and page passwords refuse tries for a while.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_USERNAME_CALLABLE = "users.lockout.attempted_username"
AXES_CLIENT_IP_CALLABLE = "users.lockout.client_ip"
AXES_LOCKOUT_CALLABLE = "users.lockout.lockout_response"
AXES_ENABLE_ADMIN = False  # Django's admin is not served; staff lift lockouts in Wagtail's (users/lockout.py)
AXES_VERBOSE = False
# Behind one reverse proxy, the header it sets to the client's address (X-Forwarded-For: its right-most
# entry, X-Real-IP...). Unset: the address of the connection. Never trusted unless set here.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")

# Two-factor login (django-otp, users/two_factor.py): required of whoever holds the permission
# "users.require_two_factor" (network staff, superusers), offered to every other admin user.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", True)
TWO_FACTOR_ISSUER = os.environ.get("TWO_FACTOR_ISSUER", "RMCTO")
TWO_FACTOR_RECOVERY_CODES = 10
OTP_TOTP_ISSUER = TWO_FACTOR_ISSUER

# Content-Security-Policy (django-csp, core/csp.py). The public site: this origin only, no inline script or style.
# Frames only from the video players that embeds accept (WAGTAILEMBEDS_FINDERS below).
CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES", "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com"
)
# Images served from another origin (a bucket or a CDN in MEDIA_URL) are allowed from that origin only.
MEDIA_ORIGINS = ["/".join(MEDIA_URL.split("/")[:3])] if MEDIA_URL.startswith("https://") else []
if AWS_STORAGE_BUCKET_NAME:
    # Images from the bucket: its custom domain, else its endpoint (set AWS_S3_CUSTOM_DOMAIN on a cloud's S3).
    _bucket = STORAGES["default"]["OPTIONS"]
    if _bucket["custom_domain"]:
        MEDIA_ORIGINS.append(f"https://{_bucket['custom_domain']}")
    elif _bucket["endpoint_url"]:
        MEDIA_ORIGINS.append("/".join(_bucket["endpoint_url"].split("/")[:3]))
    else:
        _region = f".{_bucket['region_name']}" if _bucket["region_name"] else ""
        MEDIA_ORIGINS.append(f"https://{AWS_STORAGE_BUCKET_NAME}.s3{_region}.amazonaws.com")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        # A nonce is added only on a response whose template asked for one ({{ request.csp_nonce }}).
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'", NONCE],
        "img-src": ["'self'", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *MEDIA_ORIGINS],
        "frame-src": ["'self'", *CSP_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The admin (Wagtail 8 needs inline styles and two inline scripts of the page editor; see core/csp.py).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", "blob:", *MEDIA_ORIGINS],
        "frame-src": ["'self'", *CSP_FRAME_SOURCES],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The admin's dashboard would ask Wagtail's site for new releases: nothing leaves for another origin.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Embeds come only from the providers whose players the policy lets into frames.
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [oembed_providers.youtube, oembed_providers.vimeo]}
]

# Wagtail lifts this to SAMEORIGIN on its own preview views.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# Logs go to stdout (journald or the container keeps them), one line per event, each with its request's id.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "core.request_id.RequestIdFilter"}},
    "formatters": {
        "line": {
            "()": "core.request_id.OneLineFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s request_id=%(request_id)s %(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": "line",
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Caching (README, "Caching and scale") ---------------------------------------------------------------

# Redis when REDIS_URL is set (shared by every app process: needed as soon as there are several), else memory
# of the process. Sessions stay in the database (SESSION_ENGINE's default).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "rmcto"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rmcto"}}
# Anonymous public pages: how long browsers (max-age) and a shared cache in front (s-maxage) keep them. The
# shared cache is purged on publication, so it may keep pages long; browsers cannot be purged.
CACHE_MAX_AGE = int(os.environ.get("CACHE_MAX_AGE", 60))
CACHE_S_MAXAGE = int(os.environ.get("CACHE_S_MAXAGE", 3600))
# Anonymous public pages are also kept in the cache above, whole, until content changes (core/http_cache.py).
# On by default with Redis only: a memory cache is each process's own, and a change made in one process would
# not reach the pages the others keep.
PAGE_CACHE = env_bool("PAGE_CACHE", bool(REDIS_URL))
# Navigation, footer and figures are kept this long at most (they are also forgotten on every change, at once
# in every process with Redis; with a memory cache, other processes follow within this time).
FRAGMENT_CACHE_TIMEOUT = int(os.environ.get("FRAGMENT_CACHE_TIMEOUT", 3600 if REDIS_URL else 60))

# Listings show at most this many pages (core.models.paginate): deep pages of 100,000 bulletins would scan.
LISTING_MAX_PAGES = int(os.environ.get("LISTING_MAX_PAGES", 100))

# A cache in front of the site, purged when content changes (core/frontend_cache.py): HTTP PURGE to Varnish or
# nginx (FRONTEND_CACHE_PURGE_URL, e.g. http://127.0.0.1:6081), Cloudflare, CloudFront. None when unset.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    # Needs boto3 (installed with django-storages' S3 support).
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
# The site's pages carry their language in the path: a purge names each language's address itself.
WAGTAILFRONTENDCACHE_LANGUAGES = []
