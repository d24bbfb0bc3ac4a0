#!/usr/bin/env bash
# Adds one migration to all three engines' migration projects with `dotnet ef` (the local tool in
# dotnet-tools.json), under one shared id so the three chains read alike (ADR 0002).
#   src/add-migration.sh NameInPascalCase
set -euo pipefail
name=${1:?usage: src/add-migration.sh NameInPascalCase}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
stamp=$(date -u +%Y%m%d%H%M%S)
dotnet build src/Restart.Core -v q -nologo >/dev/null
for engine in Sqlite Postgres SqlServer; do
  project=src/Restart.Migrations.$engine
  # `dotnet ef` builds without restoring: a fresh checkout has no assets for the server engines' projects yet.
  dotnet restore "$project" -v q >/dev/null
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations >/dev/null
  for file in "$project"/Migrations/[0-9]*_"$name".cs "$project"/Migrations/[0-9]*_"$name".Designer.cs; do
    target="$project/Migrations/${stamp}_$(basename "$file" | cut -d_ -f2-)"
    [ "$file" = "$target" ] || mv "$file" "$target"
  done
  sed -i "s/\[Migration(\"[0-9]*_$name\")\]/[Migration(\"${stamp}_$name\")]/" "$project/Migrations/${stamp}_$name.Designer.cs"
  echo "$engine: $project/Migrations/${stamp}_$name.cs"
done
echo "Review the three migrations, then run: dotnet test --filter Migrations"
