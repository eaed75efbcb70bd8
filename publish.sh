#!/usr/bin/env bash
# Publishes `reporting` as a self-contained linux-x64 application (no .NET needed where it runs) and packs it with the
# sample company and the deployment files into OUT/reporting-VERSION-linux-x64.tar.gz:
#
#   reporting-VERSION-linux-x64/
#     bin/reporting                the executable (and its libraries)
#     data/samples/                the sample company: `bin/reporting demo` runs on it as it is
#     appsettings.example.json     every configuration key, explained in README.md (Configuration)
#     Dockerfile, compose.yaml     an image FROM this folder (nothing is built in it); serve, two workers, PostgreSQL
#     reporting.service            a systemd unit for /opt/reporting
#
# VERSION is the newest tag vX.Y.Z (`git describe`), else the project's VersionPrefix with the commit: 0.1.0-g1a2b3c4,
# with -dirty when the working tree has changes. Usage: ./publish.sh [--out DIR] (default dist). The last line printed
# is the archive's path. Intermediate files go to out/publish, so a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")"

out=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown argument '$1' (usage: ./publish.sh [--out DIR])" >&2; exit 1 ;;
  esac
done

rid=linux-x64
if tag=$(git describe --tags --match 'v[0-9]*' --dirty 2>/dev/null); then
  version=${tag#v}
else
  version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' src/Host/Reporting.Host.csproj)
  if commit=$(git rev-parse --short=7 HEAD 2>/dev/null); then
    version="$version-g$commit"
    git diff --quiet HEAD -- || version="$version-dirty"
  fi
fi
name="reporting-$version-$rid"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
echo "publishing $name" >&2
dotnet publish src/Host -c Release -r "$rid" --self-contained -p:Version="$version" \
  --artifacts-path out/publish -o "$stage/$name/bin" -nologo -clp:ErrorsOnly >&2

mkdir -p "$stage/$name/data"
cp -r data/samples "$stage/$name/data/samples"
cp deploy/appsettings.example.json deploy/Dockerfile deploy/compose.yaml deploy/reporting.service "$stage/$name/"

mkdir -p "$out"
archive="$out/$name.tar.gz"
tar -C "$stage" -czf "$archive" "$name"
echo "$(du -sh "$stage/$name" | cut -f1) unpacked, $(du -h "$archive" | cut -f1) packed" >&2
echo "$archive"
