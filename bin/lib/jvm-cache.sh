# Sourced by bin/naver-sms (after java-home.sh, with $root set). `jvm_cache JAR CLASSPATH COMMAND`
# fills jvm_cache_opts with JVM options that keep start-up work from one run to the next:
#  - an AOT cache per command (run, plan, validate, compare, config, demo): the classes that command
#    loads, parsed and linked ahead of time (JDK 25+, JEP 483/514);
#  - sqlite-jdbc's native library, extracted once (else the driver copies it to /tmp every start).
# Files live in app/target/jvm-cache beside the jar, else $XDG_CACHE_HOME/naver-sms, else nowhere
# (the JVM runs as before); NAVER_SMS_JVM_CACHE=off disables it, =DIR puts it elsewhere. Names carry
# a checksum of the jar's size and time, the JDK's path and the class path, so a rebuilt jar or
# another JDK starts afresh (older files are deleted). A cache is written under a temporary name and
# renamed: a file that a running JVM has mapped is never rewritten. Delete the folder to retrain.
jvm_cache_opts=()

jvm_cache() {
  local jar="$1" classpath="$2" command="$3" dir="" d stamp key
  [ "${NAVER_SMS_JVM_CACHE:-}" = off ] && return 0
  for d in "${NAVER_SMS_JVM_CACHE:-$(dirname "$jar")/jvm-cache}" "${XDG_CACHE_HOME:-$HOME/.cache}/naver-sms"; do
    if mkdir -p "$d" 2>/dev/null && [ -w "$d" ]; then dir="$d"; break; fi
  done
  [ -n "$dir" ] || return 0
  stamp=$(stat -c '%s-%Y' "$jar" 2>/dev/null || stat -f '%z-%m' "$jar" 2>/dev/null) || return 0
  key=$(printf '%s %s %s' "$JAVA_HOME" "$stamp" "$classpath" | cksum | cut -d' ' -f1)
  jvm_cache_forget_others "$dir" "$key"
  jvm_cache_sqlite "$jar" "$dir/sqlite-$key"
  case "$command" in
    run | plan | validate | compare | config | demo) jvm_cache_archive "$classpath" "$dir/$command-$key" ;;
  esac
}

# Archives and libraries of other jars or JDKs (tens of MB each).
jvm_cache_forget_others() {
  local f
  for f in "$1"/*; do
    case "$f" in *"-$2"*) ;; "$1/*") ;; *) rm -rf "$f" 2>/dev/null || true ;; esac
  done
}

# JDK 25+: the first run records (-XX:AOTMode=record, a little slower at exit), the next
# one builds the cache from that record before it starts (~2 s once, output discarded), then every
# run maps it. JDK 21-24 get no archive.
jvm_cache_archive() {
  local classpath="$1" base="$2" rec pid
  [ "$(java_major "$JAVA_HOME")" -ge 25 ] || return 0
  # silent, and the one line a recording JVM prints at exit goes to stderr: stdout stays the CLI's
  jvm_cache_opts+=("-Xlog:aot*=off" "-Xlog:cds*=off" -XX:+DisplayVMOutputToStderr)
  for rec in "$base".rec.*; do
    pid="${rec##*.}"
    case "$pid" in '' | *[!0-9]*) continue ;; esac
    [ -e "$rec" ] || continue
    if kill -0 "$pid" 2>/dev/null; then # still recording
      [ -e "$base.aot" ] && continue
      return 0
    fi
    if [ ! -e "$base.aot" ]; then
      "$JAVA_HOME/bin/java" @"$root/bin/lib/naver-sms.jvmopts" "${jvm_cache_opts[@]}" \
        -XX:AOTMode=create -XX:AOTConfiguration="$rec" -XX:AOTCache="$base.aot.$$" -cp "$classpath" \
        </dev/null >/dev/null 2>&1 && mv -f "$base.aot.$$" "$base.aot"
    fi
    rm -f "$rec" "$base.aot.$$"
  done
  if [ -e "$base.aot" ]; then
    jvm_cache_opts+=("-XX:AOTCache=$base.aot")
  else
    jvm_cache_opts+=(-XX:AOTMode=record "-XX:AOTConfiguration=$base.rec.$$") # exec keeps $$
  fi
}

jvm_cache_sqlite() {
  local jar="$1" lib="$2" os arch name
  if [ ! -d "$lib" ]; then
    case "$(uname -s)" in
      Linux) os=Linux; name=libsqlitejdbc.so
        if ldd --version 2>&1 | grep -qi musl; then os=Linux-Musl; fi ;;
      Darwin) os=Mac; name=libsqlitejdbc.dylib ;;
      *) return 0 ;;
    esac
    case "$(uname -m)" in
      x86_64 | amd64) arch=x86_64 ;;
      aarch64 | arm64) arch=aarch64 ;;
      *) return 0 ;;
    esac
    command -v unzip >/dev/null 2>&1 || return 0
    mkdir -p "$lib.$$" &&
      unzip -p "$jar" "org/sqlite/native/$os/$arch/$name" > "$lib.$$/$name" 2>/dev/null &&
      [ -s "$lib.$$/$name" ] && mv "$lib.$$" "$lib" 2>/dev/null
    rm -rf "$lib.$$"
  fi
  for name in "$lib"/libsqlitejdbc.*; do
    [ -s "$name" ] && jvm_cache_opts+=("-Dorg.sqlite.lib.path=$lib" "-Dorg.sqlite.lib.name=${name##*/}")
  done
  return 0
}
