environment                   = "dev"
schedule_enabled              = false
comparison_mode               = true
log_retention_days            = 14
create_tables                 = true
sms_table_name                = "sms-dev"
session_table_name            = "session-dev"
optout_table_name             = "sms_optouts-dev"
login_failure_alarm_threshold = 3
# Resources are named naver-sms-automation-dev-* (name_prefix). The secrets keep their legacy names,
# one set per account: an environment sharing an account with one that created them sets false.
create_secrets = true
# The login image pushed to ECR for this environment: its immutable tag (the git commit) or sha256:<digest>.
# Replace the placeholder before the first apply and commit every new tag (docs/deploy.md).
login_image_tag = "<git-sha>"
