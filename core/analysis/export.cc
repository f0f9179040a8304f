// JSON Lines and Chrome trace-event exports of a run's trace.
#include "analysis/export.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <set>

#include "runtime/wait_reason.h"

namespace gs {

const char* ev_name(Ev e) {
  switch (e) {
#define GS_EV_NAME(kind, name, a, b, c) \
  case Ev::kind:                        \
    return name;
    GS_TRACE_EVENTS(GS_EV_NAME)
#undef GS_EV_NAME
  }
  return "?";
}

void ev_fields(Ev e, const char** a, const char** b, const char** c) {
  switch (e) {
#define GS_EV_FIELDS(kind, name, fa, fb, fc) \
  case Ev::kind:                             \
    *a = fa;                                 \
    *b = fb;                                 \
    *c = fc;                                 \
    return;
    GS_TRACE_EVENTS(GS_EV_FIELDS)
#undef GS_EV_FIELDS
  }
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += char(c);
        }
    }
  }
  return out + "\"";
}

static void position(const Program& prog, const Event& e, std::string& out) {
  if (e.file < 0 || size_t(e.file) >= prog.files.size()) return;
  const SourceFile* sf = prog.files[size_t(e.file)];
  LineCol lc = sf->position(e.pos);
  out += ",\"file\":" + json_quote(sf->name()) + ",\"line\":" + std::to_string(lc.line) +
         ",\"col\":" + std::to_string(lc.col);
}

// Text derived from the event's numbers (kept out of the event to make recording cheap).
std::string event_text(const Trace& trace, const Event& e, const Program& prog) {
  if (e.kind == Ev::GoBlock) return wait_reason_text(WaitReason(e.a));
  if (e.kind == Ev::GoCreate && size_t(e.c) < prog.funcs.size())
    return prog.funcs[size_t(e.c)]->name;
  return trace.text(e);
}

void append_event_jsonl(const Trace& trace, size_t i, const Program& prog, std::string& out) {
  char buf[256];
  const Event& e = trace.events[i];
  const char *fa, *fb, *fc;
  ev_fields(e.kind, &fa, &fb, &fc);
  int n = snprintf(buf, sizeof buf, "{\"seq\":%llu,\"t\":%lld,\"g\":%lld,\"ev\":\"%s\"",
                   (unsigned long long)(i + 1), (long long)e.time, (long long)e.g, ev_name(e.kind));
  out.append(buf, size_t(n));
  if (*fa) out.append(buf, size_t(snprintf(buf, sizeof buf, ",\"%s\":%lld", fa, (long long)e.a)));
  if (*fb) out.append(buf, size_t(snprintf(buf, sizeof buf, ",\"%s\":%lld", fb, (long long)e.b)));
  if (*fc) out.append(buf, size_t(snprintf(buf, sizeof buf, ",\"%s\":%lld", fc, (long long)e.c)));
  if (e.kind == Ev::CtxCreate && e.c)
    out.append(buf, size_t(snprintf(buf, sizeof buf, ",\"done\":%lld", (long long)e.c)));
  std::string text = event_text(trace, e, prog);
  if (!text.empty()) out += ",\"text\":" + json_quote(text);
  position(prog, e, out);
  out += "}\n";
}

std::string export_jsonl(const Trace& trace, const Program& prog) {
  std::string out;
  out.reserve(trace.events.size() * 96);
  for (size_t i = 0; i < trace.events.size(); i++) append_event_jsonl(trace, i, prog, out);
  return out;
}

// Display times in µs for Perfetto: an event's virtual time, moved on by 1 ns where several
// events share a nanosecond, so slices keep their order and a nonzero length.
static std::vector<std::string> display_times(const Trace& trace) {
  std::vector<std::string> out;
  out.reserve(trace.events.size());
  int64_t last = INT64_MIN;
  char buf[48];
  for (const Event& e : trace.events) {
    last = std::max(e.time, last + 1);
    snprintf(buf, sizeof buf, "%.3f", double(last) / 1000.0);
    out.emplace_back(buf);
  }
  return out;
}

