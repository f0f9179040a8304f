// Scheduler, determinism, replay, virtual time and run limits, driven through the API.
#include <gtest/gtest.h>

#include <set>

#include "api/engine.h"

namespace gs {
namespace {

RunResult run_src(const std::string& src, RunOptions opts = {}, int go = 122) {
  BuildOptions bo;
  bo.go_version = go;
  auto b = build_program("test.go", src, bo);
  EXPECT_TRUE(b->ok()) << b->format_diagnostics();
  if (!b->ok()) return {};
  return run_to_end(*b->program, opts);
}

// Two goroutines append to one slice through a channel-free race: the interleaving (and so
// the printed order) depends on the scheduler's choices.
const char* kRacy = R"(package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				order = append(order, fmt.Sprint(name, i))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
)";

TEST(Scheduler, SameSeedGivesIdenticalOutput) {
  for (uint64_t seed : {1, 7, 12345}) {
    RunOptions o;
    o.seed = seed;
    o.record = true;
    RunResult a = run_src(kRacy, o);
    RunResult b = run_src(kRacy, o);
    EXPECT_EQ(a.out, b.out) << "seed " << seed;
    EXPECT_EQ(a.decisions, b.decisions);
    EXPECT_EQ(a.exit_code, 0);
  }
}

TEST(Scheduler, DifferentSeedsInterleaveDifferently) {
  std::set<std::string> outputs;
  for (uint64_t seed = 1; seed <= 20; seed++) {
    RunOptions o;
    o.seed = seed;
    outputs.insert(run_src(kRacy, o).out);
  }
  EXPECT_GT(outputs.size(), 1u) << "20 seeds produced a single interleaving";
}

TEST(Scheduler, ReplayReproducesTheRunExactly) {
  RunOptions rec;
  rec.seed = 99;
  rec.record = true;
  RunResult a = run_src(kRacy, rec);
  std::string token = DecisionSource::encode(a.decisions);
  std::vector<uint64_t> decoded;
  ASSERT_TRUE(DecisionSource::decode(token, decoded));
  EXPECT_EQ(decoded, a.decisions);
  RunOptions rep;
  rep.seed = 1;  // ignored while replaying
  rep.replay = true;
  rep.replay_choices = decoded;
  RunResult b = run_src(kRacy, rep);
  EXPECT_EQ(a.out, b.out);
  EXPECT_FALSE(b.replay_diverged);
}

TEST(Scheduler, MalformedReplayTokenIsRejected) {
  std::vector<uint64_t> out;
  EXPECT_FALSE(DecisionSource::decode("not a token!", out));
  EXPECT_FALSE(DecisionSource::decode("rA", out));  // ends inside a multi-byte value
}

TEST(Scheduler, SelectChoosesUniformlyAmongReadyCases) {
  const char* src = R"(package main

import "fmt"

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- 1
		b <- 2
	}
	na, nb := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println(na > 25, nb > 25)
}
)";
  EXPECT_EQ(run_src(src).out, "true true\n");
}

TEST(VirtualTime, SleepingAnHourFinishesInstantly) {
  const char* src = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(time.Hour)
	fmt.Println(time.Since(start), start.Year())
}
)";
  RunResult r = run_src(src);
  // Go's wake-ups come a little late; goroscope's by its timer latency plus the work done.
  EXPECT_EQ(r.out.substr(0, 9), "1h0m0.000") << r.out;
  EXPECT_EQ(r.out.substr(r.out.size() - 6), " 2009\n") << r.out;
  EXPECT_GE(r.virtual_ns, 3600LL * 1000000000LL + kTimerLatencyNs);
  EXPECT_LT(r.virtual_ns, 3600LL * 1000000000LL + 1000000);
}

TEST(VirtualTime, TimersFireInOrder) {
  const char* src = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	for _, d := range []int{30, 10, 20} {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			done <- fmt.Sprint(d)
		}()
	}
	fmt.Println(<-done, <-done, <-done)
}
)";
  for (uint64_t seed = 1; seed <= 5; seed++) {
    RunOptions o;
    o.seed = seed;
    EXPECT_EQ(run_src(src, o).out, "10 20 30\n");
  }
}

TEST(Limits, EndlessLoopHitsTheStepLimit) {
  RunOptions o;
  o.limits.max_steps = 100000;
  RunResult r = run_src("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", o);
  EXPECT_EQ(r.exit_code, kExitStepLimit);
  EXPECT_NE(r.err.find("step limit"), std::string::npos);
}

TEST(Limits, RunawayRecursionIsAStackOverflow) {
  RunOptions o;
  o.limits.max_stack_bytes = 8 << 20;
  RunResult r = run_src(
      "package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n", o);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("fatal error: stack overflow"), std::string::npos);
  EXPECT_NE(r.err.find("goroutine 1 [running]:"), std::string::npos);
}

TEST(Limits, TooManyGoroutines) {
  RunOptions o;
  o.limits.max_goroutines = 1000;
  RunResult r = run_src(
      "package main\n\nfunc main() {\n\tc := make(chan int)\n\tfor {\n\t\tgo func() { <-c "
      "}()\n\t}\n}\n",
      o);
  EXPECT_EQ(r.exit_code, kExitGoroutineLimit);
}

TEST(Limits, HugeAllocationHitsTheHeapLimit) {
  RunOptions o;
  o.limits.max_heap_bytes = 16 << 20;
  RunResult r = run_src(
      "package main\n\nfunc main() {\n\ts := make([]int, 100000000)\n\tprintln(len(s))\n}\n", o);
  EXPECT_EQ(r.exit_code, kExitHeapLimit);
  EXPECT_NE(r.err.find("out of memory"), std::string::npos);
}

TEST(Limits, OutputLimit) {
  RunOptions o;
  o.limits.max_output_bytes = 1000;
  RunResult r = run_src(
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor "
      "{\n\t\tfmt.Println(\"spam\")\n\t}\n}\n",
      o);
  EXPECT_EQ(r.exit_code, kExitOutputLimit);
  EXPECT_LE(r.out.size(), 1000u);
}

TEST(Limits, AdvanceReturnsWithinItsBudget) {
  auto b = build_program("t.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", {});
  ASSERT_TRUE(b->ok());
  Machine m(*b->program, RunOptions{});
  EXPECT_EQ(m.advance(1000), RunState::Running);
  EXPECT_EQ(m.advance(1000), RunState::Running);
  m.request_stop();
  EXPECT_EQ(m.advance(1000), RunState::Finished);
  EXPECT_EQ(m.exit_code(), kExitStopped);
}

TEST(Goroutines, AHundredThousandParkedGoroutines) {
  const char* src = R"(package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-c
		}()
	}
	close(c)
	wg.Wait()
	fmt.Println("done")
}
)";
  EXPECT_EQ(run_src(src).out, "done\n");
}

}  // namespace
}  // namespace gs
