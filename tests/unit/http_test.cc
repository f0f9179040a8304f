// The request-context scenario the playground exists for: a handler publishes
// asynchronously with r.Context(); whether the publish sees "context canceled" depends on
// the interleaving (both outcomes appear across seeds), and never with WithoutCancel.
#include <gtest/gtest.h>

#include <set>

#include "api/engine.h"

namespace gs {
namespace {

std::string program(const std::string& ctx_expr) {
  return R"(package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

var results = make(chan string, 1)

func publish(ctx context.Context, msg string) {
	if err := ctx.Err(); err != nil {
		results <- "publish failed: " + err.Error()
		return
	}
	results <- "published " + msg
}

func handler(w http.ResponseWriter, r *http.Request) {
	go publish()" +
         ctx_expr + R"(, "order-1")
	fmt.Fprint(w, "ok")
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(handler))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		panic(err)
	}
	resp.Body.Close()
	select {
	case r := <-results:
		fmt.Println(r)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
)";
}

std::set<std::string> outcomes(const std::string& src, int seeds) {
  auto b = build_program("publish.go", src, {});
  EXPECT_TRUE(b->ok()) << b->format_diagnostics();
  std::set<std::string> out;
  if (!b->ok()) return out;
  for (int s = 1; s <= seeds; s++) {
    RunOptions o;
    o.seed = uint64_t(s);
    RunResult r = run_to_end(*b->program, o);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    out.insert(r.out);
  }
  return out;
}

TEST(HttpScenario, RequestContextFailsUnderSomeSeedsOnly) {
  auto seen = outcomes(program("r.Context()"), 50);
  EXPECT_TRUE(seen.count("publish failed: context canceled\n")) << "never failed in 50 seeds";
  EXPECT_TRUE(seen.count("published order-1\n")) << "never succeeded in 50 seeds";
  EXPECT_EQ(seen.size(), 2u);
}

TEST(HttpScenario, WithoutCancelNeverFails) {
  auto seen = outcomes(program("context.WithoutCancel(r.Context())"), 50);
  EXPECT_EQ(seen, std::set<std::string>{"published order-1\n"});
}

TEST(HttpScenario, ClientTimeoutWrapsDeadlineExceeded) {
  const char* src = R"(package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(time.Second)
	}))
	defer srv.Close()
	c := &http.Client{Timeout: 50 * time.Millisecond}
	_, err := c.Get(srv.URL)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
}
)";
  auto b = build_program("t.go", src, {});
  ASSERT_TRUE(b->ok()) << b->format_diagnostics();
  EXPECT_EQ(run_to_end(*b->program, {}).out, "true\n");
}

}  // namespace
}  // namespace gs
