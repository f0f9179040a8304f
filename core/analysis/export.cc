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

// Virtual time does not move while goroutines compute, so events at one instant are
// spread by their sequence number: 1 ns of display time per event.
static std::string ts(const Event& e, size_t index) {
  char buf[48];
  snprintf(buf, sizeof buf, "%.3f", (double(e.time) + double(index + 1)) / 1000.0);
  return buf;
}

std::string export_chrome(const Trace& trace, const Program& prog) {
  std::string out = "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n";
  bool first = true;
  auto add = [&](const std::string& obj) {
    if (!first) out += ",\n";
    first = false;
    out += obj;
  };
  // One track per goroutine.
  std::map<int64_t, std::string> names{{1, "main"}};
  for (const Event& e : trace.events)
    if (e.kind == Ev::GoCreate) names[e.a] = event_text(trace, e, prog);
  for (auto& [g, name] : names)
    add("{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":" + std::to_string(g) +
        ",\"args\":{\"name\":" + json_quote("goroutine " + std::to_string(g) + " " + name) + "}}");
  // State slices: a goroutine is in one state from one event to its next state event.
  struct Open {
    std::string name;
    std::string ts;
  };
  std::map<int64_t, Open> open;
  auto close_slice = [&](int64_t g, const Event& e, size_t idx) {
    auto it = open.find(g);
    if (it == open.end()) return;
    double start = std::stod(it->second.ts), end = std::stod(ts(e, idx));
    char dur[48];
    snprintf(dur, sizeof dur, "%.3f", end - start > 0 ? end - start : 0.001);
    add("{\"ph\":\"X\",\"pid\":1,\"tid\":" + std::to_string(g) + ",\"name\":" +
        json_quote(it->second.name) + ",\"ts\":" + it->second.ts + ",\"dur\":" + dur + "}");
    open.erase(it);
  };
  int64_t running = 0;
  for (size_t idx = 0; idx < trace.events.size(); idx++) {
    const Event& e = trace.events[idx];
    switch (e.kind) {
      case Ev::GoRun:
        if (running && running != e.g) {
          close_slice(running, e, idx);
          if (!open.count(running)) open[running] = {"runnable", ts(e, idx)};
        }
        close_slice(e.g, e, idx);
        open[e.g] = {"running", ts(e, idx)};
        running = e.g;
        break;
      case Ev::GoBlock:
        close_slice(e.g, e, idx);
        open[e.g] = {"blocked: " + event_text(trace, e, prog), ts(e, idx)};
        if (running == e.g) running = 0;
        break;
      case Ev::GoUnblock:
        close_slice(e.a, e, idx);
        open[e.a] = {"runnable", ts(e, idx)};
        break;
      case Ev::GoCreate:
        open[e.a] = {"runnable", ts(e, idx)};
        break;
      case Ev::GoEnd:
        close_slice(e.g, e, idx);
        if (running == e.g) running = 0;
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
    std::vector<int64_t> still;
    for (auto& [g, o] : open) still.push_back(g);
    for (int64_t g : still) close_slice(g, last, trace.events.size() - 1);
  }
  out += "\n]}\n";
  return out;
}

}  // namespace gs
