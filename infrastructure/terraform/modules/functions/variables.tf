variable "cycle_function_name" {
  type = string
}

variable "login_function_name" {
  type = string
}

variable "cycle_jar_path" {
  type = string
}

variable "login_image_uri" {
  type = string
}

variable "cycle_memory_mb" {
  type = number
}

variable "cycle_timeout_seconds" {
  type = number
}

variable "login_memory_mb" {
  type = number
}

variable "login_timeout_seconds" {
  type = number
}

variable "log_retention_days" {
  type = number
}

variable "sms_table_arn" {
  type = string
}

variable "session_table_arn" {
  type = string
}

variable "sms_table_name" {
  type = string
}

variable "session_table_name" {
  type = string
}

variable "optout_table_arn" {
  type = string
}

variable "optout_table_name" {
  type = string
}

variable "secret_arns" {
  type = map(string)
}

variable "naver_secret_arn" {
  type = string
}

variable "comparison_mode" {
  type = bool
}

variable "alimtalk_enabled" {
  type = bool
}

variable "max_send_attempts" {
  type = number
}

variable "aws_region" {
  type = string
}

variable "environment" {
  description = "dev, staging or prod: the Environment dimension of the cycle's metrics."
  type        = string
}

variable "operator_summary" {
  type = string
}

variable "daily_digest_hour" {
  type = number
}

variable "config_bucket_arn" {
  description = "The config bucket: the cycle lists and reads config_prefix in it."
  type        = string
}

variable "config_prefix" {
  type = string
}

variable "config_uri" {
  description = "s3://bucket/prefix/ the cycle reads its config from (NAVER_SMS_CONFIG_URI)."
  type        = string
}

variable "evidence_bucket_arn" {
  description = "The login evidence bucket: the login function may only put objects under evidence_prefix."
  type        = string
}

variable "evidence_prefix" {
  type = string
}

variable "evidence_uri" {
  description = "s3://bucket/prefix/ a failed sign-in's screenshot and page go to (LOGIN_EVIDENCE_URI)."
  type        = string
}

variable "ledger_table_arn" {
  type = string
}

variable "ledger_table_name" {
  type = string
}

variable "ledger_retention_days" {
  type = number
}
