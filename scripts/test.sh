#!/usr/bin/env bash
# Set up everything the test suite needs and run it. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
# The browser test drives Debian's chromium through Playwright (never `playwright install`).
# A CJK font makes its screenshots (test-artifacts/) readable; the test does not depend on it.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
fi
# The Spark job's tests run PySpark (the test extra) in local mode, which needs Java 17+: Debian's default JRE.
if ! command -v java >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null
fi
# PostgreSQL: with no CITYAID_TEST_PG_URL configured, start a throwaway server (installing the
# Debian package if needed) so the suite runs on both backends; it is stopped and removed at exit.
if [ -z "${CITYAID_TEST_PG_URL:-}" ] && [ "${CITYAID_TEST_NO_PG:-}" != "1" ]; then
  eval "$(bash scripts/pg_throwaway.sh start)"
  trap 'bash scripts/pg_throwaway.sh stop "$CITYAID_PG_DIR"' EXIT
  echo "testing against a throwaway PostgreSQL: $CITYAID_TEST_PG_URL" >&2
fi
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure" >&2
  exit 1
fi
exit "$rc"
