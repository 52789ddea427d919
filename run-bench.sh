#!/usr/bin/env bash
# The core-count sweep: for each p, run the JMH benchmarks pinned to p CPUs, with p workers, and
# keep everything a person needs to trust and compare the numbers in a new run directory.
# Works with bash 3.2 (macOS) and up. `./run-bench.sh --help` says how to use it.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: ./run-bench.sh [options] [-- JMH options...]

Builds what is missing or stale, then runs the JMH benchmarks once per core count p, pinned to the
first p online CPUs, and writes results/<yyyyMMdd-HHmmss>-<host>/ with jmh-p<p>.csv for each p,
machine.properties and run.log.

options:
  --profile NAME    smoke (CI, about a minute), quick (default, minutes), full (hours)
  --cores LIST      core counts to sweep, e.g. 1,2,4 (default: 1, 2, 4, ... and the online CPU count)
  --bench REGEX     only benchmarks whose full name matches REGEX (JMH's rule), e.g. Pi or SquareMap
  --out DIR         the run directory to create (must not exist, or be empty)
  --jvm-args "ARGS" extra JVM options for the benchmark JVMs, e.g. "-Xmx8g"
  --verbose         show JMH's full output here as well as in run.log
  --dry-run         print the plan and its estimated duration, run nothing, create nothing
  --help            this text
  -- ...            everything after -- goes to JMH unchanged (e.g. -- -prof gc); -f, -wi, -w, -i
                    and -r there replace the profile's; -p, -rf, -rff, -jvmArgsAppend are the script's
EOF
}

die_usage() {
  echo "run-bench.sh: $*" >&2
  usage >&2
  exit 2
}

cd "$(dirname "$0")"
# JMH writes numbers in the default locale; the CSVs must read the same everywhere.
export LC_ALL=C
JAVA=java
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; fi
JAR=benchmarks/target/benchmarks.jar
REPORTS_JAR=reports/target/reports.jar
LOCALE_ARGS=(-Duser.language=en -Duser.country=US)
LOCALE="${LOCALE_ARGS[*]}"

# ---------------------------------------------------------------- profiles
# Fork and iteration settings: forks, warmup iterations, warmup ms, measured iterations, measured ms.
profile_timing() {
  case "$1" in
    smoke) echo "1 1 100 2 100" ;;
    quick) echo "1 2 250 3 400" ;;
    full)  echo "2 3 1000 5 1000" ;;
  esac
}

# Parameter values per profile, as Class:name=v1,v2. The @Param defaults in the code are the quick
# profile, so quick overrides nothing and running the jar by hand gives the same numbers.
profile_params() {
  case "$1" in
    smoke) echo "PiBenchmark:steps=1000000 PiBenchmark:partition=BLOCK SquareMapBenchmark:size=100000
                 PoolMapBenchmark:size=1000 PoolMapBenchmark:cost=100 KernelBenchmark:steps=1000000
                 LockScopeBenchmark:lock=UNFAIR LockScopeBenchmark:critical=0,50 LockScopeBenchmark:scope=PHASED
                 ProducerConsumerBenchmark:queue=ARRAY ProducerConsumerBenchmark:producers=1
                 ProducerConsumerBenchmark:consumers=1 ProducerConsumerBenchmark:capacity=1024
                 ProducerConsumerBenchmark:batch=10000 BarrierBenchmark:barrier=PHASER" ;;
    quick) echo "" ;;
    full)  echo "PiBenchmark:steps=1000000,100000000,1000000000 PiBenchmark:loop=NAIVE,TUNED
                 SquareMapBenchmark:size=1000,10000,100000,1000000,10000000,100000000
                 PoolMapBenchmark:size=100,1000,10000,100000 PoolMapBenchmark:cost=0,100,10000
                 PoolMapBenchmark:chunk=0,1 KernelBenchmark:steps=1000000,100000000,1000000000
                 LockScopeBenchmark:critical=0,10,25,50,75,100 LockScopeBenchmark:tokens=2000,20000
                 LockScopeBenchmark:scope=PHASED,INTERLEAVED
                 ProducerConsumerBenchmark:producers=1,2,4 ProducerConsumerBenchmark:consumers=1,2,4
                 ProducerConsumerBenchmark:capacity=1,16,1024 ProducerConsumerBenchmark:batch=1,100,10000" ;;
  esac
}

