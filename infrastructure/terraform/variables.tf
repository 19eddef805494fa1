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
  description = "Prefix of every named resource (functions, roles, log groups, schedule, repository, topic, alarms, dashboards). Default naver-sms-automation-<environment>; it must contain the environment, so two environments in one account never share a name."
  type        = string
  default     = null
  validation {
    condition     = var.name_prefix == null || (can(regex("^[a-zA-Z0-9-]{1,40}$", var.name_prefix)) && strcontains(coalesce(var.name_prefix, "-"), var.environment))
    error_message = "name_prefix must be 1-40 letters, digits or '-' and contain the environment (dev, staging or prod), e.g. naver-sms-automation-prod."
  }
}

variable "schedule_enabled" {
  description = "Whether EventBridge triggers the cycle every 20 minutes. false during cutover preparation and after a rollback to the legacy system."
  type        = bool
  default     = false
}

variable "operator_summary" {
  description = "When the cycle summary goes to Telegram and Slack: events (only when something happened) or always (every cycle)."
  type        = string
  default     = "events"
  validation {
    condition     = contains(["events", "always"], var.operator_summary)
    error_message = "operator_summary must be events or always."
  }
}

variable "daily_digest_hour" {
  description = "Hour (KST, 0-23) from which the day's digest goes to Telegram and Slack, once per day."
  type        = number
  default     = 21
  validation {
    condition     = var.daily_digest_hour >= 0 && var.daily_digest_hour <= 23 && floor(var.daily_digest_hour) == var.daily_digest_hour
    error_message = "daily_digest_hour must be a whole hour from 0 to 23 (KST)."
  }
}

variable "comparison_mode" {
  description = "true runs the cycle in comparison (shadow) mode: plans with both planners, logs every difference, sends no SMS and writes no flags."
  type        = bool
  default     = true
}

variable "alimtalk_enabled" {
  description = "true sends the messages whose template has a Kakao AlimTalk variant (alimtalk_templates.yaml) as AlimTalk with SENS's SMS failover (ALIMTALK_ENABLED); it also needs alimtalk_service_id in the sens secret. false: every message goes as SMS/LMS (docs/operations.md 2.9)."
  type        = bool
  default     = false
}

variable "cycle_jar_path" {
  description = "Path of the cycle function's deployment package: the lean lambda/target/naver-sms-cycle.jar (no browser, no SQLite; ~15 MB, under Lambda's 50 MB direct upload), not the CLI jar."
  type        = string
  default     = "../../lambda/target/naver-sms-cycle.jar"
}

variable "login_image_tag" {
  description = "The browser-login image in ECR: the immutable tag pushed by docs/deploy.md (the git commit) or a digest sha256:<64 hex>. Set in each environment's tfvars; no default, never latest."
  type        = string
  validation {
    condition     = var.login_image_tag != "latest" && (can(regex("^sha256:[0-9a-f]{64}$", var.login_image_tag)) || can(regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", var.login_image_tag)))
    error_message = "login_image_tag must be the tag pushed to ECR (e.g. the git commit, docs/deploy.md step 2) or sha256:<digest>; empty, placeholders and latest are refused (the repository is immutable: latest does not exist)."
  }
}

variable "cycle_memory_mb" {
  description = "Cycle function memory. See modules/functions for the reasoning."
  type        = number
  default     = 512
}

variable "cycle_timeout_seconds" {
  description = "Cycle function timeout. See modules/functions. Longer than a login call (login_timeout_seconds + 15 s), which the cycle waits for."
  type        = number
  default     = 300
  validation {
    condition     = var.cycle_timeout_seconds >= var.login_timeout_seconds + 60
    error_message = "cycle_timeout_seconds must be at least login_timeout_seconds + 60: the cycle waits up to login_timeout_seconds + 15 s for the login function and needs time left to send."
  }
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

variable "create_secrets" {
  description = "true creates the four secret containers with the legacy names; false adopts the ones that already exist in the account (the Python system's, or another environment's): Terraform reads them by name and never changes them (docs/deploy.md)."
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

variable "optout_table_name" {
  description = "The opt-out list (numbers that refused advertising messages): a table of its own, always created with PITR and encryption."
  type        = string
  default     = "sms_optouts"
}

variable "log_retention_days" {
  description = "CloudWatch Logs retention (90 in prod)."
  type        = number
  default     = 30
}

variable "alarm_email" {
  description = "E-mail subscribed to the alarm topic (empty: none). Required in prod."
  type        = string
  default     = ""
  validation {
    condition     = var.environment != "prod" || can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alarm_email))
    error_message = "alarm_email is required in prod: the e-mail address of the on-call operator (environments/prod.tfvars)."
  }
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

variable "config_prefix" {
  description = "Folder of the config in the config bucket (NAVER_SMS_CONFIG_URI = s3://<config_bucket_name>/<this>); ends with /."
  type        = string
  default     = "config/"
  validation {
    condition     = can(regex("^([a-z0-9_-]+/)+$", var.config_prefix))
    error_message = "config_prefix is one or more folder names, each followed by /, e.g. config/."
  }
}

variable "ledger_table_name" {
  description = "The message ledger's DynamoDB table (docs/state.md 8); created by this configuration."
  type        = string
  default     = "sms_messages"
}

variable "ledger_retention_days" {
  description = "Days a message-ledger entry is kept after its last change (LEDGER_RETENTION_DAYS; DynamoDB TTL)."
  type        = number
  default     = 180
}
