#!/usr/bin/env bash
# The whole benchmark in one command, from a fresh clone with only a JDK 17 and Maven:
# builds the server jar and bench/target/scribe-bench.jar (with the server's classes, for JMH)
# in one reactor, and runs it. Arguments go to the benchmark:
#   bench/run.sh                          2,000 generated notes, every figure, JMH
#   bench/run.sh --quick                  200 notes, fewer samples, no JMH (about a minute)
#   bench/run.sh --count 25000 --no-jmh   the size issue 6 targets
#   bench/run.sh --help                   every option
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Pbench -DskipTests package -pl bench -am
exec java -jar bench/target/scribe-bench.jar "$@"