# ---------------------------------------------------------------- arguments
profile=quick
cores=""
cores_given=false
bench="."
out=""
jvm_args=""
verbose=false
dry_run=false
jmh_extra=()

need_value() {
  if [ "$2" -lt 2 ]; then die_usage "$1 needs a value"; fi
}

while [ $# -gt 0 ]; do
  case "$1" in
    --profile)  need_value "$1" $#; profile=$2; shift 2 ;;
    --cores)    need_value "$1" $#; cores=$2; cores_given=true; shift 2 ;;
    --bench)    need_value "$1" $#; bench=$2; shift 2 ;;
    --out)      need_value "$1" $#; out=$2; shift 2 ;;
    --jvm-args) need_value "$1" $#; jvm_args=$2; shift 2 ;;
    --verbose)  verbose=true; shift ;;
    --dry-run)  dry_run=true; shift ;;
    -h|--help)  usage; exit 0 ;;
    --)         shift; jmh_extra=("$@"); break ;;
    *)          die_usage "unknown option '$1'" ;;
  esac
done

case "$profile" in
  smoke|quick|full) ;;
  *) die_usage "unknown profile '$profile' (smoke, quick or full)" ;;
esac
if [ -z "$bench" ]; then die_usage "--bench needs a non-empty regex"; fi

# ---------------------------------------------------------------- CPUs
# The CPUs this process may run on, one per line: the affinity list where taskset can read it
# (a container or a cgroup may allow fewer than are online), else the online list.
allowed_cpus() {
  local list=""
  if command -v taskset >/dev/null 2>&1; then
    list=$(taskset -pc $$ 2>/dev/null | sed 's/.*: *//') || list=""
  fi
  if [ -z "$list" ] && [ -r /sys/devices/system/cpu/online ]; then
    list=$(cat /sys/devices/system/cpu/online)
  fi
  if [ -n "$list" ]; then
    echo "$list" | awk -F, '{ for (i = 1; i <= NF; i++) { n = split($i, r, "-");
      if (n == 2) { for (c = r[1]; c <= r[2]; c++) print c } else print r[1] } }'
  else
    local count
    count=$(getconf _NPROCESSORS_ONLN 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo 1)
    awk -v n="$count" 'BEGIN { for (c = 0; c < n; c++) print c }'
  fi
}

cpu_ids=$(allowed_cpus)
cpu_count=$(echo "$cpu_ids" | wc -l | tr -d ' ')

if ! $cores_given; then
  cores=1
  c=2
  while [ "$c" -lt "$cpu_count" ]; do cores="$cores,$c"; c=$((c * 2)); done
  if [ "$cpu_count" -gt 1 ]; then cores="$cores,$cpu_count"; fi
fi
case ",$cores," in
  *,,*) die_usage "--cores '$cores' has an empty entry" ;;
esac
core_list=$(echo "$cores" | tr ',' ' ')
if [ -z "${core_list// /}" ]; then die_usage "--cores needs at least one core count"; fi
for p in $core_list; do
  case "$p" in
    ''|*[!0-9]*|0*) die_usage "core count '$p' is not a positive integer" ;;
  esac
  if [ "$p" -gt "$cpu_count" ]; then
    die_usage "core count $p is more than the $cpu_count CPUs this machine lets us use"
  fi
done
cores=$(echo "$core_list" | tr ' ' ',')

host=$( (hostname -s 2>/dev/null || uname -n) | sed 's/\..*//; s/[^A-Za-z0-9_-]/_/g')
if [ -n "$out" ]; then
  if [ -e "$out" ] && { [ ! -d "$out" ] || [ -n "$(ls -A "$out")" ]; }; then
    die_usage "--out $out exists and is not an empty directory"
  fi
