#!/usr/bin/env bash
# Runs the W3C SPARQL 1.1 Protocol tests against a throwaway RegGraph (its own temp data folder,
# --sparql-update, --no-samples, a free loopback port) and fails when fewer than MIN_PROTOCOL Protocol tests
# pass (Fuseki 5.6.0 passes 33 of 34 with the same runner) or fewer than MIN_GSP Graph Store Protocol tests
# (RegGraph passes 13 of 13, Fuseki 8). Also reports, without failing, the Service Description score.
# Needs java, node/npm and ../shared; skips when shared is absent.
#   src/test/w3c/run-w3c-suite.sh   # uses target/reggraph.jar (built when missing); REGGRAPH_SHARED=dir overrides ../shared
set -euo pipefail
cd "$(dirname "$0")/../../.."
REPO=$PWD
SHARED=${REGGRAPH_SHARED:-$REPO/../shared}
SUITE=$(cd "$SHARED" 2>/dev/null && pwd || echo "$SHARED")/benchmarks/w3c-sparql11
MIN_PROTOCOL=${MIN_PROTOCOL:-33}
MIN_GSP=${MIN_GSP:-13}
if [ ! -d "$SUITE/sparql/sparql11" ]; then
  echo "w3c suite: skipped, $SUITE is not on this machine"
  exit 0
fi
[ -f target/reggraph.jar ] || mvn -B -q package -DskipTests

# npm installs outside the read-only shared folder, with the pins of the suite's package.json.
WORK=$REPO/target/w3c
mkdir -p "$WORK"
cp "$SUITE/package.json" "$SUITE/engine-stub.js" "$WORK/"
if [ ! -x "$WORK/node_modules/.bin/rdf-test-suite" ]; then
  (cd "$WORK" && npm install --no-audit --no-fund --loglevel=error)
fi

DATA=$(mktemp -d)
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
java -jar target/reggraph.jar serve --data "$DATA" --port "$PORT" --sparql-update --no-samples \
  > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.5
done

EP="http://127.0.0.1:$PORT/sparql"
M="http://w3c.github.io/rdf-tests/sparql/sparql11/~$SUITE/sparql/sparql11/"
ALL=http://w3c.github.io/rdf-tests/sparql/sparql11/manifest-all.ttl
run() { # name, then the runner's arguments
  local name=$1; shift
  (cd "$WORK" && npx rdf-test-suite ./engine-stub.js "$@" -m "$M" -d 10000 -o summary -e) > "$WORK/$name.txt" 2>&1 || true
  local score
  score=$(grep -Eo '[0-9]+ / [0-9]+ tests succeeded' "$WORK/$name.txt" | tail -1 || true)
  echo "w3c $name: ${score:-no summary, see $WORK/$name.txt}" >&2
  echo "$score" | awk '{print $1}'
}
protocol=$(run protocol "$ALL" -s http://www.w3.org/TR/sparql11-protocol/ -i "{\"protocolEndpoint\":\"$EP\"}")
run service-description "$ALL" -s http://www.w3.org/TR/sparql11-service-description/ \
  -i "{\"serviceDescriptionEndpoint\":\"$EP\"}" >/dev/null
gsp=$(run graph-store-protocol http://w3c.github.io/rdf-tests/sparql/sparql11/graph-store-protocol/manifest.ttl \
  -i "{\"graphStoreEndpoint\":\"$EP\"}")

if [ -z "$protocol" ] || [ "$protocol" -lt "$MIN_PROTOCOL" ]; then
  echo "w3c protocol: ${protocol:-0} passed, fewer than $MIN_PROTOCOL; failures:" >&2
  grep -E '✖|failed' "$WORK/protocol.txt" | head -40 >&2 || true
  exit 1
fi
if [ -z "$gsp" ] || [ "$gsp" -lt "$MIN_GSP" ]; then
  echo "w3c graph-store-protocol: ${gsp:-0} passed, fewer than $MIN_GSP; failures:" >&2
  grep -E '✖|failed' "$WORK/graph-store-protocol.txt" | head -40 >&2 || true
  exit 1
fi
