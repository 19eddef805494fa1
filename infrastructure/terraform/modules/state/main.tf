# The legacy tables (docs/design.md 5): sms (booking_num, phone) and session (id), and the message ledger
# sms_messages (below). On-demand, point-in-time
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

variable "ledger_table_name" {
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

# The message ledger (docs/state.md 8): this service's own table, created whatever create_tables says
# (the legacy system never had it). One booking's history is one Query (booking_num + entry); the
# index phone lists every message to one number; the sparse index awaiting holds only the messages
# whose carrier result is still to be asked for. Entries expire LEDGER_RETENTION_DAYS after their
# last change (TTL on expires_at).
resource "aws_dynamodb_table" "ledger" {
  name         = var.ledger_table_name
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "booking_num"
  range_key    = "entry"

  attribute {
    name = "booking_num"
    type = "S"
  }
  attribute {
    name = "entry"
    type = "S"
  }
  attribute {
    name = "phone"
    type = "S"
  }
  attribute {
    name = "awaiting"
    type = "S"
  }
  attribute {
    name = "accepted_at"
    type = "N"
  }
  global_secondary_index {
    name            = "phone"
    hash_key        = "phone"
    projection_type = "ALL"
  }
  global_secondary_index {
    name            = "awaiting"
    hash_key        = "awaiting"
    range_key       = "accepted_at"
    projection_type = "ALL"
  }
  ttl {
    attribute_name = "expires_at"
    enabled        = true
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

output "ledger_table_arn" {
  value = aws_dynamodb_table.ledger.arn
}
