#!/bin/sh
# Runs a manage.py command as the site's user, with the production environment file.
#   sudo /srv/rmcto/deploy/manage.sh migrate
#   sudo /srv/rmcto/deploy/manage.sh createsuperuser
# APP_DIR, ENV_FILE and APP_USER change where it looks (defaults below, as in the README).
set -eu
APP_DIR="${APP_DIR:-/srv/rmcto}"
ENV_FILE="${ENV_FILE:-/etc/rmcto/rmcto.env}"
APP_USER="${APP_USER:-rmcto}"

if [ "$(id -un)" != "$APP_USER" ]; then
    exec runuser -u "$APP_USER" -- env APP_DIR="$APP_DIR" ENV_FILE="$ENV_FILE" APP_USER="$APP_USER" "$0" "$@"
fi
set -a
. "$ENV_FILE"
set +a
cd "$APP_DIR"
exec "$APP_DIR/.venv/bin/python" manage.py "$@"
