# EventBridge every 20 minutes, aligned to :00/:20/:40 like the daemon. `enabled` is the cutover and
# rollback switch (docs/ops/runbook.md).
variable "rule_name" {
  type = string
}

variable "enabled" {
  type = bool
}

variable "target_function_arn" {
  type = string
}

variable "target_function_name" {
  type = string
}

variable "target_alias_name" {
  type = string
}

resource "aws_cloudwatch_event_rule" "trigger" {
  name                = var.rule_name
  description         = "Runs one naver-sms-automation cycle every 20 minutes"
  schedule_expression = "cron(0/20 * * * ? *)"
  state               = var.enabled ? "ENABLED" : "DISABLED"
}

resource "aws_cloudwatch_event_target" "cycle" {
  rule      = aws_cloudwatch_event_rule.trigger.name
  target_id = "cycle"
  arn       = var.target_function_arn
}

resource "aws_lambda_permission" "events" {
  statement_id  = "AllowEventBridge"
  action        = "lambda:InvokeFunction"
  function_name = var.target_function_name
  qualifier     = var.target_alias_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.trigger.arn
}

output "rule_name" {
  value = aws_cloudwatch_event_rule.trigger.name
}