fi

# ---------------------------------------------------------------- build
# Stale: any source or pom newer than the jar.
needs_build() {
  if [ ! -f "$JAR" ] || [ ! -f "$REPORTS_JAR" ]; then return 0; fi
  local paths=() path
  for path in pom.xml core benchmarks reports; do
    if [ -e "$path" ]; then paths+=("$path"); fi
  done
  [ -n "$(find "${paths[@]}" -type f -newer "$JAR" \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) \
          -not -path '*/target/*' 2>/dev/null | head -n 1)" ]
}

if needs_build; then
  echo "building (./mvnw -B -q -DskipTests package) ..."
  ./mvnw -B -q -DskipTests package
fi
if [ ! -f "$JAR" ]; then
  echo "run-bench.sh: the build did not produce $JAR" >&2
  exit 1
fi

plan() {
  "$JAVA" "${LOCALE_ARGS[@]}" -cp "$JAR" dev.speedup.benchmarks.SweepPlan "$@"
}

# ---------------------------------------------------------------- plan
read -r forks wi w_ms mi r_ms <<EOF
$(profile_timing "$profile")
EOF
overrides=$(profile_params "$profile")
# JMH refuses an option given twice: one after -- replaces the profile's.
jmh_timing=()
for pair in "-f $forks" "-wi $wi" "-w ${w_ms}ms" "-i $mi" "-r ${r_ms}ms"; do
  option=${pair%% *}
  given=false
  for arg in ${jmh_extra[@]+"${jmh_extra[@]}"}; do
    if [ "$arg" = "$option" ]; then given=true; fi
  done
  if ! $given; then jmh_timing+=("$option" "${pair#* }"); fi
done
# Seconds one parameter combination takes: per fork a JVM start (about a second with setup) plus
# the iterations. Only an a-priori estimate; the progress lines rescale it by what was measured.
config_ms=$(( forks * (1000 + wi * w_ms + mi * r_ms) ))

step_p=()
step_class=()
step_include=()
step_configs=()
step_strategies=()
for p in $core_list; do
  strategies=$(plan strategies "$p")
  # shellcheck disable=SC2086 # overrides is a list of words
  lines=$(plan steps "$p" "$bench" strategy="$strategies" $overrides) || exit 2
  while IFS="$(printf '\t')" read -r class include configs; do
    if [ -z "$class" ]; then continue; fi
    step_p+=("$p")
    step_class+=("$class")
    step_include+=("$include")
    step_configs+=("$configs")
    step_strategies+=("$strategies")
  done <<EOF
