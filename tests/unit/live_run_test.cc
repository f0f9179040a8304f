// The paced run the web worker drives (LiveRun), the diagnostics the editor shows, and
// schedule exploration on threads: pacing never changes what a run does.
#include "api/live_run.h"

#include <gtest/gtest.h>

#include "analysis/export.h"
#include "api/explore.h"

namespace gs {
namespace {

const char* kTicks = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Second)
			fmt.Println("tick", i)
		}
		done <- true
	}()
	<-done
	go func() { select {} }()
}
)";

std::unique_ptr<LiveRun> start(const char* src, uint64_t seed) {
  auto b = build_program("main.go", src, {});
  EXPECT_TRUE(b->ok()) << b->format_diagnostics();
  RunOptions o;
  o.seed = seed;
  o.analyze = true;
  return std::make_unique<LiveRun>(std::move(b), o);
}

// Time moves with the work done (a few ns per instruction) and jumps to timers: between
// the horizons the run stops at, it moves by the ticks plus at most a millisecond of work.
TEST(LiveRun, VirtualTimeStopsAtTheHorizon) {
  constexpr int64_t kSecond = 1000000000, kSlack = 1000000;
  auto run = start(kTicks, 1);
  // A running P stops at the first preemption point past the horizon.
  while (run->advance(1000, 0) == RunState::Running) {
  }
  EXPECT_LE(run->virtual_ns(), 1000);
  EXPECT_EQ(run->advance(1000, 0), RunState::WaitingForTime);
  // The program runs up to its first tick, then waits for the second one.
  EXPECT_EQ(run->advance(1000, kSecond + kSecond / 2), RunState::WaitingForTime);
  EXPECT_GE(run->virtual_ns(), kSecond);
  EXPECT_LE(run->virtual_ns(), kSecond + kSlack);
  EXPECT_GE(run->next_timer_ns(), 2 * kSecond);
  EXPECT_LE(run->next_timer_ns(), 2 * kSecond + kSlack);
  EXPECT_EQ(run->advance(1000, INT64_MAX), RunState::Finished);
  EXPECT_GE(run->virtual_ns(), 3 * kSecond);
  EXPECT_LE(run->virtual_ns(), 3 * kSecond + kSlack);
}

TEST(LiveRun, IncrementalEventsEqualTheWholeTraceOfAnUnpacedRun) {
  auto b = build_program("main.go", kTicks, {});
  RunOptions o;
  o.seed = 7;
  o.analyze = true;
  o.trace = true;
  RunResult whole = run_to_end(*b->program, o);
  std::string expected = export_jsonl(whole.trace, *b->program);

  auto run = start(kTicks, 7);
  std::string got;
  int64_t horizon = 0;
  for (RunState s = RunState::Running; s != RunState::Finished;) {
    s = run->advance(3, horizon);  // tiny budgets and a creeping horizon
    got += run->take_events(5);
    horizon += 250000000;
  }
  got += run->take_events(SIZE_MAX);
  EXPECT_EQ(run->pending_events(), 0u);
  EXPECT_EQ(got, expected);
  EXPECT_NE(got.find("\"ev\":\"go_leaked\""), std::string::npos);
}

TEST(LiveRun, FindingsCarryTheirSourceSites) {
  auto run = start(kTicks, 1);
  while (run->advance(1000, INT64_MAX) != RunState::Finished) {
  }
  std::string f = run->findings_json();
  EXPECT_NE(f.find("\"kind\":\"leak\""), std::string::npos) << f;
  EXPECT_NE(f.find("\"create\":{\"line\":18,"), std::string::npos) << f;
  EXPECT_EQ(f.find("\"wait\""), std::string::npos) << f;  // it never ran
  EXPECT_EQ(run->finding_count(), 1u);
}

TEST(LiveRun, StopEndsAnEndlessLoop) {
  auto run = start("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", 1);
  EXPECT_EQ(run->advance(1000, INT64_MAX), RunState::Running);
  run->stop();
  EXPECT_EQ(run->advance(1000, INT64_MAX), RunState::Finished);
  EXPECT_EQ(run->exit_code(), kExitStopped);
  EXPECT_NE(run->take_events(SIZE_MAX).find("goroscope: stopped"), std::string::npos);
}

TEST(LiveRun, TraceLimitStopsAnEndlessProducer) {
  auto b = build_program("main.go", R"(package main

func main() {
	c := make(chan int)
	go func() {
		for {
			c <- 1
		}
	}()
	for {
		<-c
	}
}
)",
                         {});
  RunOptions o;
  o.limits.max_trace_events = 5000;
  LiveRun run(std::move(b), o);
  while (run.advance(1000, INT64_MAX) != RunState::Finished) {
  }
  EXPECT_EQ(run.exit_code(), kExitTraceLimit);
  std::string events = run.take_events(SIZE_MAX);
  EXPECT_NE(events.find("trace limit of 5000 events exceeded"), std::string::npos);
  EXPECT_LT(run.pending_events(), 1u);
}

TEST(Diagnostics, CompileErrorsAndVetWarningsAsJson) {
  auto bad = build_program("main.go", "package main\n\nfunc main() {\n\tx := 1\n}\n", {});
  EXPECT_EQ(diagnostics_json(*bad, 122),
            "[{\"line\":4,\"col\":2,\"endLine\":4,\"endCol\":3,\"kind\":\"UnusedVariable\","
            "\"message\":\"declared and not used: x\"}]");
  auto vetted = build_program("main.go", R"(package main

import "sync"

func main() {
	var mu sync.Mutex
	m := mu
	m.Lock()
}
)",
                              {});
  std::string j = diagnostics_json(*vetted, 122);
  EXPECT_NE(j.find("\"kind\":\"vet:copylocks\""), std::string::npos) << j;
}

TEST(Explore, ThreadsGiveTheSameResultsInSeedOrder) {
  auto b = build_program("main.go", R"(package main

import "fmt"

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) { c <- i }(i)
	}
	fmt.Println(<-c, <-c, <-c)
}
)",
                         {});
  RunOptions o;
  auto one = explore_seeds(*b->program, o, 1, 12, 1);
  auto two = explore_seeds(*b->program, o, 1, 12, 3);
  ASSERT_EQ(one.size(), 12u);
  std::set<std::string> outputs;
  for (size_t i = 0; i < one.size(); i++) {
    EXPECT_EQ(one[i].seed, i + 1);
    EXPECT_EQ(two[i].seed, i + 1);
    EXPECT_EQ(one[i].result.out, two[i].result.out);
    outputs.insert(one[i].result.out);
  }
  EXPECT_GT(outputs.size(), 1u);  // the seeds do explore different interleavings
}

}  // namespace
}  // namespace gs
