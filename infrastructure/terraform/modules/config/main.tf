# The cycle function's config folder (NAVER_SMS_CONFIG_URI = s3://BUCKET/PREFIX): rules and templates
# change with `naver-sms config push --to s3://BUCKET/PREFIX` (checked first), no build and no apply.
# Versioned, so every earlier upload can be restored (docs/deploy.md "Change a message"); encrypted at rest;
# no public access of any kind; only this account's principals own and read its objects.
variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket" "config" {
  bucket = var.bucket_name
}

resource "aws_s3_bucket_versioning" "config" {
  bucket = aws_s3_bucket.config.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "config" {
  bucket = aws_s3_bucket.config.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "config" {
  bucket                  = aws_s3_bucket.config.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "config" {
  bucket = aws_s3_bucket.config.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

output "bucket_name" {
  value = aws_s3_bucket.config.id
}

output "bucket_arn" {
  value = aws_s3_bucket.config.arn
}
