#!/usr/bin/env bash
# Installs the pgvector extension into the local PostgreSQL server when it is missing.
# Debian bookworm's PostgreSQL packages do not ship pgvector for every major version,
# so it is built from Debian trixie's source package against the installed server headers.
# Idempotent: does nothing when `CREATE EXTENSION vector` already has its files.
# PGVECTOR_SKIP_SERVER_CHECK=1 installs without trying the extension on a running server (an image build).
set -euo pipefail

PG_HOST="${PGHOST:-127.0.0.1}"
PG_USER="${PGUSER:-postgres}"

if ! command -v pg_config >/dev/null 2>&1 && [ ! -d /usr/lib/postgresql ]; then
  echo "install-pgvector: no PostgreSQL installation found" >&2
  exit 1
fi

PG_MAJOR="${PG_MAJOR:-$(ls /usr/lib/postgresql | sort -n | tail -1)}"
PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config"
SHAREDIR="$("$PG_CONFIG" --sharedir 2>/dev/null || echo "/usr/share/postgresql/${PG_MAJOR}")"

if [ -f "${SHAREDIR}/extension/vector.control" ]; then
  echo "install-pgvector: pgvector already installed for PostgreSQL ${PG_MAJOR}"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
SRC_LIST=/etc/apt/sources.list.d/pgvector-trixie-src.list
if [ ! -f "$SRC_LIST" ]; then
  echo "deb-src http://deb.debian.org/debian trixie main" > "$SRC_LIST"
fi

apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  "postgresql-server-dev-${PG_MAJOR}" build-essential dpkg-dev ca-certificates >/dev/null

WORKDIR="$(mktemp -d)"
trap 'rm -rf "$WORKDIR"' EXIT
cd "$WORKDIR"
apt-get source -qq pgvector >/dev/null 2>&1 || apt-get source pgvector
SRC_DIR="$(find . -maxdepth 1 -type d -name 'pgvector-*' | head -1)"
if [ -z "$SRC_DIR" ]; then
  echo "install-pgvector: apt-get source pgvector produced no source tree" >&2
  exit 1
fi
cd "$SRC_DIR"
# OPTFLAGS="" avoids -march=native so the build runs on any x86_64 CPU CI lands on.
make -s PG_CONFIG="$PG_CONFIG" OPTFLAGS=""
make -s PG_CONFIG="$PG_CONFIG" install

if [ "${PGVECTOR_SKIP_SERVER_CHECK:-0}" != 1 ] && command -v psql >/dev/null 2>&1; then
  psql -h "$PG_HOST" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qc \
    "CREATE EXTENSION IF NOT EXISTS vector; SELECT extversion FROM pg_extension WHERE extname = 'vector';" \
    || { echo "install-pgvector: installed but CREATE EXTENSION failed" >&2; exit 1; }
fi
echo "install-pgvector: pgvector installed for PostgreSQL ${PG_MAJOR}"
