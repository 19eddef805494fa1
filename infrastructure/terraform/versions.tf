terraform {
  # 1.10: the S3 backend's native lock file (use_lockfile); 1.9: validations that read other variables.
  required_version = ">= 1.10.0"
  required_providers {
    aws = {
      source = "hashicorp/aws"
      # Bounded to the major the configuration is written and tested against. The exact version is
      # pinned by .terraform.lock.hcl (docs/deploy.md, "Provider lock file").
      version = "~> 5.30"
    }
  }
  # Partial configuration: bucket, key and region come from -backend-config (docs/deploy.md). The lock is
  # a lock file beside the state in the same bucket: no DynamoDB lock table.
  backend "s3" {
    use_lockfile = true
    encrypt      = true
  }
}

provider "aws" {
  region = var.aws_region
  default_tags {
    tags = {
      Project     = "naver-sms-automation"
      ManagedBy   = "terraform"
      Environment = var.environment
    }
  }
}
