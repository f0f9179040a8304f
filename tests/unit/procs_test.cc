// Virtual processors: GOMAXPROCS and NumCPU, goroutines overlapping in virtual time on
// several Ps (and never on one), the P of each running segment in the trace and in the
// Perfetto export, the clock moving with work, and busy-waiting that ends at a timer.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "analysis/export.h"
#include "api/engine.h"

namespace gs {
namespace {

RunResult run(const std::string& src, RunOptions o = {}) {
  auto b = build_program("p.go", src, {});
  EXPECT_TRUE(b->ok()) << b->format_diagnostics();
  if (!b->ok()) return {};
  return run_to_end(*b->program, o);
}

TEST(Procs, GomaxprocsSetsAndReportsTheProcessors) {
  const char* src = R"(package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumCPU(), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(2), runtime.GOMAXPROCS(-1))
	fmt.Println(runtime.GOMAXPROCS(1000), runtime.GOMAXPROCS(0))
}
)";
  EXPECT_EQ(run(src).out, "4 4\n4 2\n2 256\n");
  RunOptions one;
  one.procs = 1;
  EXPECT_EQ(run(src, one).out, "4 1\n1 2\n2 256\n");
}

// Four goroutines each adding up `iterations` numbers, joined by a WaitGroup; main prints
// the virtual microseconds that took.
std::string four_workers(int iterations) {
  return R"(package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for i := 0; i < )" +
         std::to_string(iterations) + R"(; i++ {
				s += i
			}
			_ = s
		}()
	}
	wg.Wait()
	fmt.Println(time.Since(start).Microseconds())
}
)";
}

// Four goroutines computing: the most that run at once (by go_run / go_stop / go_block /
// go_end), and the Ps named in go_run.
std::pair<int, std::set<int64_t>> overlap(int procs) {
  auto b = build_program("p.go", four_workers(20000), {});
  EXPECT_TRUE(b->ok());
  RunOptions o;
  o.trace = true;
  o.procs = procs;
  RunResult r = run_to_end(*b->program, o);
  std::set<int64_t> running, ps;
  int most = 0;
  for (const Event& e : r.trace.events) {
    if (e.kind == Ev::GoRun) {
      running.insert(e.g);
      ps.insert(e.a);
    } else if (e.kind == Ev::GoStop || e.kind == Ev::GoBlock || e.kind == Ev::GoEnd) {
      running.erase(e.g);
    }
    most = std::max(most, int(running.size()));
  }
  return {most, ps};
}

TEST(Procs, GoroutinesRunAtOnceOnSeveralProcessorsOnly) {
  auto [most4, ps4] = overlap(4);
  EXPECT_EQ(most4, 4);
  EXPECT_EQ(ps4, (std::set<int64_t>{0, 1, 2, 3}));
  auto [most1, ps1] = overlap(1);
  EXPECT_EQ(most1, 1);
  EXPECT_EQ(ps1, std::set<int64_t>{0});
}

TEST(Procs, ParallelWorkTakesLessVirtualTimeOnMoreProcessors) {
  const std::string src = four_workers(1000000);
  RunOptions one, four;
  one.procs = 1;
  int64_t t1 = std::stoll(run(src, one).out), t4 = std::stoll(run(src, four).out);
  // About 4x: the goroutines' loops dominate, and each P has its own clock.
  EXPECT_GT(t1, 3 * t4) << t1 << " µs on 1 P, " << t4 << " µs on 4";
  // The cost model: a million iterations of a few instructions take milliseconds, as in Go.
  EXPECT_GT(t4, 500);
  EXPECT_LT(t4, 20000);
}

TEST(Procs, PerfettoExportHasATrackPerProcessor) {
  const char* src = R"(package main

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			s := 0
			for j := 0; j < 1000; j++ {
				s += j
			}
			done <- s > 0
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
)";
  auto b = build_program("p.go", src, {});
  ASSERT_TRUE(b->ok());
  RunOptions o;
  o.trace = true;
  RunResult r = run_to_end(*b->program, o);
  std::string chrome = export_chrome(r.trace, *b->program);
  EXPECT_NE(chrome.find("\"name\":\"processors\""), std::string::npos);
  for (const char* p : {"P0", "P1", "P2"})
    EXPECT_NE(chrome.find(std::string("\"args\":{\"name\":\"") + p + "\"}"), std::string::npos)
        << p;
  EXPECT_NE(chrome.find("\"pid\":2,\"tid\":1,\"name\":\"goroutine "), std::string::npos);
}

TEST(Procs, SpinningForeverWithoutTimersEndsAtTheStepLimit) {
  const char* src = R"(package main

var stop bool

func main() {
	go func() {
		for !stop {
		}
	}()
	for !stop {
	}
}
)";
  RunOptions o;
  o.limits.max_steps = 200000;
  RunResult r = run(src, o);
  EXPECT_EQ(r.exit_code, kExitStepLimit);
  EXPECT_NE(r.err.find("step limit of 200000 exceeded"), std::string::npos) << r.err;
}

TEST(Procs, ASpinningGoroutineIsNoDeadlock) {
  // main waits forever on a channel while another goroutine spins: Go runs on (no
  // "all goroutines are asleep"); here the step limit ends it with its message.
  const char* src = R"(package main

func main() {
	go func() {
		for {
		}
	}()
	<-make(chan int)
}
)";
  RunOptions o;
  o.analyze = true;
  o.limits.max_steps = 200000;
  RunResult r = run(src, o);
  EXPECT_EQ(r.exit_code, kExitStepLimit) << r.err;
  EXPECT_EQ(r.err.find("deadlock"), std::string::npos) << r.err;
}

TEST(Procs, BusyWaitingGoroutinesJumpToTheNextTimer) {
  // Three spinning goroutines (every P but main's busy) wait for a flag main sets after an
  // hour: the clock jumps there instead of interpreting an hour of spinning.
  const char* src = R"(package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !flag.Load() {
			}
		}()
	}
	start := time.Now()
	time.Sleep(time.Hour)
	flag.Store(true)
	wg.Wait()
	fmt.Println(time.Since(start).Round(time.Second))
}
)";
  RunResult r = run(src);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "1h0m0s\n");
}

}  // namespace
}  // namespace gs
