#!/usr/bin/env bash
# Checks what policygraph needs on this machine and says plainly what is missing and how to get it.
# Exit status: 0 when everything needed is there, 1 otherwise. Usage: bash scripts/check-prerequisites.sh [--no-browser]
set -u
missing=0
ok() { printf '  ok       %s\n' "$1"; }
bad() { printf '  MISSING  %s\n           %s\n' "$1" "$2"; missing=1; }

node_ok=$(node -p 'const [a, b] = process.versions.node.split(".").map(Number); a > 20 || (a === 20 && b >= 19) ? 1 : 0' 2>/dev/null || echo 0)
if [ "$node_ok" = 1 ]; then ok "Node.js $(node -v)"; else bad "Node.js 20.19 or newer (found $(node -v 2>/dev/null || echo none))" "Install Node.js 20 LTS or newer (https://nodejs.org) and re-run."; fi

if [ -n "${NEO4J_URI:-}" ]; then
  ok "NEO4J_URI is set ($NEO4J_URI): the built-in Neo4j (Java, Maven) is not needed"
else
  java_ok=0
  candidates=()
  [ -n "${NEO4J_JAVA_HOME:-}" ] && candidates+=("$NEO4J_JAVA_HOME/bin/java")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  for j in "${candidates[@]}" /usr/lib/jvm/*17*/bin/java /usr/lib/jvm/*21*/bin/java java; do
    v=$("$j" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
    if [ "$v" = 17 ] || [ "$v" = 21 ]; then ok "Java $v ($j)"; java_ok=1; break; fi
  done
  [ "$java_ok" = 1 ] || bad "JDK 17" "Debian/Ubuntu: apt-get install openjdk-17-jdk-headless (or set NEO4J_URI to an existing Neo4j)."
  if command -v mvn >/dev/null 2>&1; then ok "Maven $(mvn -v 2>/dev/null | head -n1 | sed 's/\x1b\[[0-9;]*m//g' | awk '{print $3}')"
  else bad "Maven" "Debian/Ubuntu: apt-get install maven (it resolves Neo4j from Maven Central on first use)."; fi
fi

if [ "${1:-}" != "--no-browser" ]; then
  if [ -x /usr/bin/chromium ]; then ok "Chromium (end-to-end tests): $(/usr/bin/chromium --version 2>/dev/null)"
  else bad "Chromium (only for the end-to-end tests)" "bash scripts/install-chromium.sh (Debian's chromium package)."; fi
fi
exit $missing
