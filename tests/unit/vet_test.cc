// goroscope vet: each program lists the (line, check) pairs it must report, nothing else.
#include "analysis/vet.h"

#include <gtest/gtest.h>

#include <set>

namespace gs {
namespace {

struct VetCase {
  const char* name;
  std::string body;  // inserted after the imports; line numbers count from the file's line 1
  std::set<std::pair<int, std::string>> want;
  int go = 122;
};

const char* kHeader =
    "package main\n\nimport "
    "(\n\t\"context\"\n\t\"fmt\"\n\t\"sync\"\n\t\"sync/atomic\"\n\t\"time\"\n)\n\n"
    "var _ = fmt.Sprint\nvar _ = time.Second\nvar _, _ = atomic.Int64{}, sync.Mutex{}\nvar _ = "
    "context.Background\n\n";
// The body starts on line 16.

std::set<std::pair<int, std::string>> run_vet(const VetCase& c) {
  BuildOptions bo;
  bo.go_version = c.go;
  auto b = build_program("v.go", kHeader + c.body, bo);
  EXPECT_TRUE(b->ok()) << c.name << ": " << b->format_diagnostics();
  std::set<std::pair<int, std::string>> got;
  if (!b->ok()) return got;
  for (const VetFinding& f : vet(*b, c.go))
    got.insert({b->files[0]->position(f.range.begin).line, f.check});
  return got;
}

const VetCase kCases[] = {
    // copylocks: flagged
    {"value_receiver",
     "type T struct{ mu sync.Mutex }\n\nfunc (t T) M() {}\n\nfunc main() {}\n",
     {{18, "copylocks"}}},
    {"param",
     "type T struct{ mu sync.Mutex }\n\nfunc f(t T) {}\n\nfunc main() {}\n",
     {{18, "copylocks"}}},
    {"assign", "func main() {\n\tvar a sync.Mutex\n\tb := a\n\t_ = &b\n}\n", {{18, "copylocks"}}},
    {"call_arg",
     "func f(x any) {}\n\nfunc g(w sync.WaitGroup) {}\n\nfunc main() {\n\tvar wg "
     "sync.WaitGroup\n\tg(wg)\n}\n",
     {{18, "copylocks"}, {22, "copylocks"}}},
    {"return",
     "type S struct{ once sync.Once }\n\nvar s S\n\nfunc get() S {\n\treturn s\n}\n\nfunc main() { "
     "_ = get() }\n",
     {{20, "copylocks"}, {21, "copylocks"}}},
    {"range",
     "func main() {\n\tvar ms []sync.Mutex\n\tfor _, m := range ms {\n\t\t_ = &m\n\t}\n}\n",
     {{18, "copylocks"}}},
    {"atomic_copy",
     "func main() {\n\tvar a atomic.Int64\n\tb := a\n\t_ = b.Load()\n}\n",
     {{18, "copylocks"}}},
    // copylocks: clean
    {"pointer_receiver",
     "type T struct{ mu sync.Mutex }\n\nfunc (t *T) M() { t.mu.Lock(); t.mu.Unlock() }\n\nfunc "
     "main() { var t T; t.M() }\n",
     {}},
    {"pointer_param",
     "func f(mu *sync.Mutex) { mu.Lock(); mu.Unlock() }\n\nfunc main() { var mu sync.Mutex; f(&mu) "
     "}\n",
     {}},
    {"composite_literal",
     "type T struct{ mu sync.Mutex }\n\nfunc main() {\n\tt := T{}\n\t_ = &t\n}\n",
     {}},
    // lostcancel
    {"discarded",
     "func main() {\n\tctx, _ := context.WithCancel(context.Background())\n\t_ = ctx\n}\n",
     {{17, "lostcancel"}}},
    {"early_return",
     "func f() error {\n\tctx, cancel := context.WithTimeout(context.Background(), "
     "time.Second)\n\tif ctx.Err() != nil {\n\t\treturn ctx.Err()\n\t}\n\tdefer cancel()\n\treturn "
     "nil\n}\n\nfunc main() { f() }\n",
     {{17, "lostcancel"}, {19, "lostcancel"}}},
    {"deferred_cancel",
     "func main() {\n\tctx, cancel := context.WithCancel(context.Background())\n\tdefer "
     "cancel()\n\t_ = ctx\n}\n",
     {}},
    {"returned_cancel",
     "func f() (context.Context, context.CancelFunc) {\n\tctx, cancel := "
     "context.WithCancel(context.Background())\n\treturn ctx, cancel\n}\n\nfunc main() { _, c := "
     "f(); c() }\n",
     {}},
    // waitgroup
    {"add_inside",
     "func main() {\n\tvar wg sync.WaitGroup\n\tgo func() {\n\t\twg.Add(1)\n\t\tdefer "
     "wg.Done()\n\t}()\n\twg.Wait()\n}\n",
     {{19, "waitgroup"}}},
    {"add_before",
     "func main() {\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo func() {\n\t\tdefer "
     "wg.Done()\n\t}()\n\twg.Wait()\n}\n",
     {}},
    // loopclosure (Go 1.21 semantics only)
    {"loop_go_121",
     "func main() {\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() "
     "{\n\t\t\tfmt.Println(i)\n\t\t}()\n\t}\n}\n",
     {{19, "loopclosure"}},
     121},
    {"range_defer_121",
     "func main() {\n\tfor _, v := range []int{1} {\n\t\tdefer func() { fmt.Println(v) "
     "}()\n\t}\n}\n",
     {{18, "loopclosure"}},
     121},
    {"loop_go_122",
     "func main() {\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() "
     "{\n\t\t\tfmt.Println(i)\n\t\t}()\n\t}\n}\n",
     {},
     122},
    {"loop_param_121",
     "func main() {\n\tfor i := 0; i < 3; i++ {\n\t\tgo func(i int) "
     "{\n\t\t\tfmt.Println(i)\n\t\t}(i)\n\t}\n}\n",
     {},
     121},
};

TEST(Vet, Cases) {
  for (const VetCase& c : kCases) EXPECT_EQ(run_vet(c), c.want) << c.name;
}

}  // namespace
}  // namespace gs
