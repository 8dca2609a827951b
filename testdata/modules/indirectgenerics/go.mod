module example.com/indirectgenerics

go 1.19
