output "cycle_function_name" {
  value = aws_lambda_function.cycle.function_name
}

output "cycle_alias_arn" {
  value = aws_lambda_alias.cycle_live.arn
}

output "cycle_alias_name" {
  value = aws_lambda_alias.cycle_live.name
}

output "cycle_log_group_name" {
  value = aws_cloudwatch_log_group.cycle.name
}

output "login_function_name" {
  value = aws_lambda_function.login.function_name
}

output "login_log_group_name" {
  value = aws_cloudwatch_log_group.login.name
}
