#!/bin/sh
# Cold start of the command line: `java -jar <cli jar> bss --simulated` against a bare JVM's hello
# world, runs alternating, median of each, and the ratio; also with an AppCDS archive (JDK 13+)
# and, where a JDK 25 is given, with its AOT cache (JEP 483). Run after `mvn -B package`.
# Usage (from the repository root): wlanapi4j-cli/src/bench/cli-cold-start.sh [RUNS] [JDK25_HOME]
set -eu
runs=${1:-11}
jdk25=${2:-}
jar=$(ls wlanapi4j-cli/target/wlanapi4j-cli-*.jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
javac -d "$work" "$work/Hello.java"
java -XX:ArchiveClassesAtExit="$work/cli.jsa" -jar "$jar" bss --simulated > /dev/null 2>&1
if [ -n "$jdk25" ]; then
  "$jdk25/bin/java" -XX:AOTCacheOutput="$work/cli.aot" -jar "$jar" bss --simulated > /dev/null 2>&1
fi
time_ms() {
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
for i in $(seq "$runs"); do
  echo "hello $(time_ms java -cp "$work" Hello)"
  echo "cli $(time_ms java -jar "$jar" bss --simulated)"
  echo "cli+appcds $(time_ms java -XX:SharedArchiveFile="$work/cli.jsa" -jar "$jar" bss --simulated)"
  if [ -n "$jdk25" ]; then
    echo "hello-jdk25 $(time_ms "$jdk25/bin/java" -cp "$work" Hello)"
    echo "cli-jdk25 $(time_ms "$jdk25/bin/java" -jar "$jar" bss --simulated)"
    echo "cli-jdk25+aot $(time_ms "$jdk25/bin/java" -XX:AOTCache="$work/cli.aot" -jar "$jar" bss --simulated)"
  fi
done | awk '{ t[$1] = t[$1] " " $2 } END { for (p in t) print p t[p] }' | sort | while read -r path times; do
  median=$(echo "$times" | tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "$path $median"
done | awk '{ m[$1] = $2; print $1 ": median " $2 " ms" }
  END { printf "ratios: cli %.1fx, cli+appcds %.1fx the bare JVM", m["cli"] / m["hello"], m["cli+appcds"] / m["hello"];
        if (m["hello-jdk25"]) printf "; JDK 25: cli %.1fx, cli+aot %.1fx", m["cli-jdk25"] / m["hello-jdk25"], m["cli-jdk25+aot"] / m["hello-jdk25"];
        print "" }'
