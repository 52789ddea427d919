#!/usr/bin/env bash
# The core-count sweep's launcher: find a JDK, build the jars when missing or stale, then hand over
# to the sweep command in benchmarks.jar (dev.speedup.benchmarks.sweep.Sweep), which does the rest.
# `./run-bench.sh --help` says how to use it. Works with bash 3.2 (macOS) and up.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
JAVA=java
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; fi
if ! command -v "$JAVA" >/dev/null 2>&1; then
  echo "run-bench.sh: no java on the PATH and no JAVA_HOME: install a JDK 17 or newer" >&2
  exit 1
fi
JAR="$here/benchmarks/target/benchmarks.jar"

# Stale: a jar missing, or any source, resource or pom newer than the benchmarks jar.
needs_build() {
  if [ ! -f "$JAR" ] || [ ! -f "$here/reports/target/reports.jar" ]; then return 0; fi
  [ -n "$(cd "$here" && find pom.xml core benchmarks reports -type f -newer "$JAR" \
          \( -name '*.java' -o -name '*.py' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) \
          -not -path '*/target/*' 2>/dev/null | head -n 1)" ]
}

if needs_build; then
  echo "building (./mvnw -B -q -DskipTests package) ..."
  (cd "$here" && ./mvnw -B -q -DskipTests package)
fi

# The user's directory stays the working directory: a relative --out is relative to it.
exec "$JAVA" -Duser.language=en -Duser.country=US -Dspeedup.home="$here" \
  -cp "$JAR" dev.speedup.benchmarks.sweep.Sweep "$@"
