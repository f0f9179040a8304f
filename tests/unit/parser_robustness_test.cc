// Parser tests: robustness on bad input (truncations, deleted bytes, random mutations,
// garbage, deep nesting, long chains) and a large file.
#include "parser_dump.h"

namespace gs::parser_test {
namespace {

// ---------------------------------------------------------------------------------------
// Robustness: no crash, hang or inconsistent output on damaged input.

const char* kSample =
    "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\n"
    "type Shape interface {\n\tArea() float64\n\tfmt.Stringer\n}\n\n"
    "type Rect struct {\n\tW, H float64 `json:\"w\"`\n\t*Base\n}\n\n"
    "const (\n\tA = iota\n\tB\n)\n\n"
    "var table = map[string][]int{\"a\": {1, 2}, \"b\": nil}\n\n"
    "func (r *Rect) Area() float64 { return r.W * r.H }\n\n"
    "func apply(xs []int, f func(int) int, rest ...int) (out []int, err error) {\n"
    "\tfor i, x := range xs {\n\t\tif i%2 == 0 && x > 0 {\n\t\t\tout = append(out, f(x))\n"
    "\t\t} else if x < 0 {\n\t\t\tcontinue\n\t\t} else {\n\t\t\tbreak\n\t\t}\n\t}\n"
    "\treturn out[:len(out):cap(out)], nil\n}\n\n"
    "func main() {\n\tch := make(chan int, 3)\n\tdone := make(chan struct{})\n"
    "\tgo func() {\n\t\tdefer close(done)\n\t\tfor v := range ch {\n\t\t\tfmt.Println(v)\n\t\t}\n"
    "\t}()\nouter:\n\tfor i := 0; i < 3; i++ {\n\t\tselect {\n\t\tcase ch <- i:\n"
    "\t\tcase v, ok := <-ch:\n\t\t\t_, _ = v, ok\n\t\tdefault:\n\t\t\tbreak outer\n\t\t}\n\t}\n"
    "\tvar s Shape = &Rect{W: 1, H: 2}\n\tswitch t := s.(type) {\n\tcase *Rect:\n"
    "\t\tfmt.Printf(\"%v %q\\n\", t, strings.Repeat(`x`, 2))\n\tdefault:\n\t\tpanic('x')\n\t}\n"
    "\tif x := (Rect{}); x.W == 0 {\n\t\tx.W++\n\t}\n\tclose(ch)\n\t<-done\n}\n";

void check_sane(const std::string& text) {
  SourceFile src("t.go", text);
  AstPool pool;
  Diagnostics diags;
  File* f = parse_file(src, pool, diags);
  ASSERT_NE(f, nullptr);
  ASSERT_NE(f->package_name, nullptr);
  for (const Diagnostic& d : diags.list()) {
    ASSERT_LE(d.range.begin, d.range.end);
    ASSERT_LE(d.range.end, text.size());
    ASSERT_FALSE(d.message.empty());
  }
  int depth = 0;
  auto rec = [&](auto& self, const Node* n) -> void {
    ASSERT_LE(n->range.begin, n->range.end) << node_kind_name(n->kind);
    ASSERT_LE(n->range.end, text.size()) << node_kind_name(n->kind);
    if (++depth < 2000) for_each_child(n, [&](const Node* c) { self(self, c); });
    depth--;
  };
  rec(rec, f);
}

TEST(Robustness, SampleParsesCleanly) {
  Parsed p(kSample);
  EXPECT_TRUE(p.diags.empty()) << p.diag_text();
}

TEST(Robustness, EveryTruncation) {
  std::string s = kSample;
  for (size_t n = 0; n <= s.size(); n++) check_sane(s.substr(0, n));
}

TEST(Robustness, EveryDeletedByte) {
  std::string s = kSample;
  for (size_t i = 0; i < s.size(); i++) check_sane(s.substr(0, i) + s.substr(i + 1));
}

TEST(Robustness, RandomMutations) {
  const char* pieces[] = {
      "(",       ")",     "[",    "]",      "{",         "}",    ",",     ";",    ":",
      ":=",      "=",     ".",    "...",    "<-",        "*",    "&",     "func", "if",
      "for",     "range", "type", "struct", "interface", "chan", "map",   "\n",   "x",
      "1",       "\"",    "'",    "`",      "/*",        "//",   "case",  "var",  "[T any]",
      ".(type)", "\xff",  "@",    "0x",     "1e",        "go",   "switch"};
  std::mt19937 rng(12345);
  std::string base = kSample;
  for (int iter = 0; iter < 3000; iter++) {
    std::string s = base;
    int edits = 1 + int(rng() % 4);
    for (int e = 0; e < edits; e++) {
      size_t pos = rng() % (s.size() + 1);
      switch (rng() % 3) {
        case 0:
          s.insert(pos, pieces[rng() % (sizeof pieces / sizeof pieces[0])]);
          break;
        case 1:
          s.erase(pos, rng() % 8);
          break;
        default: {
          size_t from = rng() % (s.size() + 1);
          s.insert(pos, s.substr(from, rng() % 16));
        }
      }
    }
    check_sane(s);
  }
}

TEST(Robustness, Garbage) {
  std::string all;
  for (int i = 0; i < 256; i++) all.push_back(char(i));
  check_sane(all);
  check_sane("package p\n" + all);
  check_sane(std::string(5000, '('));
  check_sane("package p\nvar x = " + std::string(5000, '{'));
  check_sane("package p\nfunc f() {" + std::string(5000, '}'));
  check_sane("package p\nfunc f() " + std::string(3000, '['));
  check_sane("package p\ntype T[" + std::string(3000, '['));
}

TEST(Robustness, DeepNestingIsRejectedNotFatal) {
  for (const char* open : {"(", "[]", "*", "!", "- ", "f(", "{", "func() {", "a["}) {
    std::string o = open, text;
    if (o == "{" || o == "func() {") {
      text = "package p\nfunc f() {\n";
      for (int i = 0; i < 5000; i++) text += o == "{" ? "{" : "_ = func() {";
    } else {
      text = "package p\nvar x = ";
      for (int i = 0; i < 5000; i++) text += o;
      text += "1";
    }
    Parsed p(text);
    bool found = false;
    for (const Diagnostic& d : p.diags.list()) {
      found |= d.message.find("nesting too deep") != std::string::npos;
    }
    EXPECT_TRUE(found) << open << "\n" << p.diag_text().substr(0, 500);
  }
  // Moderate nesting (Go's own test suite nests 250 deep) is fine.
  std::string text = "package p\nvar x ";
  for (int i = 0; i < 250; i++) text += "[]";
  Parsed p(text + "int\n");
  EXPECT_TRUE(p.diags.empty()) << p.diag_text();
}

TEST(Robustness, LongChainsDoNotRecurse) {
  // Binary operator chains, else-if chains and statement lists are parsed iteratively.
  std::string text = "package p\nvar x = 1";
  for (int i = 0; i < 20000; i++) text += " + 1";
  text += "\nfunc f() {\n\tif a {\n\t}";
  for (int i = 0; i < 5000; i++) text += " else if a {\n\t}";
  text += "\n}\n";
  Parsed p(text);
  EXPECT_TRUE(p.diags.empty()) << p.diag_text().substr(0, 500);
}

// A large file parses cleanly (its speed is a benchmark matter, not a unit test's).
TEST(Robustness, TwoThousandLines) {
  std::string text = "package p\n\nimport \"fmt\"\n\n";
  for (int i = 0; text.size() < 60000 || i % 10 != 0; i++) {
    text += "func f" + std::to_string(i) +
            "(xs []int, m map[string]int) (int, error) {\n\ttotal := 0\n"
            "\tfor i, x := range xs {\n\t\tif x%2 == 0 && i > 0 {\n\t\t\ttotal += x * m[\"k\"]\n"
            "\t\t} else {\n\t\t\tfmt.Println(i, x, \"odd\")\n\t\t}\n\t}\n"
            "\treturn total, nil\n}\n\n";
  }
  int lines = 0;
  for (char c : text) lines += c == '\n';
  ASSERT_GE(lines, 2000);
  Parsed p(text);
  EXPECT_TRUE(p.diags.empty()) << p.diag_text().substr(0, 500);
  size_t funcs = 0;
  for (size_t at = 0; (at = text.find("\nfunc ", at)) != std::string::npos; at++) funcs++;
  EXPECT_EQ(p.file->decls.size(), 1 + funcs);  // the import, then every function
}

}  // namespace
}  // namespace gs::parser_test
