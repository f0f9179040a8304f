// Float formatting and parsing with the exact semantics of Go's strconv (FormatFloat with
// 'e', 'E', 'f', 'g', 'G', shortest or fixed precision, 32- or 64-bit).
#pragma once
#include <string>
#include <string_view>

namespace gs {

std::string format_float(double f, char fmt, int prec, int bit_size);
// ok=false on a syntax error; out_of_range with ±Inf on overflow (Go's ParseFloat).
double parse_float(std::string_view s, int bit_size, bool& ok, bool& out_of_range);

}  // namespace gs
