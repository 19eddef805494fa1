# Every name the runbook (docs/ops/runbook.md, "Where things are") and docs/deploy.md use, for this
# environment: `terraform output` prints them all, `terraform output -raw NAME` one.

output "name_prefix" {
  value = local.name_prefix
}

output "cycle_function_name" {
  value = module.functions.cycle_function_name
}

output "cycle_alias_arn" {
  value = module.functions.cycle_alias_arn
}

output "cycle_log_group_name" {
  value = module.functions.cycle_log_group_name
}

output "login_function_name" {
  value = module.functions.login_function_name
}

output "login_log_group_name" {
  value = module.functions.login_log_group_name
}

output "login_repository_url" {
  value = module.ecr.repository_url
}

output "login_image_uri" {
  value = local.login_image_uri
}

output "schedule_rule_name" {
  value = module.schedule.rule_name
}

output "sms_table_name" {
  value = var.sms_table_name
}

output "session_table_name" {
  value = var.session_table_name
}

output "optout_table_name" {
  value = var.optout_table_name
}

output "secret_names" {
  value = module.secrets.secret_names
}

output "alarm_topic_arn" {
  value = module.monitoring.alarm_topic_arn
}

output "dashboard_names" {
  value = module.monitoring.dashboard_names
}

output "alarm_topic_name" {
  value = module.monitoring.alarm_topic_name
}

output "config_bucket_name" {
  description = "The config bucket: naver-sms config push --to s3://<this>/<config_prefix>"
  value       = module.config.bucket_name
}

output "config_uri" {
  description = "Where the cycle reads its config (NAVER_SMS_CONFIG_URI): the target of config push."
  value       = "s3://${module.config.bucket_name}/${var.config_prefix}"
}

output "evidence_bucket_name" {
  description = "Failed sign-ins' screenshots and pages (14 days): aws s3 ls s3://<this>/<evidence prefix>"
  value       = module.evidence.bucket_name
}

output "evidence_uri" {
  description = "Where the login function keeps a failed sign-in's evidence (LOGIN_EVIDENCE_URI)."
  value       = "s3://${module.evidence.bucket_name}/${local.evidence_prefix}"
}
