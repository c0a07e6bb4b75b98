#!/usr/bin/env bash
# The Meilisearch part of CI: starts the Meilisearch 1.50 kept in ../shared/meilisearch on loopback (a free port,
# a temporary data folder, a random master key) and runs, against it, the search contract and the API tests of
# search, matching, listing, reindexing, outages and curation (profiles and cards from the engine's copies); then
# prints the judged-set evaluation on both engines.
# Without that binary there is nothing to run: exit 0.
set -euo pipefail
cd "$(dirname "$0")/.."

# .ci/run, testing a clone in a temporary folder, names the archive beside the repository.
archive=${MEILI_ARCHIVE:-../shared/meilisearch/meilisearch.xz}
if [ ! -f "$archive" ]; then
  echo "test-meili: no $archive, Meilisearch tests not run"
  exit 0
fi

dir=$(mktemp -d)
pid=
# Stops the server it started (by its process id) and keeps the tests' exit status, not the stopped server's.
cleanup() {
  local status=$?
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$dir"
  exit "$status"
}
trap cleanup EXIT

xz -dc "$archive" > "$dir/meilisearch"
chmod +x "$dir/meilisearch"
port=$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
key=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
"$dir/meilisearch" --db-path "$dir/data.ms" --http-addr "127.0.0.1:$port" --master-key "$key" --no-analytics >"$dir/log" 2>&1 &
pid=$!
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$dir/log" >&2; exit 1; }
  sleep 0.2
done

export MEILI_URL="http://127.0.0.1:$port" MEILI_KEY="$key" MEILI_BIN="$dir/meilisearch"
npx vitest run \
  test/search/meili.test.ts test/search/meili-parts.test.ts \
  test/server/search.test.ts test/server/needs.test.ts test/server/suppliers.test.ts test/server/search-outage.test.ts \
  test/server/curation.test.ts \
  "$@"

# Search quality on the judged set (issue 22): a report, printed for both engines.
npm run -s eval:match -- --engine embedded
npm run -s eval:match -- --engine meili
