# Thresholds come from the operations runbook (docs/ops/runbook.md); a test holds the two together.
locals {
  main_namespace       = "NaverSMSAutomation"
  comparison_namespace = "naver-sms/comparison"
  # Every metric of the service carries both (adapters.observability.EmfMetrics); an alarm that named
  # only Service would match no series, and one per environment keeps dev from feeding prod's alarms.
  metric_dimensions = { Service = var.metric_service, Environment = var.environment }
  alarm_actions     = [aws_sns_topic.alarms.arn]
}

resource "aws_cloudwatch_metric_alarm" "lambda_errors" {
  alarm_name          = "${var.name_prefix}-lambda-errors"
  alarm_description   = "The cycle function failed (runbook: Lambda errors)."
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = var.cycle_function_name }
  statistic           = "Sum"
  period              = 1200
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

# The heartbeat: every cycle emits CycleDuration, so an hour without one sample (three missed cycles)
# means the service stopped running: schedule disabled, alias broken, function failing before its
# metrics, EMF lost. Missing data is the signal here, so it breaches (runbook: no cycles).
resource "aws_cloudwatch_metric_alarm" "no_cycles" {
  alarm_name          = "${var.name_prefix}-no-cycles"
  alarm_description   = "No cycle reported CycleDuration for 60 minutes: the service is not running (runbook: no cycles)."
  namespace           = local.main_namespace
  metric_name         = "CycleDuration"
  dimensions          = local.metric_dimensions
  statistic           = "SampleCount"
  period              = 3600
  evaluation_periods  = 1
  comparison_operator = "LessThanThreshold"
  threshold           = 1
  treat_missing_data  = "breaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "secrets_errors" {
  alarm_name          = "${var.name_prefix}-secrets-errors"
  alarm_description   = "Credentials could not be read (runbook: secrets errors)."
  namespace           = local.main_namespace
  metric_name         = "SecretsErrors"
  dimensions          = local.metric_dimensions
  statistic           = "Sum"
  period              = 1200
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "login_failures" {
  alarm_name          = "${var.name_prefix}-login-failures"
  alarm_description   = "Naver sign-in keeps failing (runbook: login failures)."
  namespace           = local.main_namespace
  metric_name         = "LoginFailures"
  dimensions          = local.metric_dimensions
  statistic           = "Sum"
  period              = 3600
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = var.login_failure_alarm_threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "uncertain_deliveries" {
  alarm_name          = "${var.name_prefix}-uncertain-deliveries"
  alarm_description   = "A message may or may not have reached SENS and will not be re-sent automatically (runbook: uncertain deliveries)."
  namespace           = local.main_namespace
  metric_name         = "UncertainDeliveries"
  dimensions          = local.metric_dimensions
  statistic           = "Sum"
  period              = 1200
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "sms_failed" {
  alarm_name          = "${var.name_prefix}-sms-failed"
  alarm_description   = "SENS refused or failed sends in the last hour (runbook: failed sends)."
  namespace           = local.main_namespace
  metric_name         = "SMSFailed"
  dimensions          = local.metric_dimensions
  statistic           = "Sum"
  period              = 3600
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "sms_exhausted" {
  alarm_name          = "${var.name_prefix}-sms-exhausted"
  alarm_description   = "A message ran out of send attempts; reported every cycle until an operator resolves it (runbook: exhausted messages)."
  namespace           = local.main_namespace
  metric_name         = "SMSExhausted"
  dimensions          = local.metric_dimensions
  statistic           = "Sum"
  period              = 1200
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "sms_delivery_failed" {
  alarm_name          = "${var.name_prefix}-sms-delivery-failed"
  alarm_description   = "The carrier could not deliver a message SENS accepted; reported once with its SENS result code (runbook: carrier delivery failures)."
  namespace           = local.main_namespace
  metric_name         = "SMSDeliveryFailed"
  dimensions          = local.metric_dimensions
  statistic           = "Sum"
  period              = 1200
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "sens_auth_failures" {
  alarm_name          = "${var.name_prefix}-sens-auth-failures"
  alarm_description   = "SENS refused the account's credentials (401/403); nothing is sent until fixed (runbook: SENS credentials refused)."
  namespace           = local.main_namespace
  metric_name         = "SensAuthFailures"
  dimensions          = local.metric_dimensions
  statistic           = "Sum"
  period              = 1200
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "comparison_mismatch" {
  for_each = {
    sms      = "SMSMismatchCount"
    db       = "DBMismatchCount"
    telegram = "TelegramMismatchCount"
  }
  alarm_name          = "${var.name_prefix}-comparison-${each.key}-mismatch"
  alarm_description   = "Comparison mode found an unexpected ${each.key} difference (runbook: comparison mismatches)."
  namespace           = local.comparison_namespace
  metric_name         = each.value
  dimensions          = local.metric_dimensions
  statistic           = "Sum"
  period              = 1200
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "comparison_match_percentage" {
  alarm_name          = "${var.name_prefix}-comparison-match-percentage"
  alarm_description   = "Comparison match percentage fell below 100 (runbook: comparison mismatches)."
  namespace           = local.comparison_namespace
  metric_name         = "ComparisonMatchPercentage"
  dimensions          = local.metric_dimensions
  statistic           = "Average"
  period              = 1200
  evaluation_periods  = 1
  comparison_operator = "LessThanThreshold"
  threshold           = 100
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
}
