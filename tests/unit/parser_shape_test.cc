// Parser tests: the shapes of statements, declarations and whole files (S-expression dumps).
#include "parser_dump.h"

namespace gs::parser_test {
namespace {

// ---------------------------------------------------------------------------------------
// Tree shapes

class StmtShape : public ::testing::TestWithParam<ShapeCase> {};

TEST_P(StmtShape, Dump) { EXPECT_EQ(parse_stmts(GetParam().src), GetParam().tree); }

const ShapeCase kStmtCases[] = {
    // simple statements
    {"x := 1", "(:= (x) (1))"},
    {"a, b = b, a", "(= (a b) (b a))"},
    {"x += 2 * y", "(+= (x) ((* 2 y)))"},
    {"x <<= 1; y &^= z", "(<<= (x) (1)) (&^= (y) (z))"},
    {"i++; j--", "(++ i) (-- j)"},
    {"ch <- v + 1", "(send ch (+ v 1))"},
    {"<-ch", "(expr (<- ch))"},
    {"f(a, b...)", "(expr (call f a b ...))"},
    {"f(\n\ta,\n\tb,\n)", "(expr (call f a b))"},
    {";", "(empty)"},
    // operator precedence and unary operators
    {"x := a + b*c - d", "(:= (x) ((- (+ a (* b c)) d)))"},
    {"x := a || b && c == d", "(:= (x) ((|| a (&& b (== c d)))))"},
    {"x := a << 2 | b &^ c % d", "(:= (x) ((| (<< a 2) (% (&^ b c) d))))"},
    {"x := -a.b[i].c(1)", "(:= (x) ((- (call (sel (index (sel a b) i) c) 1))))"},
    {"x := *p + &q + ^r + !s", "(:= (x) ((+ (+ (+ (* p) (& q)) (^ r)) (! s))))"},
    {"x := <-<-ch", "(:= (x) ((<- (<- ch))))"},
    {"x := <-chan int(nil)", "(:= (x) ((<- (call (chan int) nil))))"},
    {"x := (a + b) * c", "(:= (x) ((* (paren (+ a b)) c)))"},
    // literals
    {"s := \"a\" + `b` + 'c' + 1.5 + 0x1p-2 + 2i",
     "(:= (s) ((+ (+ (+ (+ (+ \"a\" `b`) 'c') 1.5) 0x1p-2) 2i)))"},
    {"p := Point{X: 1, Y: 2}", "(:= (p) ((lit Point (kv X 1) (kv Y 2))))"},
    {"p := &pkg.T{}", "(:= (p) ((& (lit (sel pkg T)))))"},
    {"m := map[string][]int{\"a\": {1, 2}, \"b\": nil}",
     "(:= (m) ((lit (map string ([] int)) (kv \"a\" (lit _ 1 2)) (kv \"b\" nil))))"},
    {"m := map[Point]string{{1, 2}: \"a\"}",
     "(:= (m) ((lit (map Point string) (kv (lit _ 1 2) \"a\"))))"},
    {"a := [...]int{1, 2, 3}", "(:= (a) ((lit (array ... int) 1 2 3)))"},
    {"a := [2][3]int{}", "(:= (a) ((lit (array 2 (array 3 int)))))"},
    {"ps := []*Point{{1, 2}, {3, 4}}", "(:= (ps) ((lit ([] (* Point)) (lit _ 1 2) (lit _ 3 4))))"},
    {"s := struct{ a int }{1}", "(:= (s) ((lit (struct (field [a] int)) 1)))"},
    {"x := f(T{1})[0]", "(:= (x) ((index (call f (lit T 1)) 0)))"},
    // func literals
    {"x := func(a, b int) (int, error) {\n\treturn a, nil\n}",
     "(:= (x) ((funclit (func ((field [a b] int)) ((field int) (field error))) "
     "(block (return a nil)))))"},
    {"func() {}()", "(expr (call (funclit (func () ()) (block))))"},
    // conversions and method expressions
    {"b := []byte(s)", "(:= (b) ((call ([] byte) s)))"},
    {"p := (*int)(nil)", "(:= (p) ((call (paren (* int)) nil)))"},
    {"c := (<-chan int)(ch)", "(:= (c) ((call (paren (<-chan int)) ch)))"},
    {"f := (*T).M", "(:= (f) ((sel (paren (* T)) M)))"},
    {"x := interface{}(1)", "(:= (x) ((call (interface) 1)))"},
    {"f := func(int) bool(nil)", "(:= (f) ((call (func ((field int)) ((field bool))) nil)))"},
    // index, slice, assertion, generic instantiation (parsed as an index)
    {"x = a[1:2]; x = a[:]; x = a[1:2:3]; x = a[:n]",
     "(= (x) ((slice a 1 2))) (= (x) ((slice a _ _))) (= (x) ((slice3 a 1 2 3))) "
     "(= (x) ((slice a _ n)))"},
    {"v, ok := x.(fmt.Stringer)", "(:= (v ok) ((assert x (sel fmt Stringer))))"},
    {"y := F[int](x)", "(:= (y) ((call (index F int) x)))"},
    {"x := make([]*T, 0, n)", "(:= (x) ((call make ([] (* T)) 0 n)))"},
    {"x := new(struct{})", "(:= (x) ((call new (struct))))"},
    // if
    {"if x := f(); x > 0 {\n} else if y {\n} else {\n}",
     "(if (:= (x) ((call f))) (> x 0) (block) (if _ y (block) (block)))"},
    {"if v, ok := m[k]; ok {\n\treturn\n}", "(if (:= (v ok) ((index m k))) ok (block (return)) _)"},
    {"if x == (T{}) {\n}", "(if _ (== x (paren (lit T))) (block) _)"},
    {"if ok := f(T{1}); ok {\n}", "(if (:= (ok) ((call f (lit T 1)))) ok (block) _)"},
    {"if s == struct{ a int }{1} {\n}", "(if _ (== s (lit (struct (field [a] int)) 1)) (block) _)"},
    {"if f := func() bool { return T{} == x }; f() {\n}",
     "(if (:= (f) ((funclit (func () ((field bool))) (block (return (== (lit T) x)))))) "
     "(call f) (block) _)"},
    // for
    {"for {\n}", "(for _ _ _ (block))"},
    {"for i := 0; i < n; i++ {\n}", "(for (:= (i) (0)) (< i n) (++ i) (block))"},
    {"for ; ; {\n}", "(for _ _ _ (block))"},
    {"for x < 3 {\n}", "(for _ (< x 3) _ (block))"},
    {"for i := 0; ; i++ {\n}", "(for (:= (i) (0)) _ (++ i) (block))"},
    {"for range ch {\n}", "(range _ _ _ ch (block))"},
    {"for i := range 10 {\n}", "(range i _ := 10 (block))"},
    {"for k, v := range m {\n}", "(range k v := m (block))"},
    {"for k, v = range m {\n}", "(range k v = m (block))"},
    {"for _, v := range []int{1, 2} {\n}", "(range _ v := (lit ([] int) 1 2) (block))"},
    // switch
    {"switch x := f(); x {\ncase 1, 2:\n\ta()\n\tfallthrough\ncase 3:\ndefault:\n\tb()\n}",
     "(switch (:= (x) ((call f))) x (case (1 2) (expr (call a)) (fallthrough)) (case (3)) "
     "(default (expr (call b))))"},
    {"switch {\ncase x > 1:\n}", "(switch _ _ (case ((> x 1))))"},
    {"switch x := 1; {\n}", "(switch (:= (x) (1)) _)"},
    {"switch v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}",
     "(typeswitch _ (:= (v) ((assert x type))) (case (int string)) (case (nil)) (default))"},
    {"switch x.(type) {\ncase *T, []int, map[string]int, func(), chan int:\n}",
     "(typeswitch _ (expr (assert x type)) "
     "(case ((* T) ([] int) (map string int) (func () ()) (chan int))))"},
    {"switch y := 0; v := y.(type) {\n}", "(typeswitch (:= (y) (0)) (:= (v) ((assert y type))))"},
    // select
    {"select {\ncase ch <- 1:\ncase v := <-ch:\ncase v, ok = <-ch:\ncase <-done:\n\treturn\n"
     "default:\n}",
     "(select (comm (send ch 1)) (comm (:= (v) ((<- ch)))) (comm (= (v ok) ((<- ch)))) "
     "(comm (expr (<- done)) (return)) (comm _))"},
    // labels and branches
    {"outer:\n\tfor {\n\t\tbreak outer\n\t\tcontinue outer\n\t\tbreak\n\t}",
     "(label outer (for _ _ _ (block (break outer) (continue outer) (break))))"},
    {"L:\n", "(label L (empty))"},
    {"L: x++", "(label L (++ x))"},
    // go, defer, return
    {"go func() {\n}()\ndefer f.Close()",
     "(go (call (funclit (func () ()) (block)))) (defer (call (sel f Close)))"},
    {"return a, b", "(return a b)"},
    {"return", "(return)"},
    // declarations and blocks
    {"var x, y int = 1, 2\nconst c = iota\ntype T struct{}",
     "(var (spec [x y] int [1 2] 0)) (const (spec [c] _ [iota] 0)) (type (typespec T (struct)))"},
    {"var (\n\ta = 1\n\tb string\n)", "(var (spec [a] _ [1] 0) (spec [b] string [] 0))"},
    {"{\n\tx := 1\n}", "(block (:= (x) (1)))"},
    // channel types
    {"var a chan int\nvar b <-chan int\nvar c chan<- int\nvar d chan (<-chan int)\n"
     "var e chan<- chan int\nvar g <-chan <-chan int",
     "(var (spec [a] (chan int) [] 0)) (var (spec [b] (<-chan int) [] 0)) "
     "(var (spec [c] (chan<- int) [] 0)) (var (spec [d] (chan (paren (<-chan int))) [] 0)) "
     "(var (spec [e] (chan<- (chan int)) [] 0)) (var (spec [g] (<-chan (<-chan int)) [] 0))"},
    {"x := make(<-chan <-chan int)", "(:= (x) ((call make (<-chan (<-chan int)))))"},
};

INSTANTIATE_TEST_SUITE_P(Parser, StmtShape, ::testing::ValuesIn(kStmtCases));

class DeclShape : public ::testing::TestWithParam<ShapeCase> {};

TEST_P(DeclShape, Dump) { EXPECT_EQ(parse_decls(GetParam().src), GetParam().tree); }

const ShapeCase kDeclCases[] = {
    {"import \"fmt\"", "(import (importspec \"fmt\"))"},
    {"import (\n\tf \"fmt\"\n\t. \"math\"\n\t_ \"os\"\n)",
     "(import (importspec f \"fmt\") (importspec . \"math\") (importspec _ \"os\"))"},
    {"import ()", "(import)"},
    {"const (\n\tA = iota\n\tB\n\tC int = 5\n\t_\n)",
     "(const (spec [A] _ [iota] 0) (spec [B] _ [] 1) (spec [C] int [5] 2) (spec [_] _ [] 3))"},
    {"var (\n\ta = 1\n\tb = 2\n)", "(var (spec [a] _ [1] 0) (spec [b] _ [2] 0))"},
    {"type (\n\tA = B\n\tT struct {\n\t\ta, b int "
     "`json:\"a\"`\n\t\tE\n\t\t*P\n\t\tpkg.Q\n\t\t*pkg.R "
     "\"tag\"\n\t}\n)",
     "(type (typespec A = B) (typespec T (struct (field [a b] int `json:\"a\"`) (field E) "
     "(field (* P)) (field (sel pkg Q)) (field (* (sel pkg R)) \"tag\"))))"},
    {"type I interface {\n\tM(x int) string\n\tio.Reader\n\tStringer\n}",
     "(type (typespec I (interface (field [M] (func ((field [x] int)) ((field string)))) "
     "(field (sel io Reader)) (field Stringer))))"},
    {"type E interface{}", "(type (typespec E (interface)))"},
    {"func (r *T) M(a int) {}",
     "(funcdecl (field [r] (* T)) M (func ((field [a] int)) ()) (block))"},
    {"func (T) N() (n int, err error) { return }",
     "(funcdecl (field T) N (func () ((field [n] int) (field [err] error))) (block (return)))"},
    {"func native(x int) int", "(funcdecl _ native (func ((field [x] int)) ((field int))) _)"},
    {"func f(a, b int, c ...string) {}",
     "(funcdecl _ f (func ((field [a b] int) (field [c] (... string))) ()) (block))"},
    {"func g(int, string) {}", "(funcdecl _ g (func ((field int) (field string)) ()) (block))"},
    {"func h(p.T, []int, ...any) {}",
     "(funcdecl _ h (func ((field (sel p T)) (field ([] int)) (field (... any))) ()) (block))"},
    {"func k(a [4]int, b []T, c map[K]V, d *T, e func(), f chan int) {}",
     "(funcdecl _ k (func ((field [a] (array 4 int)) (field [b] ([] T)) (field [c] (map K V)) "
     "(field [d] (* T)) (field [e] (func () ())) (field [f] (chan int))) ()) (block))"},
    {"func r() (int) { return 1 }", "(funcdecl _ r (func () ((field int))) (block (return 1)))"},
    {"type A [N]int\ntype S []string\ntype M map[string]*T\ntype F func(...int) error",
     "(type (typespec A (array N int))) (type (typespec S ([] string))) "
     "(type (typespec M (map string (* T)))) "
     "(type (typespec F (func ((field (... int))) ((field error)))))"},
    {"type B [2 * N]byte", "(type (typespec B (array (* 2 N) byte)))"},
    {"var x = [2][3]int{}", "(var (spec [x] _ [(lit (array 2 (array 3 int)))] 0))"},
    {"var f func(int, ...string) bool",
     "(var (spec [f] (func ((field int) (field (... string))) ((field bool))) [] 0))"},
    {"var s struct {\n\ta [4]int\n\tb, c []T\n}",
     "(var (spec [s] (struct (field [a] (array 4 int)) (field [b c] ([] T))) [] 0))"},
};

INSTANTIATE_TEST_SUITE_P(Parser, DeclShape, ::testing::ValuesIn(kDeclCases));

TEST(Parser, WholeFile) {
  Parsed p(
      "package main\n\nimport \"fmt\"\n\ntype T struct{ n int }\n\nfunc (t *T) Inc() { t.n++ }\n\n"
      "func main() {\n\tt := &T{}\n\tt.Inc()\n\tfmt.Println(t.n)\n}\n");
  EXPECT_TRUE(p.diags.empty()) << p.diag_text();
  EXPECT_EQ(sx(p.file),
            "(file main (import (importspec \"fmt\")) (type (typespec T (struct (field [n] int)))) "
            "(funcdecl (field [t] (* T)) Inc (func () ()) (block (++ (sel t n)))) "
            "(funcdecl _ main (func () ()) (block (:= (t) ((& (lit T)))) (expr (call (sel t Inc))) "
            "(expr (call (sel fmt Println) (sel t n))))))");
  ASSERT_EQ(p.file->imports.size(), 1u);
  EXPECT_EQ(p.file->imports[0]->path->value, "\"fmt\"");
  EXPECT_EQ(p.file->imports[0], as<GenDecl>(p.file->decls[0])->specs[0]);
  EXPECT_EQ(p.file->range.begin, 0u);
  EXPECT_EQ(p.file->range.end, p.src.text().size());
}

TEST(Parser, GroupedImportsGoToFileImports) {
  Parsed p("package p\nimport (\n\t\"a\"\n\tb \"b\"\n)\nimport \"c\"\n");
  EXPECT_TRUE(p.diags.empty()) << p.diag_text();
  ASSERT_EQ(p.file->imports.size(), 3u);
  EXPECT_EQ(p.file->decls.size(), 2u);
  EXPECT_EQ(p.file->imports[1]->name->name, "b");
  EXPECT_EQ(p.file->imports[2]->path->value, "\"c\"");
}

TEST(Parser, BasicLitKinds) {
  Parsed p("package p\nvar a, b, c, d, e = 1, 2.5, 3i, 'x', \"s\"\n");
  auto* spec = as<ValueSpec>(as<GenDecl>(p.file->decls[0])->specs[0]);
  ASSERT_EQ(spec->values.size(), 5u);
  Tok want[] = {Tok::Int, Tok::Float, Tok::Imag, Tok::Char, Tok::String};
  for (size_t i = 0; i < 5; i++) EXPECT_EQ(as<BasicLit>(spec->values[i])->lit_kind, want[i]);
}

TEST(Parser, FieldTypesAreShared) {
  // In "a, b int" both names share one Field and one type node.
  Parsed p("package p\nfunc f(a, b int, c int) {}\n");
  auto* f = as<FuncDecl>(p.file->decls[0]);
  ASSERT_EQ(f->sig->params.size(), 2u);
  EXPECT_EQ(f->sig->params[0]->names.size(), 2u);
  EXPECT_EQ(f->sig->params[1]->names.size(), 1u);
}

TEST(Parser, NodeKindNames) {
  EXPECT_STREQ(node_kind_name(NodeKind::BadExpr), "BadExpr");
  EXPECT_STREQ(node_kind_name(NodeKind::TypeSwitchStmt), "TypeSwitchStmt");
  EXPECT_STREQ(node_kind_name(NodeKind::File), "File");
}

}  // namespace
}  // namespace gs::parser_test
