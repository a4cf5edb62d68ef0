# Sourced by ./lagebild, ./run-tests and .ci/run: sets JAVA_HOME to a JDK >= 21.
# An explicitly set LAGEBILD_JAVA_HOME or JAVA_HOME wins when it is new enough; otherwise the newest
# JDK under /usr/lib/jvm is taken.
lagebild_java_major() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'; }

lagebild_find_jdk() {
  local home major best="" best_major=0
  for home in "${LAGEBILD_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
    [ -n "$home" ] && [ -x "$home/bin/javac" ] || continue
    major="$(lagebild_java_major "$home")"
    if [[ "$major" =~ ^[0-9]+$ ]] && [ "$major" -ge 21 ]; then echo "$home"; return 0; fi
  done
  for home in /usr/lib/jvm/*; do
    [ -x "$home/bin/javac" ] || continue
    major="$(lagebild_java_major "$home")"
    if [[ "$major" =~ ^[0-9]+$ ]] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  [ -n "$best" ] && echo "$best"
}

JAVA_HOME="$(lagebild_find_jdk || true)"
if [ -z "$JAVA_HOME" ]; then
  echo "lagebild: needs a JDK 21 or newer; none found in \$JAVA_HOME or /usr/lib/jvm." >&2
  echo "lagebild: install one (for example Temurin 21 or newer) and set JAVA_HOME." >&2
  exit 2
fi
export JAVA_HOME
