variable "name_prefix" {
  type = string
}

variable "cycle_function_name" {
  type = string
}

variable "cycle_log_group_name" {
  type = string
}

variable "metric_service" {
  description = "Value of the Service dimension on every metric the service emits."
  type        = string
}

variable "environment" {
  description = "Value of the Environment dimension on every metric the service emits (the cycle's NAVER_SMS_ENVIRONMENT)."
  type        = string
}

variable "alarm_email" {
  type = string
}

variable "alarm_https_endpoint" {
  type = string
}

variable "login_failure_alarm_threshold" {
  type = number
}

variable "aws_region" {
  type = string
}
