environment                   = "dev"
schedule_enabled              = false
comparison_mode               = true
log_retention_days            = 14
create_tables                 = true
sms_table_name                = "sms-dev"
session_table_name            = "session-dev"
login_failure_alarm_threshold = 3
