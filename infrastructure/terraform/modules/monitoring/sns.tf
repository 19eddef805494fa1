resource "aws_sns_topic" "alarms" {
  name              = "${var.name_prefix}-alarms"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic_subscription" "email" {
  count     = var.alarm_email == "" ? 0 : 1
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}

resource "aws_sns_topic_subscription" "https" {
  count                  = var.alarm_https_endpoint == "" ? 0 : 1
  topic_arn              = aws_sns_topic.alarms.arn
  protocol               = "https"
  endpoint               = var.alarm_https_endpoint
  endpoint_auto_confirms = true
}

output "alarm_topic_arn" {
  value = aws_sns_topic.alarms.arn
}

output "alarm_topic_name" {
  value = aws_sns_topic.alarms.name
}
