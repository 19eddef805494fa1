#!/usr/bin/env bash
# Prepares the Docker build context (the jar and the Lambda runtime interface client from Maven Central)
# and builds the image. Usage: infrastructure/docker/login/build.sh [TAG]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tag="${1:-$(git -C "$root" rev-parse --short HEAD)}"
source "$root/bin/lib/java-home.sh"
(cd "$root" && ./mvnw -B -q -DskipTests package -pl app -am)
mkdir -p "$here/build"
cp "$root/app/target/naver-sms.jar" "$here/build/naver-sms.jar"
(cd "$root" && ./mvnw -B -q dependency:copy \
  -Dartifact=com.amazonaws:aws-lambda-java-runtime-interface-client:2.10.1 \
  -DoutputDirectory="$here/build" -Dmdep.stripVersion=true)
mv "$here/build/aws-lambda-java-runtime-interface-client.jar" "$here/build/aws-lambda-java-runtime-interface-client.jar" 2>/dev/null || true
docker build --platform linux/amd64 --provenance=false -t "naver-sms-automation-login:$tag" "$here"
echo "built naver-sms-automation-login:$tag"
