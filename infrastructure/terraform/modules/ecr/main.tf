variable "repository_name" {
  type = string
}

resource "aws_ecr_repository" "login" {
  name                 = var.repository_name
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "AES256"
  }
}

# Keep the last ten images: enough to roll back several releases within minutes.
resource "aws_ecr_lifecycle_policy" "login" {
  repository = aws_ecr_repository.login.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "keep the newest 10 images"
      selection = {
        tagStatus   = "any"
        countType   = "imageCountMoreThan"
        countNumber = 10
      }
      action = { type = "expire" }
    }]
  })
}

output "repository_url" {
  value = aws_ecr_repository.login.repository_url
}

output "repository_arn" {
  value = aws_ecr_repository.login.arn
}
