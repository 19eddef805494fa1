environment = "prod"
# Resources are named naver-sms-automation-prod-* (name_prefix).
# Cutover: start with schedule_enabled = true and comparison_mode = true (shadow), then set
# comparison_mode = false once the validation campaign says GO (docs/ops/runbook.md).
schedule_enabled   = false
comparison_mode    = true
log_retention_days = 90
# The legacy Python system's tables are adopted, not created (docs/deploy.md, "Adopting the legacy tables").
create_tables      = false
sms_table_name     = "sms"
session_table_name = "session"
# Not a legacy table: created by this module whatever create_tables says.
optout_table_name = "sms_optouts"
# The legacy system's secrets exist in this account: adopted by name, not created (docs/deploy.md).
create_secrets = false
# The login image pushed to ECR: its immutable tag (the git commit) or sha256:<digest>. Replace the
# placeholder before the first apply and commit every new tag (docs/deploy.md); latest is refused.
login_image_tag = "<git-sha>"
# Required in prod (a variable validation refuses an empty one): the on-call operator's address.
alarm_email                   = ""
login_failure_alarm_threshold = 3