$lines
EOF
done
steps=${#step_p[@]}
if [ "$steps" -eq 0 ]; then die_usage "--bench '$bench' matches no benchmark"; fi

fmt_duration() { # seconds → 45s, 3m05s, 2h10m
  local s=$1
  if [ "$s" -lt 60 ]; then printf '%ds' "$s"
  elif [ "$s" -lt 3600 ]; then printf '%dm%02ds' $((s / 60)) $((s % 60))
  else printf '%dh%02dm' $((s / 3600)) $((s % 3600 / 60)); fi
}

total_configs=0
for c in "${step_configs[@]}"; do total_configs=$((total_configs + c)); done
estimate_s=$(( total_configs * config_ms / 1000 ))

if $dry_run; then
  echo "profile $profile, cores $cores: $steps steps, $total_configs parameter combinations, about $(fmt_duration "$estimate_s")"
  i=0
  while [ "$i" -lt "$steps" ]; do
    echo "  p=${step_p[$i]} ${step_class[$i]}: ${step_configs[$i]} combinations"
    i=$((i + 1))
  done
  exit 0
fi

# ---------------------------------------------------------------- run directory
if [ -z "$out" ]; then
  out="results/$(date +%Y%m%d-%H%M%S)-$host"
  while [ -e "$out" ]; do sleep 1; out="results/$(date +%Y%m%d-%H%M%S)-$host"; done
fi
mkdir -p "$out"
run=$out
log="$run/run.log"
parts="$run/.parts"
mkdir -p "$parts"
: >"$log"

# ---------------------------------------------------------------- machine.properties
pinning=none
if command -v taskset >/dev/null 2>&1; then pinning=taskset; fi

lscpu_field() { LC_ALL=C lscpu 2>/dev/null | awk -F: -v k="$1" '$1 == k { sub(/^[ \t]+/, "", $2); print $2; exit }'; }

cpu_model=""; cpu_sockets=""; cpu_per_socket=""; cpu_threads=""; memory=""; os_name=""
case "$(uname -s)" in
  Linux)
    cpu_model=$(lscpu_field "Model name")
    if [ -z "$cpu_model" ]; then
      cpu_model=$(awk -F: '/^model name/ { sub(/^[ \t]+/, "", $2); print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
    fi
    cpu_sockets=$(lscpu_field "Socket(s)")
    cpu_per_socket=$(lscpu_field "Core(s) per socket")
    cpu_threads=$(lscpu_field "Thread(s) per core")
    memory=$(awk '/^MemTotal:/ { printf "%.0f", $2 * 1024 }' /proc/meminfo 2>/dev/null || true)
    # shellcheck source=/dev/null
    os_name=$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-}") || os_name=""
    ;;
  Darwin)
    cpu_model=$(sysctl -n machdep.cpu.brand_string 2>/dev/null || true)
    cpu_sockets=$(sysctl -n hw.packages 2>/dev/null || true)
    physical=$(sysctl -n hw.physicalcpu 2>/dev/null || echo 0)
    logical=$(sysctl -n hw.logicalcpu 2>/dev/null || echo 0)
    if [ "${cpu_sockets:-0}" -gt 0 ] 2>/dev/null; then cpu_per_socket=$((physical / cpu_sockets)); fi
    if [ "$physical" -gt 0 ]; then cpu_threads=$((logical / physical)); fi
    memory=$(sysctl -n hw.memsize 2>/dev/null || true)
    os_name="macOS $(sw_vers -productVersion 2>/dev/null || true)"
    ;;
esac
cpu_cores=""
if [ -n "$cpu_sockets" ] && [ -n "$cpu_per_socket" ]; then cpu_cores=$((cpu_sockets * cpu_per_socket)); fi
if [ -z "$os_name" ]; then os_name=$(uname -s); fi
java_props=$(plan java)
java_prop() { echo "$java_props" | sed -n "s/^$1=//p"; }

git_commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
git_dirty=unknown
if [ "$git_commit" != unknown ]; then
  if [ -n "$(git status --porcelain 2>/dev/null)" ]; then git_dirty=true; else git_dirty=false; fi
fi
# What every benchmark JVM of a step at p cores gets (machine.properties records it with p as <p>).
fork_args() { printf '%s' "-XX:ActiveProcessorCount=$1 $LOCALE${jvm_args:+ $jvm_args}"; }
start_time=$(date -u +%Y-%m-%dT%H:%M:%SZ)
end_time=""
interrupted=false

prop() { printf '%s=%s\n' "$1" "$(printf '%s' "$2" | sed 's/\\/\\\\/g')"; }

# The reports module reads exactly these keys; rewritten whole at the start and at the end.
write_properties() {
  {
    echo "# speedup run: the machine and build behind the CSVs beside this file"
    prop host "$host"
    prop cpu.model "$cpu_model"
    prop cpu.sockets "$cpu_sockets"
    prop cpu.cores "$cpu_cores"
    prop cpu.threadsPerCore "$cpu_threads"
    prop cpu.online "$cpu_count"
    prop memory.total "$memory"
    prop os.name "$os_name"
    prop os.kernel "$(uname -r)"
    prop java.vendor "$(java_prop java.vendor)"
    prop java.version "$(java_prop java.version)"
    prop java.vm "$(java_prop java.vm)"
    prop jvm.args "$(fork_args '<p>')"
    prop pinning "$pinning"
    prop git.commit "$git_commit"
    prop git.dirty "$git_dirty"
    prop profile "$profile"
    prop cores "$cores"
    prop start "$start_time"
    prop end "$end_time"
    prop interrupted "$interrupted"
  } >"$run/machine.properties.tmp"
  mv "$run/machine.properties.tmp" "$run/machine.properties"
}
write_properties

