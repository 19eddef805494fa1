environment                   = "staging"
schedule_enabled              = true
comparison_mode               = true
log_retention_days            = 30
create_tables                 = true
sms_table_name                = "sms-staging"
session_table_name            = "session-staging"
login_failure_alarm_threshold = 3
