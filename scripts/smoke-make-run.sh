#!/usr/bin/env bash
# Runs the real `make run` (no copy of its steps), waits for the home page to be
# served, checks the printed admin login works, then stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SMOKE_PORT:-8765}
log=$(mktemp)
env -u DATABASE_URL setsid make run PORT="$port" >"$log" 2>&1 &
pid=$!
cleanup() { kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 600); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/en/"; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "make run exited early"; exit 1; fi
    sleep 1
done
for lang in en fr es ar; do
    # Read the whole page first: `curl | grep -q` fails under pipefail when grep stops early.
    page=$(curl -fsS "http://127.0.0.1:$port/$lang/")
    grep -q "<html lang=\"$lang\"" <<<"$page" || { cat "$log"; echo "/$lang/ not served"; exit 1; }
done
grep -E "Login: +admin / " "$log" >/dev/null || { cat "$log"; echo "no admin login printed"; exit 1; }
password=$(sed -nE 's/.*Login: +admin \/ (.*)$/\1/p' "$log" | head -n1)
jar=$(mktemp)
curl -fsS -c "$jar" -b "$jar" -o /dev/null "http://127.0.0.1:$port/admin/login/"
csrf=$(awk '$6=="csrftoken"{print $7}' "$jar")
status=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    -H "Referer: http://127.0.0.1:$port/admin/login/" \
    --data-urlencode "csrfmiddlewaretoken=$csrf" --data-urlencode "username=admin" \
    --data-urlencode "password=$password" "http://127.0.0.1:$port/admin/login/")
case "$status" in
    "302 http://127.0.0.1:$port/admin/") echo "make run: site served in 4 languages, admin login works" ;;
    *) cat "$log"; echo "admin login failed: $status"; exit 1 ;;
esac
