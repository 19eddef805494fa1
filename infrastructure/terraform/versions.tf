terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.30"
    }
  }
  # Partial configuration: pass bucket/key/region/dynamodb_table with -backend-config (docs/deploy.md).
  backend "s3" {}
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
