#!/usr/bin/env bash
# Rebuild cityaid/web/static/vendor/ from the pinned npm lock file (cityaid/web/vendor/package-lock.json).
# The copied files are committed, so users and CI never need npm; run this only to change versions,
# then update cityaid/web/static/vendor/VENDORED.md.
set -euo pipefail
cd "$(dirname "$0")/../cityaid/web/vendor"
npm ci --ignore-scripts --no-audit --no-fund
out=../static/vendor
mkdir -p "$out"
cp node_modules/d3-array/dist/d3-array.min.js "$out/d3-array.min.js"
cp node_modules/d3-geo/dist/d3-geo.min.js "$out/d3-geo.min.js"
cp node_modules/topojson-client/dist/topojson-client.min.js "$out/topojson-client.min.js"
cp node_modules/world-atlas/countries-110m.json "$out/countries-110m.json"
for p in d3-array d3-geo topojson-client world-atlas; do
  cp "node_modules/$p/LICENSE" "$out/LICENSE.$p"
done
rm -rf node_modules
(cd "$out" && sha256sum d3-array.min.js d3-geo.min.js topojson-client.min.js countries-110m.json)
