#!/usr/bin/env bash
# Seeds the corpora from the crate's fixtures and bench templates (run from fuzz/).
set -euo pipefail
mkdir -p corpus/portfolio corpus/policy
cp ../benches/templates/*.json ../tests/fixtures/*.json corpus/portfolio/
echo '{}' > corpus/policy/empty.json
echo '{"max_weekly_work_hours": 44, "public_holidays": ["2026-10-01"], "make_up_working_days": ["2026-09-27"]}' > corpus/policy/calendar.json
