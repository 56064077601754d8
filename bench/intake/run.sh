#!/usr/bin/env bash
# Intake load run: POST /api/v1/notifications on PostgreSQL against a bare single-row insert in the same host.
# Needs PostgreSQL (as .ci/run starts it; MC_TEST_POSTGRES to point elsewhere) and wrk (apt-get install wrk).
# Usage: bench/intake/run.sh [seconds=20] [connections=8]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-8}
port=5090

dotnet build -c Release bench/MissingChildren.Benchmarks -v q -nologo >/dev/null
fifo=$(mktemp -u); mkfifo "$fifo"
dotnet bench/MissingChildren.Benchmarks/bin/Release/net10.0/MissingChildren.Benchmarks.dll serve --port $port < "$fifo" > /tmp/mc-bench-host.log 2>&1 &
host=$!
exec 3>"$fifo"
trap 'exec 3>&-; wait $host 2>/dev/null || true; rm -f "$fifo"' EXIT
for _ in $(seq 1 60); do grep -q '^listening' /tmp/mc-bench-host.log 2>/dev/null && break; sleep 1; done
url=$(grep '^listening' /tmp/mc-bench-host.log | awk '{print $2}' | sed 's/localhost/127.0.0.1/')
key=$(grep '^api-key' /tmp/mc-bench-host.log | awk '{print $2}')

run() {
  local name=$1 path=$2
  API_KEY=$key wrk -t2 -c"$connections" -d"${seconds}s" -s bench/intake/post.lua "$url$path" | tee "/tmp/mc-bench-$name.txt" >&2
  local rps p95
  rps=$(grep '^Requests/sec' "/tmp/mc-bench-$name.txt" | awk '{print $2}')
  p95=$(grep '^p95_ms' "/tmp/mc-bench-$name.txt" | awk '{print $2}')
  echo "$name $rps $p95"
}

echo "warming up" >&2
API_KEY=$key wrk -t1 -c2 -d3s -s bench/intake/post.lua "$url/api/v1/notifications" >/dev/null
bare=$(run bare /bench/bare-insert)
intake=$(run intake /api/v1/notifications)
read -r _ bare_rps bare_p95 <<<"$bare"
read -r _ intake_rps intake_p95 <<<"$intake"
echo
printf '%-28s %12s %10s\n' endpoint requests/s p95_ms
printf '%-28s %12s %10s\n' "bare single-row insert" "$bare_rps" "$bare_p95"
printf '%-28s %12s %10s\n' "POST /api/v1/notifications" "$intake_rps" "$intake_p95"
awk -v a="$intake_rps" -v b="$bare_rps" 'BEGIN { printf "intake throughput is %.2f of the bare insert (ratio %.1fx slower)\n", a/b, b/a }'
