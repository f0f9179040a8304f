module goroscope/difftest

go 1.22
