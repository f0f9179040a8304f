// Parser tests: the source range of every kind of node, and that child ranges nest.
#include "parser_dump.h"

namespace gs::parser_test {
namespace {

// ---------------------------------------------------------------------------------------
// Ranges

struct RangeCase {
  const char* body;  // function body, or a whole file if it starts with "package"
  NodeKind kind;     // the first node of this kind (pre-order) is checked
  const char* text;  // its expected source text
};

class NodeRange : public ::testing::TestWithParam<RangeCase> {};

TEST_P(NodeRange, Text) {
  const RangeCase& c = GetParam();
  std::string src = c.body;
  bool whole_file = src.rfind("package", 0) == 0;
  if (!whole_file) src = "package p\n\nfunc f() {\n" + src + "\n}\n";
  Parsed p(src);
  EXPECT_TRUE(p.diags.empty()) << p.diag_text();
  const Node* n = p.find(c.kind, whole_file);
  ASSERT_NE(n, nullptr) << node_kind_name(c.kind) << " in " << c.body;
  EXPECT_EQ(p.text(n), c.text) << node_kind_name(c.kind) << " in " << c.body;
}

const RangeCase kRangeCases[] = {
    {"x := a + b*c", NodeKind::AssignStmt, "x := a + b*c"},
    {"x := a + b*c", NodeKind::BinaryExpr, "a + b*c"},
    {"x := a + b*c", NodeKind::Ident, "x"},
    {"fmt.Println(a,\n\tb)", NodeKind::CallExpr, "fmt.Println(a,\n\tb)"},
    {"fmt.Println(a,\n\tb)", NodeKind::ExprStmt, "fmt.Println(a,\n\tb)"},
    {"fmt.Println(a)", NodeKind::SelectorExpr, "fmt.Println"},
    {"f(xs...)", NodeKind::CallExpr, "f(xs...)"},
    {"if x {\n} else {\n}", NodeKind::IfStmt, "if x {\n} else {\n}"},
    {"if x {\n} else if y {\n}", NodeKind::IfStmt, "if x {\n} else if y {\n}"},
    {"if x {\n\ty()\n}", NodeKind::BlockStmt, "{\n\ty()\n}"},
    {"for i := 0; i < 3; i++ {\n}", NodeKind::ForStmt, "for i := 0; i < 3; i++ {\n}"},
    {"for k := range m {\n}", NodeKind::RangeStmt, "for k := range m {\n}"},
    {"switch x {\ncase 1:\n\tf()\n}", NodeKind::CaseClause, "case 1:\n\tf()"},
    {"switch x {\ncase 1:\n}", NodeKind::CaseClause, "case 1:"},
    {"switch x {\ncase 1:\n}", NodeKind::SwitchStmt, "switch x {\ncase 1:\n}"},
    {"switch v := x.(type) {\n}", NodeKind::TypeSwitchStmt, "switch v := x.(type) {\n}"},
    {"switch v := x.(type) {\n}", NodeKind::TypeAssertExpr, "x.(type)"},
    {"select {\ncase <-c:\n\tf()\n}", NodeKind::CommClause, "case <-c:\n\tf()"},
    {"select {\ncase <-c:\n}", NodeKind::SelectStmt, "select {\ncase <-c:\n}"},
    {"_ = x.(T)", NodeKind::TypeAssertExpr, "x.(T)"},
    {"_ = a[1:2]", NodeKind::SliceExpr, "a[1:2]"},
    {"_ = a[i]", NodeKind::IndexExpr, "a[i]"},
    {"p := &T{1}", NodeKind::UnaryExpr, "&T{1}"},
    {"p := &T{1}", NodeKind::CompositeLit, "T{1}"},
    {"p := T{A: 1}", NodeKind::KeyValueExpr, "A: 1"},
    {"p := [][]int{{1}}", NodeKind::ArrayType, "[][]int"},
    {"m := map[string]int{}", NodeKind::MapType, "map[string]int"},
    {"var c <-chan int", NodeKind::ChanType, "<-chan int"},
    {"var c chan<- int", NodeKind::ChanType, "chan<- int"},
    {"var c <-chan <-chan int", NodeKind::ChanType, "<-chan <-chan int"},
    {"x := <-c", NodeKind::UnaryExpr, "<-c"},
    {"f := func() {}", NodeKind::FuncLit, "func() {}"},
    {"f := func(a int) bool { return true }", NodeKind::FuncType, "func(a int) bool"},
    {"L:\n\tx++", NodeKind::LabeledStmt, "L:\n\tx++"},
    {"L:\n\tx++", NodeKind::IncDecStmt, "x++"},
    {"return 1, 2", NodeKind::ReturnStmt, "return 1, 2"},
    {"go f()", NodeKind::GoStmt, "go f()"},
    {"defer f()", NodeKind::DeferStmt, "defer f()"},
    {"for {\n\tbreak L\n}", NodeKind::BranchStmt, "break L"},
    {"for {\n\tcontinue\n}", NodeKind::BranchStmt, "continue"},
    {"ch <- 1", NodeKind::SendStmt, "ch <- 1"},
    {"var x, y int = 1, 2", NodeKind::DeclStmt, "var x, y int = 1, 2"},
    {"var x, y int = 1, 2", NodeKind::ValueSpec, "x, y int = 1, 2"},
    {"var (\n\ta int\n)", NodeKind::GenDecl, "var (\n\ta int\n)"},
    {"x := struct{ a int }{}", NodeKind::StructType, "struct{ a int }"},
    {"x := struct{ a int }{}", NodeKind::Field, "a int"},
    {"var s struct{ a int `t` }", NodeKind::Field, "a int `t`"},
    {"x := (a + b)", NodeKind::ParenExpr, "(a + b)"},
    {"x := *p", NodeKind::StarExpr, "*p"},
    {"x := 'a'", NodeKind::BasicLit, "'a'"},
    {"x := [...]int{1}", NodeKind::Ellipsis, "..."},
    {"type T struct{}", NodeKind::TypeSpec, "T struct{}"},
    {"var i interface{ M() }", NodeKind::InterfaceType, "interface{ M() }"},
    {"var i interface{ M(x int) string }", NodeKind::FuncType, "(x int) string"},
    {"package p\nfunc f(a ...int) {}", NodeKind::FuncDecl, "func f(a ...int) {}"},
    {"package p\nfunc f(a ...int) {}", NodeKind::FuncType, "func f(a ...int)"},
    {"package p\nfunc f(a ...int) {}", NodeKind::Ellipsis, "...int"},
    {"package p\nfunc f(a, b int) {}", NodeKind::Field, "a, b int"},
    {"package p\nfunc (t *T) M() {}", NodeKind::Field, "t *T"},
    {"package p\nfunc native() int", NodeKind::FuncDecl, "func native() int"},
    {"package p\nimport f \"fmt\"", NodeKind::ImportSpec, "f \"fmt\""},
    {"package p\nimport (\n\t\"a\"\n)", NodeKind::GenDecl, "import (\n\t\"a\"\n)"},
    {"package p\nconst c = 1 // comment\n", NodeKind::GenDecl, "const c = 1"},
};

INSTANTIATE_TEST_SUITE_P(Parser, NodeRange, ::testing::ValuesIn(kRangeCases));

// Every node lies within its parent, and ranges are never inverted.
TEST(Parser, ChildRangesNest) {
  Parsed p(
      "package p\n\nimport \"fmt\"\n\ntype T struct {\n\ta, b int\n\tE\n}\n\n"
      "func (t *T) M(xs ...int) (n int, err error) {\n\tfor i, x := range xs {\n"
      "\t\tif x > 0 && i%2 == 0 {\n\t\t\tn += x\n\t\t} else {\n\t\t\tcontinue\n\t\t}\n\t}\n"
      "\tswitch v := interface{}(n).(type) {\n\tcase int:\n\t\tfmt.Println(v)\n\t}\n"
      "\tselect {\n\tcase c <- 1:\n\tdefault:\n\t}\n\tm := map[string][]T{\"a\": {{a: 1}}}\n"
      "\t_ = m\n\tgo func() { defer recover() }()\n\treturn\n}\n");
  ASSERT_TRUE(p.diags.empty()) << p.diag_text();
  int count = 0;
  auto rec = [&](auto& self, const Node* n, const Node* parent) -> void {
    count++;
    EXPECT_LE(n->range.begin, n->range.end) << node_kind_name(n->kind);
    EXPECT_LE(n->range.end, p.src.text().size());
    if (parent) {
      EXPECT_GE(n->range.begin, parent->range.begin)
          << node_kind_name(n->kind) << " in " << node_kind_name(parent->kind);
      EXPECT_LE(n->range.end, parent->range.end)
          << node_kind_name(n->kind) << " in " << node_kind_name(parent->kind);
    }
    for_each_child(n, [&](const Node* c) { self(self, c, n); });
  };
  rec(rec, p.file, nullptr);
  EXPECT_GT(count, 100);
}

}  // namespace
}  // namespace gs::parser_test
