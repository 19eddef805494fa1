# The legacy secret names and keys (DESIGN.md 5). Values are set by the operator after apply
# (docs/deploy.md); Terraform creates the containers only, so no credential ever sits in state or in git.
locals {
  secrets = {
    "naver-credentials"    = "Naver partner login: {\"username\", \"password\"}"
    "sens-credentials"     = "Naver Cloud SENS: {\"access_key\", \"secret_key\", \"service_id\"}"
    "telegram-credentials" = "Telegram bot: {\"bot_token\", \"chat_id\"}"
    "slack-credentials"    = "Slack incoming webhook: {\"webhook_url\"}"
  }
}

resource "aws_secretsmanager_secret" "credentials" {
  for_each                = local.secrets
  name                    = "naver-sms-automation/${each.key}"
  description             = each.value
  recovery_window_in_days = 7
}

output "secret_arns" {
  value = { for k, s in aws_secretsmanager_secret.credentials : k => s.arn }
}
