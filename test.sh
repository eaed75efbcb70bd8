#!/usr/bin/env bash
# Builds the solution and runs every test project, one after another (they share 2 cores and some
# start real servers). Tests that need PostgreSQL or SMTP start private servers themselves.
# The last line is always "N passed, N failed", for people and for CI.
set -uo pipefail
cd "$(dirname "$0")"

passed=0
failed=0
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
  exit $?
}

# The Host tests start a private PostgreSQL server from Debian's packages; install them when missing.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "PostgreSQL server binaries missing: installing Debian's postgresql package"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
fi

# The web workspace tests drive a real Chromium (Playwright cannot download its own here); install Debian's when missing.
if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium missing: installing Debian's chromium package"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

if ! dotnet build Reporting.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "build failed"
  failed=1
  finish
fi

for project in tests/*/*.Tests.csproj; do
  echo "== $project"
  log=$(mktemp)
  dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee "$log"
  summary=$(grep -E '^(Passed|Failed)!' "$log" | tail -n 1)
  rm -f "$log"
  if [ -z "$summary" ]; then
    echo "!! $project produced no test summary (the test host crashed?)"
    failed=$((failed + 1))
    continue
  fi
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
  f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$summary")
  passed=$((passed + p))
  failed=$((failed + f))
done

finish
