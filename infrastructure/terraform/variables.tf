variable "aws_region" {
  description = "AWS region for every resource."
  type        = string
  default     = "ap-northeast-2"
}

variable "environment" {
  description = "dev, staging or prod."
  type        = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "name_prefix" {
  description = "Prefix of function, role, dashboard and alarm names."
  type        = string
  default     = "naver-sms-automation"
}

variable "schedule_enabled" {
  description = "Whether EventBridge triggers the cycle every 20 minutes. false during cutover preparation and after a rollback to the legacy system."
  type        = bool
  default     = false
}

variable "comparison_mode" {
  description = "true runs the cycle in comparison (shadow) mode: plans with both planners, logs every difference, sends no SMS and writes no flags."
  type        = bool
  default     = true
}

variable "cycle_jar_path" {
  description = "Path of the cycle function's deployment package (app/target/naver-sms.jar)."
  type        = string
  default     = "../../app/target/naver-sms.jar"
}

variable "login_image_tag" {
  description = "Tag of the browser-login container image in ECR."
  type        = string
  default     = "latest"
}

variable "cycle_memory_mb" {
  description = "Cycle function memory. See modules/functions for the reasoning."
  type        = number
  default     = 512
}

variable "cycle_timeout_seconds" {
  description = "Cycle function timeout. See modules/functions."
  type        = number
  default     = 300
}

variable "login_memory_mb" {
  description = "Browser-login function memory (Chromium). See modules/functions."
  type        = number
  default     = 2048
}

variable "login_timeout_seconds" {
  description = "Browser-login function timeout. See modules/functions."
  type        = number
  default     = 120
}

variable "max_send_attempts" {
  description = "Failed SMS sends are retried in later cycles until this many attempts, then reported."
  type        = number
  default     = 3
}

variable "create_tables" {
  description = "true creates the sms and session tables; false adopts the legacy system's existing tables (import them first: docs/deploy.md)."
  type        = bool
  default     = true
}

variable "sms_table_name" {
  description = "The legacy sms table (shared with the Python system)."
  type        = string
  default     = "sms"
}

variable "session_table_name" {
  description = "The legacy session table."
  type        = string
  default     = "session"
}

variable "log_retention_days" {
  description = "CloudWatch Logs retention (90 in prod)."
  type        = number
  default     = 30
}

variable "alarm_email" {
  description = "E-mail subscribed to the alarm topic (empty: none)."
  type        = string
  default     = ""
}

variable "alarm_https_endpoint" {
  description = "HTTPS endpoint subscribed to the alarm topic, e.g. a chat webhook relay (empty: none)."
  type        = string
  default     = ""
}

variable "login_failure_alarm_threshold" {
  description = "Login failures in 30 minutes that raise the alarm."
  type        = number
  default     = 3
}
