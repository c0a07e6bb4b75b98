#!/usr/bin/env bash
# Schemathesis against the running product (issue 15): a server with demo data on the embedded database, fuzzed
# from its own /api/openapi.json as anonymous, SME and curator. Passes only with 0 server errors and 0 responses
# that break their documented schema. About three minutes: FUZZ_SECONDS per role (default 45)
# plus start-up.
# Needs python3 with venv; the virtual environment is made under .cache/ once.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_ROLE="${FUZZ_SECONDS:-45}"
VENV="$PWD/.cache/fuzz-venv"
if [ ! -x "$VENV/bin/schemathesis" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check 'schemathesis==4.32.5'
fi

WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
export DATA_DIR="$WORK/data" PORT HOST=127.0.0.1 SERVE_CLIENT=false LOG_LEVEL=warn DEMO_SEED=true DEMO_SEED_SUPPLIERS=80 \
  AUTH_RATE_PER_IP=1000000 AUTH_RATE_PER_ACCOUNT=1000000 INQUIRIES_PER_DAY=10000 NODE_ENV=development
unset MONGODB_URI MEILI_URL SMTP_URL
PASSWORD='Fuzzing-the-harbour-ferry-42'
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Staff accounts exist only through the CLI (which also seeds the demo market into the fresh database).
npx tsx server/cli/user-create.ts --role curator --email curator@fuzz.example.hk --password "$PASSWORD" >/dev/null
npx tsx server/cli/user-create.ts --role admin --email admin@fuzz.example.hk --password "$PASSWORD" >/dev/null

# Node 24 from node_modules directly (not through npx), so that $SERVER_PID is the server and SIGTERM stops it.
node_modules/.bin/node --import tsx server/main.ts >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do curl -fs "$BASE/api/health" >/dev/null && break; sleep 1; done
curl -fs "$BASE/api/health" >/dev/null || { cat "$WORK/server.log"; echo "fuzz: the server did not start" >&2; exit 1; }

post() { curl -fs -X POST "$BASE$1" -H 'content-type: application/json' -d "$2"; }
token_of() { post /api/auth/login "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])'; }

# An SME registers like anyone; the admin reads the verification link from the development outbox.
post /api/auth/register "{\"email\":\"sme@fuzz.example.hk\",\"password\":\"$PASSWORD\",\"name\":\"Fuzz SME\",\"accountType\":\"sme\",\"organisationName\":\"Fuzz Trading\"}" >/dev/null
ADMIN="$(token_of admin@fuzz.example.hk)"
VERIFY="$(curl -fs "$BASE/api/admin/outbox?pageSize=10" -H "authorization: Bearer $ADMIN" |
  python3 -c 'import json, re, sys; print(next(re.search(r"verify-email#token=([A-Za-z0-9_-]+)", m["text"]).group(1) for m in json.load(sys.stdin)["items"] if m["to"] == "sme@fuzz.example.hk"))')"
post /api/auth/verify-email "{\"token\":\"$VERIFY\"}" >/dev/null
SME="$(token_of sme@fuzz.example.hk)"
CURATOR="$(token_of curator@fuzz.example.hk)"
for token in "$SME" "$CURATOR"; do curl -fs "$BASE/api/me" -H "authorization: Bearer $token" >/dev/null; done

# One worker: two threads crash CPython 3.11's ast.parse inside hypothesis ("AST constructor recursion depth
# mismatch"). The operation that would end the fuzzer's own session everywhere is left out.
fuzz() {
  local who="$1"
  shift
  echo "fuzz: as $who"
  # From the temporary folder: schemathesis keeps a .schemathesis/ cache in the working directory.
  (cd "$WORK" && "$VENV/bin/schemathesis" run "$BASE/api/openapi.json" --checks not_a_server_error,response_schema_conformance \
    --phases examples,coverage,fuzzing --max-time "$SECONDS_PER_ROLE" --workers 1 --seed 15 --request-timeout 20 \
    --exclude-path /api/me/sign-out-everywhere --suppress-health-check all --warnings off --report junit \
    --report-junit-path "$WORK/$who.xml" "$@")
}
status=0
fuzz anonymous || status=1
fuzz sme -H "Authorization: Bearer $SME" || status=1
fuzz curator -H "Authorization: Bearer $CURATOR" || status=1
if [ "$status" -ne 0 ]; then
  echo "fuzz: failures above; the server's log:" >&2
  tail -n 60 "$WORK/server.log" >&2
fi
exit "$status"
