// Programs with very long operator, else-if and constant chains build and run like Go's
// (no native stack overflow, no quadratic memory); postfix chains deeper than the nesting
// limit get one clear error. Run under the sanitizer build too (tests/run.sh).
#include <gtest/gtest.h>

#include "api/engine.h"

namespace gs {
namespace {

std::string repeat(const std::string& s, int n, const std::string& sep) {
  std::string out;
  for (int i = 0; i < n; i++) out += (i ? sep : "") + s;
  return out;
}

// Builds and runs `body` inside func main (with fmt imported); returns stdout, or the
// diagnostics when it does not compile.
std::string run_main(const std::string& body) {
  std::string src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n" + body + "\n}\n";
  auto b = build_program("main.go", src, {});
  if (!b->ok()) return b->format_diagnostics();
  RunResult r = run_to_end(*b->program, {});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

TEST(LongChains, ArithmeticChain) {
  EXPECT_EQ(run_main("x := 1\nfmt.Println(" + repeat("x", 20000, " + ") + ")"), "20000\n");
  EXPECT_EQ(run_main("x := 3\nfmt.Println(" + repeat("x", 20000, " - ") + " == x)"), "false\n");
  // Mixed precedence levels and a comparison at the top.
  EXPECT_EQ(run_main("x := 2\nfmt.Println(" + repeat("x*x", 10000, " + ") + " > 0)"), "true\n");
}

TEST(LongChains, LogicalChains) {
  std::string chain = repeat("x", 50000, " && ");
  EXPECT_EQ(
      run_main("x := true\nb := " + chain + "\nif " + chain + " {\nfmt.Println(b, \"yes\")\n}"),
      "true yes\n");
  EXPECT_EQ(run_main("x, y := false, true\nfmt.Println(" + repeat("x", 20000, " || ") + " || y)"),
            "true\n");
}

TEST(LongChains, ElseIfChain) {
  std::string body = "x := 19999\nif x < 0 {\nfmt.Println(\"neg\")\n";
  for (int i = 0; i < 20000; i++)
    body += "} else if x == " + std::to_string(i) + " {\nfmt.Println(" + std::to_string(i) + ")\n";
  body += "} else {\nfmt.Println(\"none\")\n}";
  EXPECT_EQ(run_main(body), "19999\n");
}

TEST(LongChains, StringChains) {
  // One concatenation for the whole chain, like gc: no quadratic garbage.
  EXPECT_EQ(run_main("s := \"a\"\nt := " + repeat("s", 50000, " + ") + "\nfmt.Println(len(t))"),
            "50000\n");
  // A constant chain folds in linear time and memory.
  EXPECT_EQ(run_main("t := " + repeat("\"bc\"", 50000, " + ") + "\nfmt.Println(len(t))"),
            "100000\n");
}

TEST(LongChains, PostfixChainsWithinTheLimitRun) {
  std::string src =
      "package main\n\nimport \"fmt\"\n\ntype T struct{ n int }\n\n"
      "func (t *T) F() *T { t.n++; return t }\n\nfunc main() {\n"
      "\tt := &T{}\n\tt" +
      repeat(".F()", 240, "") + "\n\ts := []int{1, 2, 3}\n\ts = s" + repeat("[1:]", 2, "") +
      repeat("[0:]", 480, "") + "\n\tfmt.Println(t.n, s)\n}\n";
  auto b = build_program("main.go", src, {});
  ASSERT_TRUE(b->ok()) << b->format_diagnostics();
  EXPECT_EQ(run_to_end(*b->program, {}).out, "240 [3]\n");
}

TEST(LongChains, PostfixChainsBeyondTheLimitAreRejected) {
  for (const std::string& link : {".F()", "[0:]", ".x", "[0]"}) {
    std::string out = run_main("var t T\n_ = t" + repeat(link, 50000, ""));
    EXPECT_NE(out.find("main.go:7:"), std::string::npos) << link << ": " << out.substr(0, 300);
    EXPECT_NE(out.find("nesting too deep (more than 500 levels)"), std::string::npos)
        << link << ": " << out.substr(0, 300);
  }
}

}  // namespace
}  // namespace gs
