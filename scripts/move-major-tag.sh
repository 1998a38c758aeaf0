#!/usr/bin/env bash
# Moves the major tag (v1) to the commit of a release tag (v1.4.2) and pushes it, so that users of
# `@v1` get the release. Refuses anything that is not a vMAJOR.MINOR.PATCH tag, and a major tag that
# would move backwards (an older release published after a newer one).
#
#   scripts/move-major-tag.sh v1.4.2 [remote]
set -euo pipefail
tag=${1:?usage: move-major-tag.sh vMAJOR.MINOR.PATCH [remote]}
remote=${2:-origin}
if ! [[ $tag =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "The release tag must look like v1.4.2 (a pre-release does not move the major tag); got '$tag'." >&2
  exit 1
fi
major="v${BASH_REMATCH[1]}"
commit=$(git rev-parse --verify "refs/tags/$tag^{commit}")

# The newest vMAJOR.x.y release decides where vMAJOR points.
newest=$(git tag --list "$major.*" | grep -E "^$major\.[0-9]+\.[0-9]+$" | sort -V | tail -n 1)
if [ "$newest" != "$tag" ]; then
  echo "$tag is not the newest $major release ($newest is): $major stays where it is." >&2
  exit 0
fi
git tag --force "$major" "$commit"
git push --force "$remote" "refs/tags/$major"
echo "$major now points at $commit ($tag)."
