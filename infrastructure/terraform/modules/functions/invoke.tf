# Asynchronous invocations are not retried by Lambda (its default is two retries at once). EventBridge
# invokes the cycle's alias `live` asynchronously: a failed cycle is retried by the next scheduled one
# 20 minutes later, which redoes everything not yet delivered; an immediate retry after a login failure
# would only open another browser (docs/operations.md 3.4). An event that waited longer than 15 minutes
# (throttling) is dropped for the same reason: the next cycle is due.
resource "aws_lambda_function_event_invoke_config" "cycle" {
  function_name                = aws_lambda_function.cycle.function_name
  qualifier                    = aws_lambda_alias.cycle_live.name
  maximum_retry_attempts       = 0
  maximum_event_age_in_seconds = 900
}

# The same for a cycle invoked by hand without the alias ($LATEST), e.g. `aws lambda invoke
# --invocation-type Event`.
resource "aws_lambda_function_event_invoke_config" "cycle_unqualified" {
  function_name                = aws_lambda_function.cycle.function_name
  maximum_retry_attempts       = 0
  maximum_event_age_in_seconds = 900
}

# The cycle calls the login function synchronously (no Lambda retry applies there, and the cycle's
# client does not retry either); an asynchronous call by hand must not start a second browser.
resource "aws_lambda_function_event_invoke_config" "login" {
  function_name          = aws_lambda_function.login.function_name
  maximum_retry_attempts = 0
}
