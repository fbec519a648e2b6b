#!/bin/sh
# Cold start, JVM start to first open+close done, against the C stand-in: wlanapi4j against
# jna-platform's WlanApi.INSTANCE, runs alternating, median of each. Run after
#   mvn -B -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
# Usage: src/bench/cold-start.sh [RUNS] [extra JVM options...]
set -eu
runs=${1:-21}
[ $# -gt 0 ] && shift
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
time_ms() {
  start=$(date +%s%N)
  java "$@" -Djna.library.path=target/standin -cp "$cp" io.github.wlanapi4j.ColdStart "$path"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
for i in $(seq "$runs"); do
  for path in wlanapi4j jna-platform; do
    echo "$path $(time_ms "$@")"
  done
done | awk '{ t[$1] = t[$1] " " $2 } END { for (p in t) print p t[p] }' | while read -r path times; do
  median=$(echo "$times" | tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "$path: median $median ms over $runs runs"
done
