#!/usr/bin/env bash
# Lighthouse (performance, accessibility, best practices, SEO) for the relation, country and
# search pages, desktop and mobile, against a running public site (pnpm start; BASE defaults to
# http://127.0.0.1:3000). Lighthouse is fetched by npx at its pinned version rather than kept in
# the workspace: it is a measuring tool run by hand on a quiet machine, not a dependency of the
# product or of CI. Uses Debian's Chromium (CHROME_PATH).
set -euo pipefail
BASE="${BASE:-http://127.0.0.1:3000}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="$(mktemp -d)"
printf '| page | form factor | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- | --- |\n'
for page in "relations/azerbaijan-canada" "countries/azerbaijan" "search?q=trade"; do
  for form in desktop mobile; do
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    npx -y lighthouse@13.5.0 "$BASE/$page" "${preset[@]}" --quiet --output=json --output-path="$out/r.json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1
    node -e '
      const r = require(process.argv[1]);
      const s = (k) => Math.round(r.categories[k].score * 100);
      console.log(`| /${process.argv[2]} | ${process.argv[3]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
    ' "$out/r.json" "$page" "$form"
  done
done
rm -rf "$out"
