locals {
  # Every named resource starts with this prefix, which holds the environment (variables.tf).
  name_prefix         = coalesce(var.name_prefix, "naver-sms-automation-${var.environment}")
  cycle_function_name = "${local.name_prefix}-cycle"
  login_function_name = "${local.name_prefix}-login"
  # An immutable tag (docs/deploy.md step 2) or a digest: the login function never runs an unnamed image.
  login_image_uri = startswith(var.login_image_tag, "sha256:") ? "${module.ecr.repository_url}@${var.login_image_tag}" : "${module.ecr.repository_url}:${var.login_image_tag}"
  # The embedded-metric-format documents the service writes carry this dimension (adapters.observability).
  metric_service = "naver-sms-automation"
  # The login function's folder in the evidence bucket: its IAM allows PutObject under it only.
  evidence_prefix = "login-evidence/"
}

# The account id makes the config bucket's name unique across AWS (bucket names are global).
data "aws_caller_identity" "current" {}

module "ecr" {
  source          = "./modules/ecr"
  repository_name = "${local.name_prefix}-login"
}

module "state" {
  source             = "./modules/state"
  create_tables      = var.create_tables
  sms_table_name     = var.sms_table_name
  session_table_name = var.session_table_name
  optout_table_name  = var.optout_table_name
  ledger_table_name  = var.ledger_table_name
}

module "secrets" {
  source         = "./modules/secrets"
  create_secrets = var.create_secrets
}

module "config" {
  source      = "./modules/config"
  bucket_name = "${local.name_prefix}-config-${data.aws_caller_identity.current.account_id}"
}

module "evidence" {
  source      = "./modules/evidence"
  bucket_name = "${local.name_prefix}-login-evidence-${data.aws_caller_identity.current.account_id}"
}

module "functions" {
  source                = "./modules/functions"
  cycle_function_name   = local.cycle_function_name
  login_function_name   = local.login_function_name
  cycle_jar_path        = var.cycle_jar_path
  login_image_uri       = local.login_image_uri
  cycle_memory_mb       = var.cycle_memory_mb
  cycle_timeout_seconds = var.cycle_timeout_seconds
  login_memory_mb       = var.login_memory_mb
  login_timeout_seconds = var.login_timeout_seconds
  log_retention_days    = var.log_retention_days
  sms_table_arn         = module.state.sms_table_arn
  session_table_arn     = module.state.session_table_arn
  ledger_table_arn      = module.state.ledger_table_arn
  ledger_table_name     = var.ledger_table_name
  ledger_retention_days = var.ledger_retention_days
  sms_table_name        = var.sms_table_name
  session_table_name    = var.session_table_name
  optout_table_arn      = module.state.optout_table_arn
  optout_table_name     = var.optout_table_name
  secret_arns           = module.secrets.secret_arns
  naver_secret_arn      = module.secrets.secret_arns["naver-credentials"]
  comparison_mode       = var.comparison_mode
  alimtalk_enabled      = var.alimtalk_enabled
  max_send_attempts     = var.max_send_attempts
  aws_region            = var.aws_region
  environment           = var.environment
  operator_summary      = var.operator_summary
  daily_digest_hour     = var.daily_digest_hour
  config_bucket_arn     = module.config.bucket_arn
  config_uri            = "s3://${module.config.bucket_name}/${var.config_prefix}"
  config_prefix         = var.config_prefix
  evidence_bucket_arn   = module.evidence.bucket_arn
  evidence_prefix       = local.evidence_prefix
  evidence_uri          = "s3://${module.evidence.bucket_name}/${local.evidence_prefix}"
}

module "schedule" {
  source               = "./modules/schedule"
  rule_name            = "${local.name_prefix}-trigger"
  enabled              = var.schedule_enabled
  target_function_arn  = module.functions.cycle_alias_arn
  target_function_name = module.functions.cycle_function_name
  target_alias_name    = module.functions.cycle_alias_name
}

module "monitoring" {
  source                        = "./modules/monitoring"
  name_prefix                   = local.name_prefix
  cycle_function_name           = module.functions.cycle_function_name
  cycle_log_group_name          = module.functions.cycle_log_group_name
  metric_service                = local.metric_service
  environment                   = var.environment
  alarm_email                   = var.alarm_email
  alarm_https_endpoint          = var.alarm_https_endpoint
  login_failure_alarm_threshold = var.login_failure_alarm_threshold
  aws_region                    = var.aws_region
}
