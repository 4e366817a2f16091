#!/usr/bin/env bash
# The cluster test: a real single-node Slurm cluster (Debian's slurm-wlm and munge), started
# here in a private folder with its own munge key, ports and state, fills the feature cache
# through `transferlab-cli slurm --submit`; then a second array is cancelled half-way and
# resubmitted. Where Slurm cannot start, the test fails with the reason: it never passes by
# skipping. It stops the daemons it started, whatever happens.
#
# usage: run-slurm-test.sh TRANSFERLAB_CLI TL_MAKE_FIXTURES
set -euo pipefail
cli=$1
make_fixtures=$2
# The tasks' logs are read below ("features: N computed"): the CLI's English, whatever the locale.
export LC_ALL=C

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
log() { echo "== $*"; }

source "$(dirname "$0")/single-node-cluster.sh"
log "starting munge and Slurm"
start_slurm_cluster
echo "in $work"

json_field() { sed -n "s/.*\"$1\":\(\"[^\"]*\"\|[0-9]*\).*/\1/p" | tr -d '"'; }

log "a generated dataset of 40 images and seeded weights"
"$make_fixtures" dataset "$work/data" 20 64 11 >/dev/null
"$make_fixtures" weights "$work/vgg16.h5" 3 >/dev/null
settings=(--data "$work/data" --weights "$work/vgg16.h5" --precision fp32)

log "array 1: 4 tasks through transferlab-cli slurm --submit"
submitted=$("$cli" slurm "${settings[@]}" --cache-dir "$work/cache" --image-size 64 --tasks 4 --cpus-per-task 1 \
  --out "$work/fill.sbatch" --submit --json)
echo "$submitted"
job=$(echo "$submitted" | json_field job_id)
[ -n "$job" ] || fail "no job id in: $submitted"
wait_for_job "$job" COMPLETED
status=$("$cli" cache status "${settings[@]}" --cache-dir "$work/cache" --image-size 64 --shards 4 --verify --json)
echo "$status"
[ "$(echo "$status" | json_field cached)" = 40 ] && [ "$(echo "$status" | json_field total)" = 40 ] ||
  fail "cache status after the array: $status"
trained=$("$cli" train "${settings[@]}" --cache-dir "$work/cache" --image-size 64 --epochs 2 \
  --out "$work/model.tlmodel" --json)
[ "$(echo "$trained" | json_field features_computed)" = 0 ] || fail "the training computed features: $trained"
echo "training afterwards: features_computed 0, features_from_cache $(echo "$trained" | json_field features_from_cache)"

log "array 2: cancelled half-way, then resubmitted"
big=(--cache-dir "$work/cache2" --image-size 128 --augment dihedral)
submitted=$("$cli" slurm "${settings[@]}" "${big[@]}" --tasks 4 --cpus-per-task 1 --out "$work/fill2.sbatch" \
  --submit --json)
job=$(echo "$submitted" | json_field job_id)
for _ in $(seq 1200); do
  [ -n "$(find "$work/cache2" -name '*.feat' 2>/dev/null | head -n 1)" ] && break
  sleep 0.1
done
scancel "$job"
wait_for_job "$job" CANCELLED
status=$("$cli" cache status "${settings[@]}" "${big[@]}" --shards 4 --verify --json)
echo "after scancel: $status"
cached=$(echo "$status" | json_field cached)
[ "$(echo "$status" | json_field damaged)" = 0 ] || fail "damaged entries after scancel: $status"
[ "$cached" -ge 1 ] && [ "$cached" -lt 40 ] || fail "the cancel did not land half-way ($cached of 40 cached)"
submitted=$("$cli" slurm "${settings[@]}" "${big[@]}" --tasks 4 --cpus-per-task 1 --out "$work/fill2.sbatch" \
  --submit --json)
job=$(echo "$submitted" | json_field job_id)
wait_for_job "$job" COMPLETED
status=$("$cli" cache status "${settings[@]}" "${big[@]}" --shards 4 --verify --json)
echo "after resubmitting: $status"
[ "$(echo "$status" | json_field cached)" = 40 ] && [ "$(echo "$status" | json_field damaged)" = 0 ] ||
  fail "the resubmitted array left the cache incomplete: $status"
computed=0
for f in "$work"/fill2-"$job"_*.log; do
  n=$(sed -n 's/.*features: \([0-9]*\) computed.*/\1/p' "$f")
  computed=$((computed + ${n:-0}))
done
[ "$computed" = $((40 - cached)) ] || fail "the resubmitted array computed $computed features, not the $((40 - cached)) missing"
echo "the resubmitted array computed the $computed missing features"
leftovers=$(find "$work/cache2" -name '*.tmp-*' | wc -l)
[ "$leftovers" = 0 ] || fail "$leftovers temporary files left in the cache"

log "sbatch's refusal is reported"
set +e
refused=$("$cli" slurm "${settings[@]}" --cache-dir "$work/cache" --tasks 2 --partition no-such-partition \
  --out "$work/refused.sbatch" --submit 2>&1)
code=$?
set -e
echo "$refused"
[ "$code" = 1 ] && echo "$refused" | grep -q "^error: sbatch refused the job: .*invalid partition" ||
  fail "a refused submission gave exit code $code: $refused"

log "PASS"