# Records the end (or the interruption) and drops the per-class CSV parts already merged.
finish_run() {
  end_time=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  write_properties
  rm -rf "$parts"
}

# ---------------------------------------------------------------- reports hook
# Switch-on point for the reports module: once reports/target/reports.jar exists, every run ends
# with its report. Until then, say where the CSVs are.
run_report() {
  if [ -f "$REPORTS_JAR" ]; then
    "$JAVA" "${LOCALE_ARGS[@]}" -jar "$REPORTS_JAR" report "$run"
  else
    echo "the report (speedup tables and charts in $run/report/) arrives with the reports module;"
    echo "until then the CSVs above are the results."
  fi
}

# ---------------------------------------------------------------- interrupt
jmh_pid=""

# Stops a JMH run's whole process group: the JMH JVM, its forks and any worker JVMs they started.
stop_group() {
  local pgid=$1 waited=0
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  while kill -0 -- "-$pgid" 2>/dev/null && [ "$waited" -lt 50 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}

on_interrupt() {
  trap '' INT TERM
  echo >&2
  echo "interrupted: stopping JMH and every JVM it started ..." >&2
  if [ -n "$jmh_pid" ]; then stop_group "$jmh_pid"; fi
  interrupted=true
  finish_run
  local kept="" csv
  for csv in "$run"/jmh-p*.csv; do
    if [ -f "$csv" ]; then kept="$kept ${csv##*/}"; fi
  done
  echo "kept in $run:${kept:- no finished CSV,} machine.properties (interrupted=true), run.log" >&2
  exit 130
}
# With job control on (below), Ctrl-C goes to the terminal's foreground job, which is usually the
# watchdog's sleep, not this shell: the job dies of SIGINT and set -e ends the script with its
# status. An exit by a signal's status is the interrupt it is, so clean up the same way.
on_exit() {
  local status=$?
  if [ "$status" -gt 128 ] && ! $interrupted; then on_interrupt; fi
}
trap on_interrupt INT TERM
trap on_exit EXIT

# ---------------------------------------------------------------- sweep
pin_warned=false
# Job control gives each JMH run its own process group, so an interrupt can stop all of it.
set -m

echo "profile $profile, cores $cores: $steps steps, $total_configs parameter combinations, about $(fmt_duration "$estimate_s") (estimate)"
echo "results: $run"
sweep_start=$(date +%s)
done_ms=0
failed_steps=""
i=0
while [ "$i" -lt "$steps" ]; do
  p=${step_p[$i]}
  class=${step_class[$i]}
  elapsed=$(( $(date +%s) - sweep_start ))
  left_ms=$(( (total_configs * config_ms) - done_ms ))
  if [ "$done_ms" -gt 0 ] && [ "$elapsed" -gt 0 ]; then
    left_s=$(( left_ms * elapsed / done_ms ))
  else
    left_s=$(( left_ms / 1000 ))
  fi
  echo "[$((i + 1))/$steps] p=$p $class  $(fmt_duration "$elapsed") elapsed, ~$(fmt_duration "$left_s") left"

  pin=()
  if [ "$pinning" = taskset ]; then
    pin=(taskset -c "$(echo "$cpu_ids" | head -n "$p" | paste -sd, -)")
  elif ! $pin_warned; then
    echo "warning: taskset not found: runs are not pinned; each JVM is still told it has p CPUs" >&2
    pin_warned=true
  fi
  params=()
  for o in $overrides; do
    case "$o" in "$class":*) params+=(-p "${o#*:}") ;; esac
  done
  if [ "$p" -gt 1 ]; then params+=(-p "strategy=${step_strategies[$i]}"); fi
  part="$parts/p$p-$class.csv"
  cmd=(${pin[@]+"${pin[@]}"} "$JAVA" "${LOCALE_ARGS[@]}" -jar "$JAR" "${step_include[$i]}"
       -p "parallelism=$p" ${params[@]+"${params[@]}"} ${jmh_timing[@]+"${jmh_timing[@]}"}
       -jvmArgsAppend "$(fork_args "$p")"
       -rf csv -rff "$part" ${jmh_extra[@]+"${jmh_extra[@]}"})
  echo "### $(date -u +%Y-%m-%dT%H:%M:%SZ) step $((i + 1))/$steps p=$p $class: ${cmd[*]}" >>"$log"
  log_before=$(wc -c <"$log")
  if $verbose; then
    ("${cmd[@]}" </dev/null 2>&1 | tee -a "$log") &
  else
    ("${cmd[@]}" </dev/null >>"$log" 2>&1) &
  fi
  jmh_pid=$!
  # Watchdog: a benchmark that deadlocks would hang the sweep forever (JDK 17.0.15's ForkJoinPool
  # did, before core worked around JDK-8330017), and JMH's own timeout does not fire while a
  # warm-up call is stuck.
  limit_s=$(( step_configs[i] * config_ms * 4 / 1000 ))
  if [ "$limit_s" -lt "${RUN_BENCH_MIN_STEP_LIMIT:-120}" ]; then limit_s=${RUN_BENCH_MIN_STEP_LIMIT:-120}; fi
  step_start=$(date +%s)
  timed_out=false
  while kill -0 "$jmh_pid" 2>/dev/null; do
    if [ $(( $(date +%s) - step_start )) -gt "$limit_s" ]; then
      timed_out=true
      stop_group "$jmh_pid"
      break
    fi
    sleep 1
  done
  status=0
  wait "$jmh_pid" || status=$?
  jmh_pid=""
  if $timed_out; then
    echo "  p=$p $class: still running after $(fmt_duration "$limit_s"), 4 times its estimate: stopped (hung?); see $log" >&2
    printf "\n### step %s stopped by run-bench.sh after %ss\n" "$((i + 1))" "$limit_s" >>"$log"
  fi
  if tail -c +"$((log_before + 1))" "$log" | grep -q 'Unable to acquire the JMH lock'; then
    # Two JMH runs at once would spoil each other's numbers; JMH refuses, and so does the sweep.
    echo "run-bench.sh: another JMH run holds its lock (/tmp/jmh.lock): wait for it to finish, then run again" >&2
    finish_run
    exit 1
  fi
  if [ "$status" -ne 0 ] || tail -c +"$((log_before + 1))" "$log" | grep -q '<failure>'; then
    echo "  p=$p $class: a benchmark failed (exit $status); see $log" >&2
    failed_steps="$failed_steps p=$p:$class"
  fi
  # Merge after every step, so an interrupted sweep keeps each class already finished.
  set -- "$parts"/p"$p"-*.csv
  if [ -f "$1" ]; then
    "$JAVA" "${LOCALE_ARGS[@]}" -cp "$JAR" dev.speedup.benchmarks.CsvMerge "$run/jmh-p$p.csv" "$@"
  fi
  done_ms=$(( done_ms + step_configs[i] * config_ms ))
  i=$((i + 1))
done
set +m

finish_run
echo "done in $(fmt_duration $(( $(date +%s) - sweep_start ))): $run"
for csv in "$run"/jmh-p*.csv; do
  if [ -f "$csv" ]; then echo "  $csv ($(($(wc -l <"$csv") - 1)) rows)"; fi
done
echo "  $run/machine.properties, $log"
run_report
if [ -n "$failed_steps" ]; then
  echo "run-bench.sh: failing benchmarks in:$failed_steps (see $log)" >&2
  exit 1
fi
