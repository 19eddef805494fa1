# Dashboard bodies are JSON templates so that tests can read every widget, metric and query as data.
locals {
  dashboard_vars = {
    region         = var.aws_region
    function_name  = var.cycle_function_name
    log_group      = var.cycle_log_group_name
    metric_service = var.metric_service
    environment    = var.environment
  }
}

resource "aws_cloudwatch_dashboard" "main" {
  dashboard_name = "${var.name_prefix}-dashboard"
  dashboard_body = templatefile("${path.module}/dashboards/main.json.tftpl", local.dashboard_vars)
}

resource "aws_cloudwatch_dashboard" "comparison" {
  dashboard_name = "${var.name_prefix}-comparison"
  dashboard_body = templatefile("${path.module}/dashboards/comparison.json.tftpl", local.dashboard_vars)
}

output "dashboard_names" {
  value = [aws_cloudwatch_dashboard.main.dashboard_name, aws_cloudwatch_dashboard.comparison.dashboard_name]
}
