#!/usr/bin/env bash
# Community Connect database backup: one pg_dump archive (custom format) of the whole database —
# communities, members, logins, audit log, usage counters, and the search index with its
# embeddings (pgvector columns are dumped like any other column).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/ops/backup.sh [-o FILE] [DATABASE_URL]

Writes a pg_dump custom-format archive of the database and checks that it can be read back.

  DATABASE_URL   PostgreSQL connection string; defaults to the DATABASE_URL environment variable.
  -o FILE        where to write the archive; default backups/community-connect-<UTC time>.dump
  -h, --help     this help

Also writes FILE.sha256. Restore with scripts/ops/restore.sh (see docs/deployment.md, "Backups and
the restore drill"). pg_dump must be the server's major version or newer. The embedded
development database (PGlite) cannot be dumped this way: back up .tmp/pglite with the app stopped.

Examples:
  DATABASE_URL=postgres://app:secret@db:5432/community_connect scripts/ops/backup.sh
  scripts/ops/backup.sh -o /var/backups/cc-nightly.dump "$DATABASE_URL"
USAGE
}

die() {
  echo "backup: error: $*" >&2
  exit 1
}

output=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    -o | --output)
      [ $# -ge 2 ] || die "-o needs a file name"
      output="$2"
      shift 2
      ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) break ;;
  esac
done
[ $# -le 1 ] || { usage >&2; die "too many arguments"; }

url="${1:-${DATABASE_URL:-}}"
[ -n "$url" ] || { usage >&2; die "no database: pass DATABASE_URL as an argument or set it in the environment"; }
case "$url" in
  postgres://* | postgresql://*) ;;
  *) die "DATABASE_URL must be a postgres:// or postgresql:// URL" ;;
esac

for tool in pg_dump pg_restore; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found: install the PostgreSQL client (e.g. apt-get install postgresql-client)"
done

if [ -z "$output" ]; then
  output="backups/community-connect-$(date -u +%Y%m%dT%H%M%SZ).dump"
fi
mkdir -p "$(dirname "$output")"
partial="${output}.partial"
trap 'rm -f "$partial"' EXIT

# No owners or grants: the archive restores under whatever role the target database uses.
pg_dump --dbname="$url" --format=custom --compress=6 --no-owner --no-privileges --file="$partial" \
  || die "pg_dump failed (is the server reachable, and pg_dump at least its major version?)"

# An archive that cannot be listed would fail on the day it is needed: check it now.
listing=$(pg_restore --list "$partial") || die "the archive just written cannot be read back"
entries=$(grep -c ' TABLE DATA ' <<<"$listing" || true)
[ "$entries" -gt 0 ] || die "the archive has no table data: refusing to keep it"
grep -q 'TABLE DATA public community_search_members ' <<<"$listing" \
  || echo "backup: warning: no search index table (community_search_members) in this database" >&2

mv "$partial" "$output"
trap - EXIT
if command -v sha256sum >/dev/null 2>&1; then
  (cd "$(dirname "$output")" && sha256sum "$(basename "$output")" >"$(basename "$output").sha256")
fi

size=$(wc -c <"$output" | tr -d ' ')
echo "backup: wrote $output ($size bytes, $entries tables with data)"
