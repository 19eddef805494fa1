# The legacy tables (docs/design.md 5): sms (booking_num, phone) and session (id). On-demand, point-in-time
# recovery, server-side encryption. With create_tables = false the legacy system's existing tables are used:
# import them into this state first (docs/deploy.md), then keep create_tables = true, or leave them
# unmanaged and only reference them by name.
variable "create_tables" {
  type = bool
}

variable "sms_table_name" {
  type = string
}

variable "session_table_name" {
  type = string
}

# Not a legacy table: always created (the Python system has no opt-out list).
variable "optout_table_name" {
  type = string
}

resource "aws_dynamodb_table" "sms" {
  count        = var.create_tables ? 1 : 0
  name         = var.sms_table_name
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "booking_num"
  range_key    = "phone"

  attribute {
    name = "booking_num"
    type = "S"
  }
  attribute {
    name = "phone"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
  server_side_encryption {
    enabled = true
  }
  deletion_protection_enabled = true
}

resource "aws_dynamodb_table" "session" {
  count        = var.create_tables ? 1 : 0
  name         = var.session_table_name
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
  server_side_encryption {
    enabled = true
  }
  deletion_protection_enabled = true
}

# The numbers that refused advertising messages (docs/state.md "The opt-out list"): one item per number,
# phone (digits) as the key, added with `naver-sms optout add`, read by every cycle.
resource "aws_dynamodb_table" "optouts" {
  name         = var.optout_table_name
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "phone"

  attribute {
    name = "phone"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
  server_side_encryption {
    enabled = true
  }
  deletion_protection_enabled = true
}

data "aws_dynamodb_table" "sms" {
  count = var.create_tables ? 0 : 1
  name  = var.sms_table_name
}

data "aws_dynamodb_table" "session" {
  count = var.create_tables ? 0 : 1
  name  = var.session_table_name
}

output "sms_table_arn" {
  value = var.create_tables ? aws_dynamodb_table.sms[0].arn : data.aws_dynamodb_table.sms[0].arn
}

output "session_table_arn" {
  value = var.create_tables ? aws_dynamodb_table.session[0].arn : data.aws_dynamodb_table.session[0].arn
}

output "optout_table_arn" {
  value = aws_dynamodb_table.optouts.arn
}
