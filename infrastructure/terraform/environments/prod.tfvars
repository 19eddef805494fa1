environment                   = "prod"
# Cutover: start with schedule_enabled = true and comparison_mode = true (shadow), then set
# comparison_mode = false once the validation campaign says GO (docs/ops/runbook.md).
schedule_enabled              = false
comparison_mode               = true
log_retention_days            = 90
# The legacy Python system's tables are adopted, not created (docs/deploy.md, "Adopting the legacy tables").
create_tables                 = false
sms_table_name                = "sms"
session_table_name            = "session"
alarm_email                   = ""
login_failure_alarm_threshold = 3