std::string export_chrome(const Trace& trace, const Program& prog) {
  std::string out = "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n";
  bool first = true;
  auto add = [&](const std::string& obj) {
    if (!first) out += ",\n";
    first = false;
    out += obj;
  };
  const std::vector<std::string> times = display_times(trace);
  auto ts = [&](const Event&, size_t idx) { return times[idx]; };
  // One track per goroutine (process 1), one per virtual processor (process 2), as
  // `go tool trace` shows them.
  std::map<int64_t, std::string> names{{1, "main"}};
  std::set<int64_t> procs;
  for (const Event& e : trace.events) {
    if (e.kind == Ev::GoCreate) names[e.a] = event_text(trace, e, prog);
    if (e.kind == Ev::GoRun) procs.insert(e.a);
  }
  add("{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":1,\"args\":{\"name\":\"goroutines\"}}");
  add("{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":2,\"args\":{\"name\":\"processors\"}}");
  for (auto& [g, name] : names)
    add("{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":" + std::to_string(g) +
        ",\"args\":{\"name\":" + json_quote("goroutine " + std::to_string(g) + " " + name) + "}}");
  for (int64_t p : procs)
    add("{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":2,\"tid\":" + std::to_string(p) +
        ",\"args\":{\"name\":\"P" + std::to_string(p) + "\"}}");
  // State slices: a goroutine is in one state from one event to its next state event; a P
  // runs a goroutine from its go_run to its go_stop, go_block or go_end.
  struct Open {
    std::string name;
    std::string ts;
  };
  std::map<std::pair<int, int64_t>, Open> open;  // (pid, tid)
  std::map<int64_t, int64_t> on_proc;            // goroutine -> P
  auto close_slice = [&](int pid, int64_t tid, const Event& e, size_t idx) {
    auto it = open.find({pid, tid});
    if (it == open.end()) return;
    double start = std::stod(it->second.ts), end = std::stod(ts(e, idx));
    char dur[48];
    snprintf(dur, sizeof dur, "%.3f", end - start > 0 ? end - start : 0.001);
    add("{\"ph\":\"X\",\"pid\":" + std::to_string(pid) + ",\"tid\":" + std::to_string(tid) +
        ",\"name\":" + json_quote(it->second.name) + ",\"ts\":" + it->second.ts +
        ",\"dur\":" + dur + "}");
    open.erase(it);
  };
  auto set_state = [&](int64_t g, std::string state, const Event& e, size_t idx) {
    close_slice(1, g, e, idx);
    open[{1, g}] = {std::move(state), ts(e, idx)};
  };
  auto leave_proc = [&](int64_t g, const Event& e, size_t idx) {
    auto it = on_proc.find(g);
    if (it == on_proc.end()) return;
    close_slice(2, it->second, e, idx);
    on_proc.erase(it);
  };
  for (size_t idx = 0; idx < trace.events.size(); idx++) {
    const Event& e = trace.events[idx];
    switch (e.kind) {
      case Ev::GoRun:
        set_state(e.g, "running", e, idx);
        leave_proc(e.g, e, idx);
        on_proc[e.g] = e.a;
        open[{2, e.a}] = {"goroutine " + std::to_string(e.g), ts(e, idx)};
        break;
      case Ev::GoStop:
        set_state(e.g, "runnable", e, idx);
        leave_proc(e.g, e, idx);
        break;
      case Ev::GoBlock:
        set_state(e.g, "blocked: " + event_text(trace, e, prog), e, idx);
        leave_proc(e.g, e, idx);
        break;
      case Ev::GoUnblock:
        set_state(e.a, "runnable", e, idx);
        break;
      case Ev::GoCreate:
        open[{1, e.a}] = {"runnable", ts(e, idx)};
        break;
      case Ev::GoEnd:
        close_slice(1, e.g, e, idx);
        leave_proc(e.g, e, idx);
        break;
      case Ev::ChanSend:
        add("{\"ph\":\"s\",\"pid\":1,\"tid\":" + std::to_string(e.g) +
            ",\"name\":\"chan\",\"cat\":\"chan\",\"id\":\"" + std::to_string(e.a) + "-" +
            std::to_string(e.b) + "\",\"ts\":" + ts(e, idx) + "}");
        break;
      case Ev::ChanRecv:
        if (e.b >= 0)
          add("{\"ph\":\"f\",\"bp\":\"e\",\"pid\":1,\"tid\":" + std::to_string(e.g) +
              ",\"name\":\"chan\",\"cat\":\"chan\",\"id\":\"" + std::to_string(e.a) + "-" +
              std::to_string(e.b) + "\",\"ts\":" + ts(e, idx) + "}");
        break;
      case Ev::CtxCancel:
      case Ev::GoBlockedForever:
      case Ev::GoLeaked:
      case Ev::Finding:
        add("{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":" + std::to_string(e.g) + ",\"name\":" +
            json_quote(std::string(ev_name(e.kind)) +
                       (trace.text(e).empty() ? "" : ": " + trace.text(e).substr(0, 200))) +
            ",\"ts\":" + ts(e, idx) + "}");
        break;
      default:
        break;
    }
  }
  if (!trace.events.empty()) {
    const Event& last = trace.events.back();
    std::vector<std::pair<int, int64_t>> still;
    for (auto& [key, o] : open) still.push_back(key);
    for (auto [pid, tid] : still) close_slice(pid, tid, last, trace.events.size() - 1);
  }
  out += "\n]}\n";
  return out;
}

}  // namespace gs
