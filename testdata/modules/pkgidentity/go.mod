module example.com/pkgidentity

go 1.19
