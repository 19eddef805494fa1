# The legacy secret names and keys (core/secrets/KnownSecret): the code reads them by these names, so
# they carry no environment prefix and exist once per account. Values are set by the operator after
# apply (docs/deploy.md); Terraform creates the containers only, so no credential ever sits in state or
# in git. With create_secrets = false the secrets that already exist in the account (the Python system's,
# or another environment's) are read by name and left as they are (docs/deploy.md, "Adopting the
# legacy secrets").
variable "create_secrets" {
  type = bool
}

locals {
  secrets = {
    "naver-credentials"    = "Naver partner login: {\"username\", \"password\"}"
    "sens-credentials"     = "Naver Cloud SENS: {\"access_key\", \"secret_key\", \"service_id\"}"
    "telegram-credentials" = "Telegram bot: {\"bot_token\", \"chat_id\"}"
    "slack-credentials"    = "Slack incoming webhook: {\"webhook_url\"}"
  }
}

resource "aws_secretsmanager_secret" "credentials" {
  for_each                = { for k, v in local.secrets : k => v if var.create_secrets }
  name                    = "naver-sms-automation/${each.key}"
  description             = each.value
  recovery_window_in_days = 7
}

data "aws_secretsmanager_secret" "credentials" {
  for_each = { for k, v in local.secrets : k => v if !var.create_secrets }
  name     = "naver-sms-automation/${each.key}"
}

output "secret_arns" {
  # One of the two is empty: the created secrets, or the adopted ones.
  value = merge(
    { for k, s in aws_secretsmanager_secret.credentials : k => s.arn },
    { for k, s in data.aws_secretsmanager_secret.credentials : k => s.arn },
  )
}

output "secret_names" {
  value = { for k in keys(local.secrets) : k => "naver-sms-automation/${k}" }
}
