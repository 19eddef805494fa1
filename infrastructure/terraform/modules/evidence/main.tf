# Login evidence (LOGIN_EVIDENCE_URI = s3://BUCKET/PREFIX): a failed browser sign-in's screenshot, page
# (input values masked), URL and reason, one folder per failure, named in the ERROR log line and the
# Telegram alert (docs/ops/runbook.md "Login"). The login function's /tmp dies with it; this does not.
# Objects expire after expiration_days (14): the page may show the account and customers' bookings.
# Encrypted at rest; no public access of any kind; only this account's principals own its objects.
variable "bucket_name" {
  type = string
}

variable "expiration_days" {
  type    = number
  default = 14
}

resource "aws_s3_bucket" "evidence" {
  bucket = var.bucket_name
}

# Versioned like the config bucket (an overwrite cannot erase evidence); old versions expire too.
resource "aws_s3_bucket_versioning" "evidence" {
  bucket = aws_s3_bucket.evidence.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "evidence" {
  bucket     = aws_s3_bucket.evidence.id
  depends_on = [aws_s3_bucket_versioning.evidence]

  rule {
    id     = "expire-login-evidence"
    status = "Enabled"

    filter {}

    expiration {
      days = var.expiration_days
    }

    noncurrent_version_expiration {
      noncurrent_days = 1
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "evidence" {
  bucket = aws_s3_bucket.evidence.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "evidence" {
  bucket                  = aws_s3_bucket.evidence.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "evidence" {
  bucket = aws_s3_bucket.evidence.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

output "bucket_name" {
  value = aws_s3_bucket.evidence.id
}

output "bucket_arn" {
  value = aws_s3_bucket.evidence.arn
}
