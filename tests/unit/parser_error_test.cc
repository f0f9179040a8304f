// Parser tests: syntax error messages and positions (worded like gc), recovery, and
// constructs goroscope reports as unsupported.
#include "parser_dump.h"

namespace gs::parser_test {
namespace {

// ---------------------------------------------------------------------------------------
// Syntax errors: message and line:col of the first diagnostic, worded like gc.

struct ErrorCase {
  const char* src;
  const char* message;
  const char* pos;  // "line:col"
};

class SyntaxErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(SyntaxErrors, FirstError) {
  const ErrorCase& c = GetParam();
  Parsed p(c.src);
  ASSERT_FALSE(p.diags.empty()) << c.src;
  const Diagnostic& d = p.diags.list()[0];
  EXPECT_EQ(d.kind, DiagKind::Syntax);
  EXPECT_EQ(d.message, c.message) << c.src << "\n" << p.diag_text();
  LineCol lc = p.src.position(d.range.begin);
  EXPECT_EQ(std::to_string(lc.line) + ":" + std::to_string(lc.col), c.pos) << c.src;
}

const ErrorCase kErrorCases[] = {
    {"package main\nfunc main() {\n\tx := 1 +\n}\n",
     "syntax error: unexpected }, expected expression", "4:1"},
    {"package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
     "syntax error: cannot use x := 1 as value", "3:7"},
    {"package main\nfunc main() {\n\tif x = 2 {\n\t}\n}\n",
     "syntax error: cannot use assignment x = 2 as value", "3:7"},
    {"package main\nfunc main() {\n\tif x = a + b {\n\t}\n}\n",
     "syntax error: cannot use assignment x = (a + b) as value", "3:7"},
    {"package main\nfunc main() {\n\tfor x++ {\n\t}\n}\n", "syntax error: cannot use x++ as value",
     "3:7"},
    {"package main\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
     "syntax error: unexpected newline, expected { after for clause", "3:25"},
    {"package main\nfunc main()\n{\n}\n", "syntax error: unexpected semicolon or newline before {",
     "3:1"},
    {"package main\nx := 1\n", "syntax error: non-declaration statement outside function body",
     "2:1"},
    {"package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
     "syntax error: unexpected newline in argument list; possibly missing comma or )", "4:17"},
    {"package main\nfunc main() {\n\tvar x = []int{1, 2\n\t}\n}\n",
     "syntax error: unexpected newline in composite literal; possibly missing comma or }", "3:20"},
    {"package main\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
     "syntax error: unexpected keyword else, expected }", "5:2"},
    {"package main\nfunc main() {\n\tif {\n\t}\n}\n",
     "syntax error: missing condition in if statement", "3:5"},
    {"package main\nfunc main() {\n\tif x\n\t{\n\t}\n}\n",
     "syntax error: unexpected newline, expected { after if clause", "3:6"},
    {"package main\nfunc main() {\n\tif x; {\n\t}\n}\n",
     "syntax error: missing condition in if statement", "3:6"},
    {"package main\nfunc main() {\n\tif true {\n\t} else return\n}\n",
     "syntax error: else must be followed by if or statement block", "4:9"},
    {"package main\nfunc main() {\n\tx := [3]int{}\n\t_ = x[1:2:]\n}\n",
     "final index required in 3-index slice", "4:12"},
    {"package main\nfunc main() {\n\t_ = y[1::3]\n}\n", "middle index required in 3-index slice",
     "3:10"},
    {"package main\nfunc f(a int, b) {}\n", "syntax error: mixed named and unnamed parameters",
     "2:15"},
    {"package main\nfunc f(a, b int, []int) {}\n",
     "syntax error: mixed named and unnamed parameters", "2:18"},
    {"package main\nfunc f(a ...int, b int) {}\n", "can only use ... with final parameter", "2:10"},
    {"package main\nvar f func(x int) (...int)\n", "invalid use of ...", "2:20"},
    {"package main\nfunc main() {\n\tswitch x {\n\tfoo:\n\t}\n}\n",
     "syntax error: unexpected name foo, expected case or default or }", "4:2"},
    {"package main\nfunc main() {\n\tswitch x\n\tcase 1:\n\t}\n}\n",
     "syntax error: unexpected keyword case, expected expression", "4:2"},
    {"package main\nfunc main() {\n\tgo f\n}\n", "expression in go must be function call", "3:5"},
    {"package main\nfunc main() {\n\tdefer (g())\n}\n",
     "expression in defer must not be parenthesized", "3:8"},
    {"package main\nfunc main() {\n\tx = 1 2\n}\n",
     "syntax error: unexpected literal 2 at end of statement", "3:8"},
    {"package main\nfunc main() {\n\ta, b\n}\n",
     "syntax error: unexpected newline, expected := or = or comma", "3:6"},
    {"package main\ntype T struct {\n\ta int,\n}\n",
     "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
     "3:7"},
    {"package main\ntype T struct {\n\t(U)\n}\n", "syntax error: cannot parenthesize embedded type",
     "3:2"},
    {"package main\nfunc main() {\n\tif x == 1 {\n}\n", "syntax error: unexpected EOF, expected }",
     "5:1"},
    {"package main\nfunc main() {\n\tfor ;; x := 1 {\n\t}\n}\n",
     "syntax error: cannot declare in post statement of for loop", "3:11"},
    {"package main\nfunc main() {\n\tvar x interface{}\n\t_ = x.(type)\n}\n",
     "use of .(type) outside type switch", "4:6"},
    {"package main\nfunc main() {\n\tswitch (x.(type)) {\n\t}\n}\n",
     "use of .(type) outside type switch", "3:10"},
    {"package main\nfunc main() {\n\tswitch y = x.(type) {\n\t}\n}\n",
     "syntax error: cannot use assignment y = x.(type) as value", "3:11"},
    {"package main\nimport \"fmt\"\nvar x = 1\nimport \"os\"\n",
     "syntax error: imports must appear before other declarations", "4:1"},
    {"package main\nimport 42\n", "syntax error: import path must be a string", "2:8"},
    {"package main\nimport\n", "syntax error: missing import path", "3:1"},
    {"func main() {}\n", "syntax error: package statement must be first", "1:1"},
    {"package\n", "syntax error: unexpected EOF, expected name", "2:1"},
    {"package main\nfunc main() {\n\tfor i, v := range x {\n\t\tprintln(i v)\n\t}\n}\n",
     "syntax error: unexpected name v in argument list; possibly missing comma or )", "4:13"},
    {"package main\nfunc main() {\n\tswitch {\n\tcase 1:\n\t\tL:\n\tcase 2:\n\t}\n}\n",
     "syntax error: missing statement after label", "5:4"},
    {"package main\nfunc main() {\n\tselect {\n\tcase x:\n\t}\n}\n",
     "select case must be receive, send or assign recv", "4:7"},
    {"package main\nfunc main() {\n\tfor a, b, c := range x {\n\t}\n}\n",
     "range clause permits at most two iteration variables", "3:12"},
    {"package main\nfunc (a, b T) f() {}\n", "method has multiple receivers", "2:6"},
    {"package main\nfunc () f() {}\n", "method has no receiver", "2:6"},
    {"package main\nfunc (t T) () {}\n", "syntax error: unexpected (, expected name", "2:12"},
    {"package main\nfunc main() {\n\tx := 'ab'\n}\n", "more than one character in rune literal",
     "3:7"},
    {"package main\nfunc main() {\n\tx := 1 @ 2\n}\n", "illegal character U+0040 '@'", "3:9"},
    {"package main\nfunc main() {\n\t_ = ~x\n}\n",
     "cannot use ~ outside of interface or type constraint", "3:6"},
    {"package main\nvar x = (<-chan<- int)(nil)\n", "syntax error: unexpected int, expected chan",
     "2:22"},
    {"package main\nvar x <-chan<- int\n",
     "syntax error: unexpected name int, expected keyword chan", "2:16"},
    {"package main\nfunc main() {\n\tvar x int := 1\n}\n",
     "syntax error: unexpected :=, expected =", "3:12"},
    {"package main\nfunc main() {\n\tif var x = 1; x {\n\t}\n}\n",
     "syntax error: var declaration not allowed in if initializer", "3:9"},
    {"package main\nvar x = a.\n", "syntax error: unexpected EOF, expected name or (", "3:1"},
    {"package main\nvar x = a[]\n", "syntax error: unexpected ], expected operand", "2:11"},
    {"package main\nfunc main() {\n\tx := T{} {\n}\n",
     "syntax error: unexpected { at end of statement", "3:11"},
    {"package main\nfunc f() {\n\tfor x := range y\n\t{\n\t}\n}\n",
     "syntax error: unexpected newline, expected { after for clause", "3:18"},
};

INSTANTIATE_TEST_SUITE_P(Parser, SyntaxErrors, ::testing::ValuesIn(kErrorCases));

TEST(Parser, ValidEdgeCases) {
  // Accepted by Go; the parser must not complain.
  const char* ok[] = {
      "package p\nfunc f() {\n\tL:\n}\n",
      "package p\nfunc f() {\n\tif x := (T{}); x.ok {\n\t}\n}\n",
      "package p\nfunc f() {\n\tfor _, x := range [...]int{1} {\n\t\t_ = x\n\t}\n}\n",
      "package p\nfunc f() {\n\tswitch x := (T{}); x {\n\t}\n}\n",
      "package p\nfunc f() {\n\tif x == struct{}{} {\n\t}\n}\n",
      "package p\nvar x = []int{\n\t1,\n\t2,\n}\n",
      "package p\nvar _ = f(\n\t1,\n)\n",
      "package p\nfunc f(\n\ta int,\n) (\n\tb int,\n) {\n\treturn\n}\n",
      "package p\nfunc f() { ; ; }\n",
      "package p;import \"fmt\";func f() { fmt.Println() };",
      "package p\n\nconst (\n)\n",
      "package p\ntype T struct {\n}\n",
      "package p\nvar s = []struct{ a, b int }{{1, 2}, {a: 3}}\n",
      "package p\nfunc f() {\n\tx := func() int { return 1 }()\n\t_ = x\n}\n",
      "package p\nfunc f(m map[string]int) {\n\tfor k := range m {\n\t\tdelete(m, k)\n\t}\n}\n",
      "\xEF\xBB\xBFpackage p\n",
      "package p // comment\n/* block */\n",
  };
  for (const char* src : ok) {
    Parsed p(src);
    EXPECT_TRUE(p.diags.empty()) << src << "\n" << p.diag_text();
  }
}

TEST(Parser, RecoversAndReportsSeveralErrors) {
  // The same diagnostics as gc (modulo its older wording).
  Parsed p(
      "package main\nfunc f() {\n\ta := (1 +\n}\nfunc g() {\n\tb := 2 3\n}\nx := 1\n"
      "func h() {\n\tif x == T{} {\n\t}\n}\n");
  EXPECT_EQ(p.diag_text(),
            "t.go:4:1: Syntax: syntax error: unexpected }, expected expression\n"
            "t.go:5:6: Syntax: syntax error: unexpected name g, expected (\n"
            "t.go:8:1: Syntax: syntax error: non-declaration statement outside function body\n"
            "t.go:10:14: Syntax: syntax error: unexpected { at end of statement\n"
            "t.go:12:1: Syntax: syntax error: non-declaration statement outside function body\n");
  Parsed q(
      "package main\nfunc f() {\n\tb := 2 3\n\tc := [}\n\tswitch {\n\tcase 1:\n\t\tL:\n"
      "\tcase 2:\n\t}\n}\nvar v = )\nfunc g() {}\n");
  EXPECT_EQ(q.diag_text(),
            "t.go:3:9: Syntax: syntax error: unexpected literal 3 at end of statement\n"
            "t.go:4:8: Syntax: syntax error: unexpected }, expected expression\n"
            "t.go:7:4: Syntax: syntax error: missing statement after label\n"
            "t.go:11:9: Syntax: syntax error: unexpected ), expected expression\n");
  // The declarations after the errors are still parsed.
  ASSERT_FALSE(q.file->decls.empty());
  EXPECT_EQ(sx(q.file->decls.back()), "(funcdecl _ g (func () ()) (block))");
}

TEST(Parser, OneSyntaxErrorPerLine) {
  Parsed p("package main\nfunc f() {\n\tx := ) ] )\n}\n");
  EXPECT_EQ(p.diags.size(), 1u) << p.diag_text();
}

TEST(Parser, MissingPackageClauseStopsEarly) {
  Parsed p("var x = 1\nfunc f() {}\n");
  EXPECT_EQ(p.diags.size(), 1u);
  ASSERT_NE(p.file, nullptr);
  ASSERT_NE(p.file->package_name, nullptr);
  EXPECT_TRUE(p.file->decls.empty());
}

// ---------------------------------------------------------------------------------------
// Unsupported constructs

struct UnsupportedCase {
  const char* src;
  const char* message;
  const char* text;  // source text of the diagnostic's range
};

class Unsupported : public ::testing::TestWithParam<UnsupportedCase> {};

TEST_P(Unsupported, Reported) {
  const UnsupportedCase& c = GetParam();
  Parsed p(c.src);
  ASSERT_EQ(p.diags.size(), 1u) << c.src << "\n" << p.diag_text();
  const Diagnostic& d = p.diags.list()[0];
  EXPECT_EQ(d.kind, DiagKind::Unsupported);
  EXPECT_EQ(d.message, c.message);
  EXPECT_EQ(p.src.text().substr(d.range.begin, d.range.end - d.range.begin), c.text);
}

const UnsupportedCase kUnsupportedCases[] = {
    {"package p\nfunc f() {\n\tgoto L\nL:\n}\n", "goto statements are not supported", "goto L"},
};

INSTANTIATE_TEST_SUITE_P(Parser, Unsupported, ::testing::ValuesIn(kUnsupportedCases));

// Type parameter lists, constraints (unions, ~T terms, inline interfaces), instantiations
// with several type arguments and generic receivers parse into the tree, without errors.
TEST(Parser, GenericDeclarations) {
  struct {
    const char* src;
    const char* tree;  // of the last declaration
  } cases[] = {
      {"package p\ntype L[T any] struct{ v T }\n",
       "(type (typespec L[(field [T] any)] (struct (field [v] T))))"},
      {"package p\nfunc F[K comparable, V ~int | ~string](m map[K]V) {}\n",
       "(funcdecl _ F[(field [K] comparable) (field [V] (| (~ int) (~ string)))] (func ((field [m] "
       "(map K V))) ()) (block))"},
      {"package p\nfunc F[S ~[]E, E any](s S) E { return s[0] }\n",
       "(funcdecl _ F[(field [S] (~ ([] E))) (field [E] any)] (func ((field [s] S)) ((field "
       "E))) (block (return (index s 0))))"},
      {"package p\nfunc F[T, U any]() {}\n",
       "(funcdecl _ F[(field [T U] any)] (func () ()) (block))"},
      {"package p\nvar x Pair[int, string]\n", "(var (spec [x] (index Pair int string) [] 0))"},
      {"package p\nvar x = F[int, bool](1)\n",
       "(var (spec [x] _ [(call (index F int bool) 1)] 0))"},
      {"package p\nfunc (l *L[T]) Len() int { return 0 }\n",
       "(funcdecl (field [l] (* (index L T))) Len (func () ((field int))) (block (return 0)))"},
      {"package p\ntype C interface{ ~int | string; String() string }\n",
       "(type (typespec C (interface (field (| (~ int) string)) (field [String] (func () ((field "
       "string)))))))"},
      {"package p\ntype A [N]int\n", "(type (typespec A (array N int)))"},
  };
  for (auto& c : cases) {
    Parsed p(c.src);
    EXPECT_TRUE(p.diags.empty()) << c.src << "\n" << p.diag_text();
    ASSERT_FALSE(p.file->decls.empty()) << c.src;
    EXPECT_EQ(sx(p.file->decls.back()), c.tree) << c.src;
  }
}

}  // namespace
}  // namespace gs::parser_test
