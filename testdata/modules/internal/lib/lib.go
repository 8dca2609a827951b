package lib

import "example.com/internal/lib/internal/secret"

func Public() int { return secret.S * 2 }
