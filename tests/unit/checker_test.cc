// Table-driven checker tests: each program must produce exactly the listed diagnostics
// (line:col and message), and all errors of a file are reported, sorted by position.
#include <gtest/gtest.h>

#include "api/engine.h"

namespace gs {
namespace {

struct Case {
  const char* name;
  const char* src;
  std::vector<std::string> want;  // "line:col: message"
};

std::vector<std::string> diagnostics(const std::string& src) {
  auto b = build_program("x.go", src, {});
  std::vector<std::string> out;
  for (const Diagnostic& d : b->diags.list()) {
    LineCol lc = b->files[size_t(d.file)]->position(d.range.begin);
    out.push_back(std::to_string(lc.line) + ":" + std::to_string(lc.col) + ": " + d.message);
  }
  return out;
}

const Case kCases[] = {
    {"undefined", "package main\n\nfunc main() {\n\tx = 1\n}\n", {"4:2: undefined: x"}},
    {"unused_var",
     "package main\n\nfunc main() {\n\tx := 1\n}\n",
     {"4:2: declared and not used: x"}},
    {"unused_import",
     "package main\n\nimport \"os\"\n\nfunc main() {}\n",
     {"3:8: \"os\" imported and not used"}},
    {"mismatched",
     "package main\n\nfunc main() {\n\ta, b := 1, \"s\"\n\t_ = a + b\n}\n",
     {"5:6: invalid operation: a + b (mismatched types int and string)"}},
    {"missing_return",
     "package main\n\nfunc f() int {\n}\n\nfunc main() { f() }\n",
     {"4:1: missing return"}},
    {"not_enough_args",
     "package main\n\nfunc f(a, b int) {}\n\nfunc main() {\n\tf(1)\n}\n",
     {"6:5: not enough arguments in call to f\n\thave (number)\n\twant (int, int)"}},
    {"too_many_returns",
     "package main\n\nfunc f() int {\n\treturn 1, 2\n}\n\nfunc main() { f() }\n",
     {"4:9: too many return values\n\thave (number, number)\n\twant (int)"}},
    {"assign_mismatch",
     "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\ta, b := f()\n\t_, _ = a, "
     "b\n}\n",
     {"6:2: assignment mismatch: 2 variables but f returns 1 value"}},
    {"send_on_recv_only",
     "package main\n\nfunc main() {\n\tvar c <-chan int\n\tc <- 1\n}\n",
     {"5:2: invalid operation: cannot send to receive-only channel c (variable of type <-chan "
      "int)"}},
    {"recv_from_send_only",
     "package main\n\nfunc main() {\n\tvar c chan<- int\n\t<-c\n}\n",
     {"5:2: invalid operation: cannot receive from send-only channel c (variable of type chan<- "
      "int)"}},
    {"does_not_implement",
     "package main\n\ntype I interface{ M() }\n\ntype T struct{}\n\nfunc main() {\n\tvar i I = "
     "T{}\n\t_ = i\n}\n",
     {"8:12: cannot use T{} (value of type T) as I value in variable declaration: T does not "
      "implement I (missing method M)"}},
    {"pointer_receiver",
     "package main\n\ntype I interface{ M() }\n\ntype T struct{}\n\nfunc (*T) M() {}\n\nfunc "
     "main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
     {"10:12: cannot use T{} (value of type T) as I value in variable declaration: T does not "
      "implement I (method M has pointer receiver)"}},
    {"unknown_field",
     "package main\n\ntype T struct{ a int }\n\nfunc main() {\n\tvar t T\n\t_ = t.b\n}\n",
     {"7:8: t.b undefined (type T has no field or method b)"}},
    {"cannot_assign",
     "package main\n\nfunc main() {\n\ts := \"abc\"\n\ts[0] = 'x'\n}\n",
     {"5:2: cannot assign to s[0] (neither addressable nor a map index expression)"}},
    {"constant_overflow",
     "package main\n\nfunc main() {\n\tvar b byte = 300\n\t_ = b\n}\n",
     // Go prints the alias name "byte"; goroscope treats byte and uint8 as one type.
     {"4:15: cannot use 300 (untyped int constant) as uint8 value in variable declaration "
      "(overflows)"}},
    {"generic_constraint_unsatisfied",
     "package main\n\nfunc Max[T int | string](a, b T) T { return a }\n\nfunc main() { "
     "_ = Max(1.5, 2) }\n",
     {"5:22: float64 does not satisfy int | string (float64 missing in int | string)"}},
    {"several_errors_sorted",
     "package main\n\nfunc main() {\n\tx := 1\n\ty = 2\n\tvar z string = 3\n}\n",
     {"4:2: declared and not used: x", "5:2: undefined: y",
      "6:17: cannot use 3 (untyped int constant) as string value in variable declaration",
      "6:6: declared and not used: z"}},
};

TEST(Checker, Diagnostics) {
  for (const Case& c : kCases) {
    if (c.want.empty()) continue;
    std::vector<std::string> got = diagnostics(c.src);
    std::vector<std::string> want = c.want;
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    EXPECT_EQ(got, want) << c.name;
  }
}

TEST(Checker, ReportsInSourceOrder) {
  auto b = build_program("x.go", "package main\n\nfunc main() {\n\tb = 1\n\ta = 2\n}\n", {});
  ASSERT_EQ(b->diags.size(), 2u);
  EXPECT_LT(b->diags.list()[0].range.begin, b->diags.list()[1].range.begin);
}

TEST(Checker, UnsupportedConstructsNameThemselves) {
  struct {
    const char* src;
    const char* word;
  } cases[] = {
      {"package main\n\nfunc main() {\nL:\n\tgoto L\n}\n", "goto"},
      {"package main\n\nimport \"unsafe\"\n\nfunc main() { _ = unsafe.Sizeof(1) }\n", "unsafe"},
      {"package main\n\nimport \"reflect\"\n\nfunc main() { _ = reflect.TypeOf(1) }\n", "reflect"},
      {"package main\n\nfunc main() { _ = 1i }\n", "complex"},
  };
  for (auto& c : cases) {
    auto b = build_program("x.go", c.src, {});
    ASSERT_FALSE(b->ok()) << c.src;
    bool found = false;
    for (const Diagnostic& d : b->diags.list())
      if (d.kind == DiagKind::Unsupported && d.message.find(c.word) != std::string::npos)
        found = true;
    EXPECT_TRUE(found) << c.word << ": " << b->format_diagnostics();
  }
}

TEST(Checker, ShadowingPredeclaredNames) {
  const char* src =
      "package main\n\nimport \"fmt\"\n\nfunc copy(a, b int) int { return a + b }\n\n"
      "func main() {\n\tlen := 3\n\tfmt.Println(copy(len, 4))\n}\n";
  auto b = build_program("x.go", src, {});
  ASSERT_TRUE(b->ok()) << b->format_diagnostics();
  EXPECT_EQ(run_to_end(*b->program, {}).out, "7\n");
}

TEST(Checker, PackageVariablesInitializeInDependencyOrder) {
  const char* src =
      "package main\n\nimport \"fmt\"\n\nvar a = b + 1\nvar b = f()\nvar c = 10\n\n"
      "func f() int { return c * 2 }\n\nfunc main() { fmt.Println(a, b, c) }\n";
  auto b = build_program("x.go", src, {});
  ASSERT_TRUE(b->ok()) << b->format_diagnostics();
  EXPECT_EQ(run_to_end(*b->program, {}).out, "21 20 10\n");
}

}  // namespace
}  // namespace gs
