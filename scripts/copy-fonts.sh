#!/bin/sh
# Copy the few self-hosted font files the site uses from the @fontsource npm packages
# (package.json) into the core's static folder, with their licence. Run after `npm ci`
# when the font packages change; the copies are committed, so serving needs no npm.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
dest="$here/turnbackcrime/static/fonts"
mkdir -p "$dest"
# Latin in two weights; Arabic in one (site.css sets Arabic headings in 400).
for weight in 400 600; do
    cp "$here/node_modules/@fontsource/noto-sans/files/noto-sans-latin-$weight-normal.woff2" "$dest/"
done
cp "$here/node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2" "$dest/"
cp "$here/node_modules/@fontsource/noto-sans/LICENSE" "$dest/OFL-noto-sans.txt"
cp "$here/node_modules/@fontsource/noto-sans-arabic/LICENSE" "$dest/OFL-noto-sans-arabic.txt"
echo "Fonts copied to $dest"
