// Trace exports and analyses: JSONL structure, the context tree rebuilt from events alone,
// channel send/receive pairing, Chrome flows with both ends, leak and blocked-forever
// findings, race reports.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "analysis/export.h"
#include "api/engine.h"

namespace gs {
namespace {

struct Traced {
  std::unique_ptr<Build> build;
  RunResult result;
};

Traced run_traced(const std::string& src, bool analyze = false, bool race = false) {
  Traced t;
  t.build = build_program("t.go", src, {});
  EXPECT_TRUE(t.build->ok()) << t.build->format_diagnostics();
  if (!t.build->ok()) return t;
  RunOptions o;
  o.trace = true;
  o.analyze = analyze;
  o.race = race;
  t.result = run_to_end(*t.build->program, o);
  return t;
}

const char* kPipeline = R"(package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	child, cc := context.WithTimeout(ctx, time.Second)
	defer cc()
	c := make(chan int, 2)
	go func() {
		for i := 0; i < 5; i++ {
			c <- i
		}
		close(c)
	}()
	for v := range c {
		fmt.Println(v)
	}
	cancel()
	<-child.Done()
	fmt.Println(child.Err())
}
)";

int64_t field(const std::string& line, const std::string& name) {
  std::smatch m;
  std::regex re("\"" + name + "\":(-?[0-9]+)");
  return std::regex_search(line, m, re) ? std::stoll(m[1]) : INT64_MIN;
}

TEST(Trace, JsonLinesAreWellFormedAndOrdered) {
  Traced t = run_traced(kPipeline);
  std::string jsonl = export_jsonl(t.result.trace, *t.build->program);
  std::istringstream in(jsonl);
  std::string line;
  int64_t seq = 0, n = 0;
  while (std::getline(in, line)) {
    ASSERT_EQ(line.front(), '{');
    ASSERT_EQ(line.back(), '}');
    EXPECT_EQ(field(line, "seq"), ++seq);
    EXPECT_NE(line.find("\"ev\":\""), std::string::npos);
    n++;
  }
  EXPECT_GT(n, 20);
}

TEST(Trace, ContextTreeAndChannelPairsRebuildFromEvents) {
  Traced t = run_traced(kPipeline);
  std::set<int64_t> contexts{0};
  std::map<int64_t, std::string> cancelled;
  std::set<std::pair<int64_t, int64_t>> sends, recvs;
  for (const Event& e : t.result.trace.events) {
    if (e.kind == Ev::CtxCreate) {
      EXPECT_TRUE(contexts.count(e.b)) << "parent created before its child";
      contexts.insert(e.a);
    }
    if (e.kind == Ev::CtxCancel) cancelled[e.a] = t.result.trace.text(e);
    if (e.kind == Ev::ChanSend) sends.insert({e.a, e.b});
    if (e.kind == Ev::ChanRecv && e.b >= 0) recvs.insert({e.a, e.b});
  }
  EXPECT_EQ(contexts.size(), 4u);  // 0 (none), background, cancel, deadline
  ASSERT_EQ(cancelled.size(), 2u);
  for (auto& [id, err] : cancelled) EXPECT_EQ(err, "context canceled");
  EXPECT_EQ(sends.size(), 5u);
  EXPECT_EQ(sends, recvs) << "every received value pairs with its send";
}

TEST(Trace, ChromeFlowsHaveBothEnds) {
  Traced t = run_traced(kPipeline);
  std::string chrome = export_chrome(t.result.trace, *t.build->program);
  EXPECT_EQ(chrome.rfind("{\"displayTimeUnit\"", 0), 0u);
  std::regex flow("\"ph\":\"([sf])\"[^}]*\"id\":\"([0-9-]+)\"");
  std::set<std::string> starts, ends;
  for (auto it = std::sregex_iterator(chrome.begin(), chrome.end(), flow);
       it != std::sregex_iterator(); ++it)
    ((*it)[1] == "s" ? starts : ends).insert((*it)[2]);
  EXPECT_EQ(starts.size(), 5u);
  EXPECT_EQ(starts, ends);
  EXPECT_NE(chrome.find("\"thread_name\""), std::string::npos);
}

TEST(Analysis, WatcherLeakIsReportedWithItsCreationSite) {
  const char* src = R"(package main

import "time"

func watch(stop chan bool) {
	t := time.NewTicker(time.Second)
	for {
		select {
		case <-t.C:
		case <-stop:
			return
		}
	}
}

func main() {
	go watch(make(chan bool))
	time.Sleep(3500 * time.Millisecond)
}
)";
  Traced t = run_traced(src, true);
  ASSERT_EQ(t.result.findings.size(), 1u);
  const Finding& f = t.result.findings[0];
  EXPECT_EQ(f.kind, Finding::Kind::Leak);
  EXPECT_EQ(t.build->files[0]->position(f.create_pos).line, 17);
  EXPECT_NE(f.text.find("main.watch"), std::string::npos);
}

TEST(Analysis, BlockedForeverIsFoundWhileMainSleeps) {
  const char* src = R"(package main

import "time"

func main() {
	go func() {
		c := make(chan int)
		<-c
	}()
	time.Sleep(time.Second)
}
)";
  Traced t = run_traced(src, true);
  bool blocked = false;
  for (const Finding& f : t.result.findings)
    if (f.kind == Finding::Kind::BlockedForever) {
      blocked = true;
      EXPECT_EQ(t.build->files[0]->position(f.wait_pos).line, 8);
      // Found before main woke up: earlier than the end of the run.
    }
  EXPECT_TRUE(blocked);
  bool event_before_exit = false;
  for (const Event& e : t.result.trace.events)
    if (e.kind == Ev::GoBlockedForever) event_before_exit = e.time < 1000000000;
  EXPECT_TRUE(event_before_exit);
}

TEST(Analysis, CorrectProgramHasNoFindings) {
  Traced t = run_traced(kPipeline, true, true);
  EXPECT_TRUE(t.result.findings.empty()) << t.result.findings[0].text;
  EXPECT_EQ(t.result.exit_code, 0);
}

TEST(Analysis, RaceIsReportedInGoFormat) {
  const char* src = R"(package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var shared []int
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			shared = append(shared, i)
		}()
	}
	wg.Wait()
}
)";
  Traced t = run_traced(src, false, true);
  EXPECT_EQ(t.result.exit_code, 66);
  EXPECT_NE(t.result.err.find("WARNING: DATA RACE"), std::string::npos);
  EXPECT_NE(t.result.err.find("Found 1 data race(s)"), std::string::npos);
}

// Vector clocks grow with what a goroutine has seen, not with how many goroutines exist:
// a clock of every goroutine for every goroutine would need 100000^2 entries (40 GB) here,
// and the WaitGroup's clock, joined 100000 times, must not cost its size each time.
TEST(Analysis, RaceDetectionScalesToManyGoroutines) {
  Traced t = run_traced(R"(package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	done := make([]bool, 100000)
	for i := range done {
		wg.Add(1)
		go func() {
			defer wg.Done()
			done[i] = true
		}()
	}
	wg.Wait()
	n := 0
	for _, d := range done {
		if d {
			n++
		}
	}
	fmt.Println(n)
}
)",
                        false, true);
  EXPECT_EQ(t.result.exit_code, 0) << t.result.err;
  EXPECT_EQ(t.result.out, "100000\n");
}

}  // namespace
}  // namespace gs
