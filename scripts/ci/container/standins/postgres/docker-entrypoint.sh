#!/usr/bin/env bash
# First start: a cluster in PGDATA whose superuser is POSTGRES_USER (password POSTGRES_PASSWORD,
# scram-sha-256 over TCP) and a database POSTGRES_DB, as the official image does. Then PostgreSQL
# listening on every interface, as the `postgres` user.
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown -R postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}"
  user="${POSTGRES_USER:-postgres}"
  database="${POSTGRES_DB:-$user}"
  password_file="$(mktemp)"
  printf '%s' "$POSTGRES_PASSWORD" > "$password_file"
  "$PGBIN/initdb" -D "$PGDATA" -U "$user" --pwfile="$password_file" -E UTF8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$password_file"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ "$database" != postgres ]; then
    echo "CREATE DATABASE \"$database\"" | "$PGBIN/postgres" --single -D "$PGDATA" postgres >/dev/null
  fi
  echo "docker-entrypoint: initialised $PGDATA (user $user, database $database)"
fi

exec "$PGBIN/postgres" -D "$PGDATA" -c listen_addresses='*' "$@"
