#!/usr/bin/env bash
# Try a built or installed Cordée through its console command: a new practice with generated patients, then
# `cordee smoke --all-screens` (every screen of the feature registry, the indicators chart included) and one
# printed medication plan (PDF/A), the patient's FHIR summary written and read back (preview), the exchange card
# (JSON, PDF) added as a partner of a second practice (keys, JWK: joserfc). The same on Linux,
# Windows (Git Bash) and macOS.
# Usage: bash installer/smoke_bundle.sh CORDEE_COMMAND [WORK_DIR]
#   QT_QPA_PLATFORM: offscreen unless set; SMOKE_PATIENTS: generated patients (default 2000)
set -euo pipefail
cli="$1"
work="${2:-$(mktemp -d)}"
mkdir -p "$work"
pass="$work/smoke.pass"
echo "bundle smoke test passphrase (test value) $$" > "$pass"
db="$work/smoke.db"
rm -f "$db" "$db.cordee-keys.json"
"$cli" init --db "$db" --passphrase-file "$pass" >/dev/null
"$cli" demo-data --db "$db" --passphrase-file "$pass" --patients "${SMOKE_PATIENTS:-2000}" --seed 5
# Qt's offscreen platform warns once per window about size hints: its messages are shown only on failure.
out="$("$cli" smoke --all-screens --db "$db" --passphrase-file "$pass" 2>"$work/smoke.err")" \
    || { cat "$work/smoke.err" >&2; exit 1; }
head -1 <<<"$out"
tail -1 <<<"$out"
case "$out" in ready_ms=*) ;; *) echo "smoke failed" >&2; exit 1 ;; esac
pid="$("$cli" patients --db "$db" --passphrase-file "$pass" --limit 1 | cut -f1)"
"$cli" export medication-plan --db "$db" --passphrase-file "$pass" --patient "$pid" --out "$work/plan.pdf"
test -s "$work/plan.pdf" && echo "medication plan printed ($(wc -c < "$work/plan.pdf") bytes)"
"$cli" export fhir --db "$db" --passphrase-file "$pass" --patient "$pid" --out "$work/summary.json"
"$cli" import fhir "$work/summary.json" --db "$db" --passphrase-file "$pass" >"$work/fhir-preview.txt"
print="$("$cli" exchange card --db "$db" --passphrase-file "$pass" --out "$work/card.json" | grep '^fingerprint' | cut -f2)"
"$cli" exchange card --db "$db" --passphrase-file "$pass" --out "$work/card.pdf" --lang de >/dev/null
peer="$work/peer.db"
rm -f "$peer" "$peer.cordee-keys.json"
"$cli" init --db "$peer" --passphrase-file "$pass" >/dev/null
"$cli" exchange partner add "$work/card.json" --db "$peer" --passphrase-file "$pass" --fingerprint "$print" | grep -q '^added'
echo "exchange card written (JSON, PDF) and added as a partner of another practice"
echo "FHIR summary written and read back ($(wc -c < "$work/summary.json") bytes, preview $(wc -l < "$work/fhir-preview.txt") lines)"
