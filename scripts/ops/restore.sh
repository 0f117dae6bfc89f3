#!/usr/bin/env bash
# Community Connect restore: loads an archive written by scripts/ops/backup.sh into a fresh database.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/ops/restore.sh [--create] DUMP_FILE [TARGET_DATABASE_URL]

Restores a scripts/ops/backup.sh archive into an empty database, in one transaction: either all of
it is restored or nothing is.

  DUMP_FILE             the .dump archive (checked against DUMP_FILE.sha256 when present)
  TARGET_DATABASE_URL   the database to restore into; defaults to the DATABASE_URL environment
                        variable. It must be empty: a database with tables is refused.
  --create              create the target database first (needs CREATEDB on the server; the
                        connection goes to the server's "postgres" database for that)
  -h, --help            this help

The target server needs the pgvector extension available (the archive creates the vector,
pg_trgm and unaccent extensions). Afterwards point the app's DATABASE_URL at the restored
database and start it: Strapi finds its schema and migrations already in place.

Example (the restore drill, docs/deployment.md):
  scripts/ops/restore.sh --create backups/community-connect-20260101T020000Z.dump \
    postgres://postgres@127.0.0.1:5432/community_connect_restored
USAGE
}

die() {
  echo "restore: error: $*" >&2
  exit 1
}

create=false
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --create) create=true; shift ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] && [ $# -le 2 ] || { usage >&2; die "expected DUMP_FILE [TARGET_DATABASE_URL]"; }

dump="$1"
url="${2:-${DATABASE_URL:-}}"
[ -f "$dump" ] || die "no such archive: $dump"
[ -n "$url" ] || { usage >&2; die "no target database: pass its URL or set DATABASE_URL"; }
case "$url" in
  postgres://* | postgresql://*) ;;
  *) die "the target must be a postgres:// or postgresql:// URL" ;;
esac
for tool in pg_restore psql; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found: install the PostgreSQL client (e.g. apt-get install postgresql-client)"
done

if [ -f "${dump}.sha256" ] && command -v sha256sum >/dev/null 2>&1; then
  (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256") \
    || die "$dump does not match its checksum ${dump}.sha256: the archive is damaged"
fi
pg_restore --list "$dump" >/dev/null 2>&1 || die "$dump is not a pg_dump custom-format archive (or it is damaged)"

# postgres://user:pass@host:port/name?params -> name, and the same URL on the "postgres" database.
base="${url%%\?*}"
query=""
[ "$base" = "$url" ] || query="?${url#*\?}"
database="${base##*/}"
[ -n "$database" ] && [ "$database" != "$base" ] || die "the target URL must name a database (…/name)"
[[ "$database" =~ ^[A-Za-z_][A-Za-z0-9_-]{0,62}$ ]] || die "unusual database name \"$database\": create it yourself and omit --create"

if [ "$create" = true ]; then
  maintenance="${base%/*}/postgres${query}"
  psql "$maintenance" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"${database}\"" \
    || die "could not create database \"$database\" (does it exist already? is CREATEDB granted?)"
  echo "restore: created database $database"
fi

tables=$(psql "$url" -v ON_ERROR_STOP=1 -tAc \
  "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')") \
  || die "cannot connect to the target database"
[ "$tables" -eq 0 ] || die "the target database \"$database\" already has $tables tables: restore into a new, empty database"

pg_restore --dbname="$url" --no-owner --no-privileges --single-transaction --exit-on-error "$dump" \
  || die "pg_restore failed; nothing was restored (is the pgvector extension installed on the target server?)"

summary=$(psql "$url" -v ON_ERROR_STOP=1 -tA -F ' ' -c \
  "SELECT (SELECT count(*) FROM communities), (SELECT count(*) FROM members), (SELECT count(*) FROM community_search_members WHERE embedding IS NOT NULL)" 2>/dev/null) \
  || summary=""
if [ -n "$summary" ]; then
  read -r communities members vectors <<<"$summary"
  echo "restore: restored $dump into $database: $communities communities, $members members, $vectors indexed with embeddings"
else
  echo "restore: restored $dump into $database"
fi
