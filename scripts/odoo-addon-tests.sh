#!/usr/bin/env bash
# Run the ferry addon's Odoo tests (odoo_addon/ferry/tests) against a real Odoo 18 source tree.
#
#   ODOO_SRC=/opt/odoo18-src scripts/odoo-addon-tests.sh
#
# Env: ODOO_SRC (required, else the script skips and says why), ODOO_CONF (odoo config with the
# database connection, default /tmp/odoo18.conf when it exists), ODOO_TEST_DB (default ferry_addon_ci,
# created on first use), ODOO_PYTHON (interpreter with Odoo's dependencies), ODOO_TEST_HTTP_PORT
# (default 8072, so a server on 8069 keeps running), ODOO_TEST_MODULES (extra modules to install).
# Exit: 0 all tests passed (or skipped), 1 a test failed / errored or our files logged a warning.
set -u
here="$(cd "$(dirname "$0")/.." && pwd)"

if [ -z "${ODOO_SRC:-}" ]; then
  echo "odoo-addon-tests: SKIPPED - ODOO_SRC is not set (path to an Odoo 18 source tree with odoo-bin);"
  echo "  the addon's static checks still run in 'npm run check:addon'. See docs/addon.md."
  exit 0
fi
if [ ! -f "$ODOO_SRC/odoo-bin" ]; then
  echo "odoo-addon-tests: FAILED - ODOO_SRC=$ODOO_SRC has no odoo-bin"
  exit 1
fi

python="${ODOO_PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c "import psycopg2, lxml, werkzeug" 2>/dev/null; then
      python="$candidate"; break
    fi
  done
fi
if [ -z "$python" ]; then
  echo "odoo-addon-tests: SKIPPED - no python3 with Odoo's dependencies (psycopg2, lxml, werkzeug); set ODOO_PYTHON"
  exit 0
fi

conf_args=()
conf="${ODOO_CONF:-}"
if [ -z "$conf" ] && [ -f /tmp/odoo18.conf ]; then conf=/tmp/odoo18.conf; fi
if [ -n "$conf" ]; then conf_args=(-c "$conf"); fi

addons_path="$ODOO_SRC/odoo/addons,$ODOO_SRC/addons,$here/odoo_addon"
db="${ODOO_TEST_DB:-ferry_addon_ci}"
modules="ferry${ODOO_TEST_MODULES:+,$ODOO_TEST_MODULES}"
log="$(mktemp -t ferry-odoo-tests.XXXXXX.log)"

echo "odoo-addon-tests: $ODOO_SRC, database $db, modules $modules (log: $log)"
"$python" "$ODOO_SRC/odoo-bin" "${conf_args[@]}" -d "$db" -i "$modules" --test-tags /ferry \
  --stop-after-init --addons-path="$addons_path" --http-port "${ODOO_TEST_HTTP_PORT:-8072}" \
  --without-demo=all --logfile="$log"
status=$?

summary="$(grep -E "odoo\.tests\.(result|stats)|post-tests|at_install-tests" "$log" | sed -E 's/^[0-9-]+ [0-9:,]+ [0-9]+ //')"
ours="$(grep -E " (WARNING|ERROR|CRITICAL) " "$log" | grep -E "odoo\.addons\.ferry|/odoo_addon/ferry/" || true)"
echo "$summary"
if [ -n "$ours" ]; then
  echo "odoo-addon-tests: warnings/errors from our files:"
  echo "$ours"
fi
if [ $status -ne 0 ] || ! grep -qE "odoo\.tests\.result: 0 failed, 0 error\(s\)" "$log" || [ -n "$ours" ]; then
  echo "odoo-addon-tests: FAILED (odoo-bin exit $status)"
  grep -E " (ERROR|CRITICAL) " "$log" | head -20
  exit 1
fi
echo "odoo-addon-tests: PASSED"
