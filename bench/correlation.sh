#!/usr/bin/env bash
#
# Correlation at scale, on this machine: the index holds MENTIONS entity mentions (default 1,000,000)
# across six countries with realistic collisions, then
#   - REPORTS reports of 20 entities each are written and published (publication correlates them):
#     the publish call's time, p50 / p99, against the same number of reports naming nothing;
#   - SUBJECTS subjects with two phones each are added through the case service, whose outbox feeds
#     the index: the rate at which they are created and at which the index has taken them all.
#
#   bench/correlation.sh       prints the figures and writes them as JSON to bench/results/
#
# Runs its own suite (bin/suite up) on ports 28080-28083 (management 29080-29083) with its own
# databases (SUITE_DB_SUFFIX=_corr), so that neither a suite you have up nor its data is touched, and
# stops it at the end. Seeding: the mentions are written with SQL (as case records of subjects of
# 500 cases), skewed so that a few values are held thousands of times (over the cut-off: they must
# cost no more than the others) and most once or a few times. A fifth of them are persons' names, drawn
# (skewed too) from NAMES distinct names of the six countries made of their commonest name parts, half
# of the Thai, Lao, Chinese and Burmese ones in their own script (bench/NamePool.java, which computes
# their keys as the intel service does): blocks of similar names fill up as in real files.
#
# Environment: MENTIONS (1000000) NAMES (20000) REPORTS (200) SUBJECTS (1000) SKIP_BUILD=1; DB_* as for bin/suite.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ROOT
cd "$ROOT"
# shellcheck source=../bin/lib/postgres.sh
source "$ROOT/bin/lib/postgres.sh"

MENTIONS=${MENTIONS:-1000000}
NAMES=${NAMES:-20000}
REPORTS=${REPORTS:-200}
SUBJECTS=${SUBJECTS:-1000}
export GATEWAY_PORT=28080 CASE_PORT=28081 INTEL_PORT=28082 TASKFORCE_PORT=28083
export GATEWAY_MANAGEMENT_PORT=29080 CASE_MANAGEMENT_PORT=29081 INTEL_MANAGEMENT_PORT=29082 TASKFORCE_MANAGEMENT_PORT=29083
export SUITE_DB_SUFFIX=_corr
export GATEWAY_RATE_LIMIT_RPS=1000000 GATEWAY_RATE_LIMIT_BURST=1000000 OUTBOX_RELAY_EVERY=1s
INTEL=http://127.0.0.1:$INTEL_PORT
CASE=http://127.0.0.1:$CASE_PORT
RESULTS_DIR=$ROOT/bench/results
WORK=$(mktemp -d)

