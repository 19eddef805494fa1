output "cycle_function_name" {
  value = module.functions.cycle_function_name
}

output "cycle_alias_arn" {
  value = module.functions.cycle_alias_arn
}

output "login_function_name" {
  value = module.functions.login_function_name
}

output "login_repository_url" {
  value = module.ecr.repository_url
}

output "alarm_topic_arn" {
  value = module.monitoring.alarm_topic_arn
}

output "dashboard_names" {
  value = module.monitoring.dashboard_names
}
