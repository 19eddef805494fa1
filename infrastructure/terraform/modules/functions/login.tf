# The browser-login function: a container image with Chromium (SnapStart does not apply to images).
# Called by the cycle only when the cached Naver cookies no longer work.
# Memory 2048 MB: headless Chromium needs well over 1 GB to start reliably, and CPU scales with memory
# (the Python system's Chrome hit the 10 s init limit at 512 MB and stalled renderers at 1 GB).
# Timeout 120 s: a login takes seconds; the bound covers a slow login page and the diagnostics
# screenshot without holding the calling cycle (300 s) for long.
resource "aws_lambda_function" "login" {
  function_name = var.login_function_name
  role          = aws_iam_role.login.arn
  package_type  = "Image"
  image_uri     = var.login_image_uri
  memory_size   = var.login_memory_mb
  timeout       = var.login_timeout_seconds
  architectures = ["x86_64"]

  ephemeral_storage {
    size = 1024
  }

  environment {
    variables = {
      STATE_BACKEND  = "dynamodb"
      SESSION_TABLE  = var.session_table_name
      SECRETS_SOURCE = "aws"
      HOME           = "/tmp"
      LOG_LEVEL      = "INFO"
      # A failed sign-in's screenshot and page, kept 14 days (modules/evidence; runbook "Login")
      LOGIN_EVIDENCE_URI = var.evidence_uri
    }
  }

  depends_on = [aws_cloudwatch_log_group.login]
}

resource "aws_cloudwatch_log_group" "login" {
  name              = "/aws/lambda/${var.login_function_name}"
  retention_in_days = var.log_retention_days
}

resource "aws_iam_role" "login" {
  name               = "${var.login_function_name}-role"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

data "aws_iam_policy_document" "login" {
  statement {
    sid       = "SessionTable"
    actions   = ["dynamodb:GetItem", "dynamodb:UpdateItem"]
    resources = [var.session_table_arn]
  }
  statement {
    sid       = "NaverSecret"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.naver_secret_arn]
  }
  statement {
    sid       = "LoginEvidence"
    actions   = ["s3:PutObject"]
    resources = ["${var.evidence_bucket_arn}/${var.evidence_prefix}*"]
  }
  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.login.arn}:*"]
  }
}

resource "aws_iam_role_policy" "login" {
  name   = "${var.login_function_name}-policy"
  role   = aws_iam_role.login.id
  policy = data.aws_iam_policy_document.login.json
}