say() { printf '==> %s\n' "$*" >&2; }
calc() { awk "BEGIN { print $1 }"; }
cleanup() {
  bin/suite down >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in curl jq psql; do
  command -v "$tool" >/dev/null 2>&1 || { say "installing $tool"; apt-get install -y -q "$([[ $tool == psql ]] && echo postgresql-client || echo "$tool")" >/dev/null; }
done

say "starting the suite on $GATEWAY_PORT with databases *_corr"
bin/suite up >/dev/null
pg_choose_admin
sql() { pg_admin_psql -d "mekong_intel_corr" -v ON_ERROR_STOP=1 -Atq -c "$1"; }
case_sql() { pg_admin_psql -d "mekong_case_corr" -v ON_ERROR_STOP=1 -Atq -c "$1"; }

say "seeding $MENTIONS mentions"
seed_started=$(date +%s.%N)
# the names' keys as the intel service computes them, from the classes bin/suite up has just built
(cd "$ROOT" && ./mvnw -B -q -pl common-web dependency:build-classpath -Dmdep.outputFile="$WORK/cp" >/dev/null)
java -cp "$ROOT/common-web/target/classes:$(cat "$WORK/cp")" "$ROOT/bench/NamePool.java" "$NAMES" >"$WORK/names.tsv"
PERSONS=$((MENTIONS / 5))
IDENTIFIERS=$((MENTIONS - PERSONS))
sql "delete from correlation_hit; delete from mention;
     drop table if exists bench_name_pool; create table bench_name_pool (n serial primary key, value text, match_key text, block_key text);"
pg_admin_psql -d "mekong_intel_corr" -v ON_ERROR_STOP=1 -q -c "\\copy bench_name_pool (value, match_key, block_key) from '$WORK/names.tsv'"
# type by i mod 10: 6 phones, 2 plates, 1 document, 1 account; the country by i mod 6; the number
# skewed (random()^3): small numbers are held by very many records, most numbers by one or a few
sql "insert into mention (id, source, case_id, record_type, record_id, agency, position, type, value, country, match_key)
     select gen_random_uuid(), 'CASE', md5('case' || (i / 2000))::uuid, 'subject', md5('record' || (i / 20))::uuid,
            c.agency, i % 20, t.type, 'bench ' || n, c.country, k.key
     from generate_series(0, $IDENTIFIERS - 1) as g(i)
     -- (i in the expression: otherwise PostgreSQL draws the random number once for all rows)
     cross join lateral (select floor(power(random(), 3) * 2000000 + 0 * i)::bigint as n) as r
     cross join lateral (select (array['VN-C04','TH-ONCB','LA-MPS','KH-NACD','MM-CCDAC','CN-NNCC'])[1 + i % 6] as agency,
                                (array['VN','TH','LA','KH','MM','CN'])[1 + i % 6] as country,
                                (array['84','66','856','855','95','86'])[1 + i % 6] as dial) as c
     cross join lateral (select (array['PHONE','PHONE','PHONE','PHONE','PHONE','PHONE','VEHICLE_PLATE','VEHICLE_PLATE',
                                       'IDENTITY_DOCUMENT','BANK_ACCOUNT'])[1 + i % 10] as type) as t
     cross join lateral (select case t.type
              when 'PHONE' then 'PHONE|+' || c.dial || (800000000 + n)
              when 'VEHICLE_PLATE' then 'VEHICLE_PLATE|' || c.country || ':' || n
              when 'IDENTITY_DOCUMENT' then 'IDENTITY_DOCUMENT|' || c.country || n
              else 'BANK_ACCOUNT|' || c.country || n end as key) as k;
     insert into mention (id, source, case_id, record_type, record_id, agency, position, type, value, country, match_key, block_key, birth_year)
     select gen_random_uuid(), 'CASE', md5('pcase' || (i / 500))::uuid, 'subject', md5('person' || i)::uuid,
            c.agency, 0, 'PERSON', p.value, c.country, p.match_key, p.block_key, 1950 + (i * 7) % 55
     from generate_series(0, $PERSONS - 1) as g(i)
     cross join lateral (select 1 + floor(power(random(), 2) * $NAMES + 0 * i)::int as n) as r
     join bench_name_pool p on p.n = r.n
     cross join lateral (select (array['VN-C04','TH-ONCB','LA-MPS','KH-NACD','MM-CCDAC','CN-NNCC'])[1 + i % 6] as agency,
                                (array['VN','TH','LA','KH','MM','CN'])[1 + i % 6] as country) as c;
     analyze mention;"
seed_seconds=$(calc "$(date +%s.%N) - $seed_started")
held=$(sql "select count(*) from mention")
distinct=$(sql "select count(distinct match_key) from mention")
hot=$(sql "select count(*) from (select match_key from mention group by match_key having count(distinct record_id) > 20) h")
persons=$(sql "select count(*) from mention where type = 'PERSON'")
full_blocks=$(sql "select count(*) from (select block_key from mention where type = 'PERSON' group by block_key having count(*) > 200) b")
say "index: $held mentions ($persons persons' names), $distinct distinct values, $hot held by more than 20 records, $full_blocks name blocks over 200 (seeded in ${seed_seconds%.*} s)"

TH=$(bin/suite token --officer th-bench --agency TH-ONCB --country TH --roles analyst)
VN=$(bin/suite token --officer vn-bench --agency VN-C04 --country VN --roles investigator,supervisor)

# one report: 20 entities, or none. 16 Thai mobiles of the seeded kind: 4 very common (over the
# cut-off), 4 drawn where the seed holds a value once or a few times, 8 new to the index; and 4 persons'
# names from the pool: one of the commonest (its block over 200), two of the rest with a year of birth
# (their blocks scored), one the index has never seen.
report_body() {
  local with=$1 k entities='[]'
  if ((with)); then
    local warm common rare1 rare2
    warm=$(printf '%s,' $((RANDOM % 48000 + 2000)) $((RANDOM % 48000 + 2000)) $((RANDOM % 48000 + 2000)) $((RANDOM % 48000 + 2000)))
    common=$(sed -n "$((RANDOM % 3 + 1))p" "$WORK/names.tsv" | cut -f1)
    rare1=$(sed -n "$((RANDOM % (NAMES - 2000) + 2000))p" "$WORK/names.tsv" | cut -f1)
    rare2=$(sed -n "$((RANDOM % (NAMES - 2000) + 2000))p" "$WORK/names.tsv" | cut -f1)
    entities=$(jq -nc --arg run "$RANDOM$RANDOM" --argjson warm "[${warm%,}]" --arg common "$common" --arg rare1 "$rare1" \
      --arg rare2 "$rare2" --argjson year $((1950 + RANDOM % 55)) '
      [range(0;4)  | {type:"PHONE", value:("+66" + ((800000001 + .) | tostring))}] +
      [$warm[] | {type:"PHONE", value:("+66" + ((800000000 + .) | tostring))}] +
      [range(0;8) | {type:"PHONE", value:("+66 9" + (($run + (. | tostring)) | .[-8:]))}] +
      [{type:"PERSON", value:$common}, {type:"PERSON", value:$rare1, birthYear:$year}, {type:"PERSON", value:$rare2, birthYear:$year},
       {type:"PERSON", value:("Bench Person " + $run)}]')
  fi
  jq -nc --argjson entities "$entities" '{title:"Bench report", body:"Numbers seen at the crossing.", sourceReliability:"B",
    informationCredibility:2, tlp:"AMBER", handling:"H2", entities:$entities}'
}

publish_times() {
  local with=$1 out=$2 i id
  : >"$out"
  for ((i = 0; i < REPORTS; i++)); do
    id=$(curl -sf -H "Authorization: Bearer $TH" -H 'Content-Type: application/json' -d "$(report_body "$with")" \
      "$INTEL/api/intel/reports" | jq -r .id)
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TH" -H 'Content-Type: application/json' \
      -H 'If-Match: "0"' -d '{"status":"PUBLISHED"}' "$INTEL/api/intel/reports/$id/transitions" >>"$out"
  done
}

percentile() { sort -n "$1" | awk -v p="$2" '{a[NR]=$1} END {i=int(NR*p/100); if (i<1) i=1; if (i>NR) i=NR; printf "%.1f", a[i]*1000}'; }

# a freshly started JVM compiles as it goes: 50 reports of each kind first, not measured
say "warming up: 50 reports naming nothing, 50 naming 20 entities (not measured)"
REPORTS=50 publish_times 0 "$WORK/warm"
REPORTS=50 publish_times 1 "$WORK/warm"
say "publishing $REPORTS reports naming nothing (baseline), then $REPORTS naming 20 entities"
publish_times 0 "$WORK/plain"
publish_times 1 "$WORK/twenty"
plain_p50=$(percentile "$WORK/plain" 50)
plain_p99=$(percentile "$WORK/plain" 99)
twenty_p50=$(percentile "$WORK/twenty" 50)
twenty_p99=$(percentile "$WORK/twenty" 99)
# (the warm-up's hits included)
hits=$(sql "select count(*) from correlation_hit")
say "publish: none p50 ${plain_p50} ms p99 ${plain_p99} ms; 20 entities p50 ${twenty_p50} ms p99 ${twenty_p99} ms ($hits hits raised)"

say "adding $SUBJECTS subjects with two phones each through the case service"
CASE_ID=$(curl -sf -H "Authorization: Bearer $VN" -H 'Content-Type: application/json' \
  -d "{\"title\":\"Bench ingest\",\"priority\":\"LOW\",\"tlp\":\"AMBER\",\"openedOn\":\"$(date -u +%F)\",\"participatingAgencies\":[]}" \
  "$CASE/api/cases" | jq -r .id)
ingest_started=$(date +%s.%N)
# eight at a time, as several investigators (or a national system) would
export VN CASE CASE_ID
seq 0 $((SUBJECTS - 1)) | xargs -P 8 -I{} bash -c 'curl -sf -o /dev/null -H "Authorization: Bearer $VN" -H "Content-Type: application/json" \
    -d "{\"fullName\":\"Bench person {}\",\"nationality\":\"VN\",\"role\":\"COURIER\",\"status\":\"WANTED\",\"phones\":[\"09$(printf %08d $((RANDOM * 3 + {})))\",\"+66 8$(printf %08d $(({} * 7)))\"]}" \
    "$CASE/api/cases/$CASE_ID/subjects"'
created_seconds=$(calc "$(date +%s.%N) - $ingest_started")
for ((wait = 0; wait < 600; wait++)); do
  pending=$(case_sql "select count(*) from outbox where delivered_at is null and destination = 'case-record'")
  ((pending == 0)) && break
  sleep 0.2
done
delivered_seconds=$(calc "$(date +%s.%N) - $ingest_started")
taken=$(sql "select count(*) from case_record where case_id = '$CASE_ID'")
taken_mentions=$(sql "select count(*) from mention where case_id = '$CASE_ID'")
created_rate=$(calc "int($SUBJECTS / $created_seconds)")
delivered_rate=$(calc "int($taken / $delivered_seconds)")
say "ingest: $SUBJECTS created at $created_rate/s; the index had taken $taken of them after ${delivered_seconds%.*} s ($delivered_rate records/s, $taken_mentions mentions: each subject's name and two phones)"

mkdir -p "$RESULTS_DIR"
out="$RESULTS_DIR/correlation-$(date -u +%Y%m%dT%H%M%SZ).json"
jq -n --argjson held "$held" --argjson distinct "$distinct" --argjson hot "$hot" --argjson reports "$REPORTS" \
  --argjson persons "$persons" --argjson names "$NAMES" --argjson fullBlocks "$full_blocks" \
  --argjson p50 "$plain_p50" --argjson p99 "$plain_p99" --argjson t50 "$twenty_p50" --argjson t99 "$twenty_p99" \
  --argjson hits "$hits" --argjson subjects "$SUBJECTS" --argjson taken "$taken" --argjson takenMentions "$taken_mentions" \
  --argjson createdRate "$created_rate" --argjson deliveredRate "$delivered_rate" \
  '{index: {mentions: $held, distinctValues: $distinct, valuesOverCutOff: $hot, personsNames: $persons, distinctNames: $names,
            nameBlocksOver200: $fullBlocks},
    publish: {reports: $reports, namingNothing: {p50Ms: $p50, p99Ms: $p99}, naming20: {p50Ms: $t50, p99Ms: $t99},
              addedByCorrelation: {p50Ms: ($t50 - $p50), p99Ms: ($t99 - $p99)}, hitsRaised: $hits},
    ingest: {subjects: $subjects, takenByIndex: $taken, mentionsTaken: $takenMentions, createdPerSecond: $createdRate,
             takenPerSecond: $deliveredRate},
    target: {p99MsPerReportOf20: 50, met: ($t99 < 50)}}' | tee "$out"
say "written to ${out#"$ROOT"/}"
