# The cycle function: fetch -> plan -> execute -> report, no browser.
# Memory 512 MB: the cycle holds a few thousand bookings at most (the scale benchmark keeps the heap under
# 256 MB for 20 stores x 500 bookings), and Lambda's CPU share grows with memory, so 512 MB keeps JSON
# parsing and TLS handshakes quick without paying for the 1 GB the Python image needed for Chrome.
# Timeout 300 s: a warm cycle takes seconds; the bound leaves room for retries with backoff against a slow
# Naver or SENS, and stays far below the 20-minute schedule so two cycles never overlap for long.
# SnapStart on a published alias removes most of the JVM cold start (zip packages only).
# Package: lambda/target/naver-sms-cycle.jar (~15 MB: the cycle without Selenium, SQLite, the simulator and
# the CLI), uploaded directly: Lambda's limit for that is 50 MB, and the lambda module's LeanArtifactTest
# holds the jar at 20 MB or less, so no S3 upload step is needed.
resource "aws_lambda_function" "cycle" {
  function_name    = var.cycle_function_name
  role             = aws_iam_role.cycle.arn
  runtime          = "java21"
  handler          = "com.naversms.app.lambda.CycleHandler::handleRequest"
  filename         = var.cycle_jar_path
  source_code_hash = filebase64sha256(var.cycle_jar_path)
  memory_size      = var.cycle_memory_mb
  timeout          = var.cycle_timeout_seconds
  architectures    = ["x86_64"]
  publish          = true

  snap_start {
    apply_on = "PublishedVersions"
  }

  environment {
    variables = {
      STATE_BACKEND = "dynamodb"
      SMS_TABLE     = var.sms_table_name
      SESSION_TABLE = var.session_table_name
      OPTOUT_TABLE  = var.optout_table_name
      # the message ledger (docs/state.md 8)
      LEDGER_TABLE          = var.ledger_table_name
      LEDGER_RETENTION_DAYS = tostring(var.ledger_retention_days)
      SECRETS_SOURCE        = "aws"
      COMPARISON_MODE       = var.comparison_mode ? "true" : "false"
      # The legacy delivery gate: real SMS only when not comparing (the sender's kill switch holds anyway).
      SENS_DELIVERY_ENABLED = var.comparison_mode ? "false" : "true"
      # Kakao AlimTalk with SMS failover (docs/operations.md 2.9); comparison mode stops it like SMS.
      ALIMTALK_ENABLED  = var.alimtalk_enabled ? "true" : "false"
      MAX_SEND_ATTEMPTS = tostring(var.max_send_attempts)
      # The Environment dimension of every metric (alarms and dashboards select it).
      NAVER_SMS_ENVIRONMENT = var.environment
      OPERATOR_SUMMARY      = var.operator_summary
      DAILY_DIGEST_HOUR     = tostring(var.daily_digest_hour)
      LOGIN_FUNCTION_NAME   = aws_lambda_function.login.function_name
      # The cycle waits for the login function this long plus a margin, and does not retry it.
      LOGIN_FUNCTION_TIMEOUT_SECONDS = tostring(aws_lambda_function.login.timeout)
      # Rules and templates from the config bucket, checked at every load; the package's config is
      # the fallback only when this is unset (docs/deploy.md "Change a message").
      NAVER_SMS_CONFIG_URI = var.config_uri
      LOG_LEVEL            = "INFO"
      JAVA_TOOL_OPTIONS    = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"
    }
  }

  depends_on = [aws_cloudwatch_log_group.cycle]
}

resource "aws_lambda_alias" "cycle_live" {
  name             = "live"
  function_name    = aws_lambda_function.cycle.function_name
  function_version = aws_lambda_function.cycle.version
}

resource "aws_cloudwatch_log_group" "cycle" {
  name              = "/aws/lambda/${var.cycle_function_name}"
  retention_in_days = var.log_retention_days
}

resource "aws_iam_role" "cycle" {
  name               = "${var.cycle_function_name}-role"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

# Least privilege: exactly the calls the cycle makes.
data "aws_iam_policy_document" "cycle" {
  statement {
    sid       = "SmsTable"
    actions   = ["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Scan"]
    resources = [var.sms_table_arn]
  }
  statement {
    sid       = "LedgerTable"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan"]
    resources = [var.ledger_table_arn, "${var.ledger_table_arn}/index/*"]
  }
  statement {
    sid       = "SessionTable"
    actions   = ["dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]
    resources = [var.session_table_arn]
  }
  # The opt-out list is read (one Scan per cycle), never written: `naver-sms optout` writes it.
  statement {
    sid       = "OptOutTable"
    actions   = ["dynamodb:Scan"]
    resources = [var.optout_table_arn]
  }
  statement {
    sid       = "Secrets"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = values(var.secret_arns)
  }
  statement {
    sid       = "InvokeLogin"
    actions   = ["lambda:InvokeFunction"]
    resources = [aws_lambda_function.login.arn]
  }
  statement {
    sid       = "ConfigList"
    actions   = ["s3:ListBucket"]
    resources = [var.config_bucket_arn]
    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["${var.config_prefix}*"]
    }
  }
  statement {
    sid       = "ConfigRead"
    actions   = ["s3:GetObject"]
    resources = ["${var.config_bucket_arn}/${var.config_prefix}*"]
  }
  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.cycle.arn}:*"]
  }
}

resource "aws_iam_role_policy" "cycle" {
  name   = "${var.cycle_function_name}-policy"
  role   = aws_iam_role.cycle.id
  policy = data.aws_iam_policy_document.cycle.json
}
