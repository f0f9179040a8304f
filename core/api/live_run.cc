// LiveRun: a Machine owned together with its Build, stepped by a pacing host.
#include "api/live_run.h"

#include "analysis/export.h"
#include "analysis/vet.h"

namespace gs {

LiveRun::LiveRun(std::unique_ptr<Build> build, RunOptions opts) : build_(std::move(build)) {
  opts.trace = true;
  machine_ = std::make_unique<Machine>(*build_->program, std::move(opts));
  start_ = machine_->now();
}

LiveRun::~LiveRun() = default;

RunState LiveRun::advance(uint64_t budget, int64_t horizon_ns) {
  machine_->set_time_horizon(horizon_ns);
  return machine_->advance(budget);
}

size_t LiveRun::pending_events() const { return machine_->trace().events.size() - delivered_; }

std::string LiveRun::take_events(size_t max) {
  const Trace& trace = machine_->trace();
  size_t end = delivered_ + std::min(trace.events.size() - delivered_, max);
  std::string out;
  out.reserve((end - delivered_) * 96);
  for (; delivered_ < end; delivered_++)
    append_event_jsonl(trace, delivered_, *build_->program, out);
  return out;
}

// ",\"name\":{\"line\":L,\"col\":C}" for a position in the user's file (file 0).
static void site(const Build& b, const char* name, int file, uint32_t pos, std::string& out) {
  if (file != 0 || pos == 0) return;  // offset 0 (the package clause) is no site
  LineCol lc = b.files[0]->position(pos);
  out += std::string(",\"") + name + "\":{\"line\":" + std::to_string(lc.line) +
         ",\"col\":" + std::to_string(lc.col) + "}";
}

std::string LiveRun::findings_json() const {
  static const char* kKinds[] = {"leak", "blocked", "selfdeadlock", "race"};
  std::string out = "[";
  // The page lists findings one by one; past a thousand it shows their count instead.
  const auto& all = machine_->findings();
  for (size_t i = 0; i < all.size() && i < 1000; i++) {
    const Finding& f = all[i];
    if (out.size() > 1) out += ",";
    out += "{\"kind\":\"" + std::string(kKinds[int(f.kind)]) + "\",\"g\":" + std::to_string(f.g) +
           ",\"text\":" + json_quote(f.text);
    site(*build_, "create", f.create_file, f.create_pos, out);
    site(*build_, "wait", f.wait_file, f.wait_pos, out);
    site(*build_, "other", f.other_file, f.other_pos, out);
    out += "}";
  }
  return out + "]";
}

static void diagnostic_json(const SourceFile& file, Range r, const std::string& kind,
                            const std::string& message, std::string& out) {
  LineCol b = file.position(r.begin), e = file.position(r.end > r.begin ? r.end : r.begin + 1);
  if (out.size() > 1) out += ",";
  out += "{\"line\":" + std::to_string(b.line) + ",\"col\":" + std::to_string(b.col) +
         ",\"endLine\":" + std::to_string(e.line) + ",\"endCol\":" + std::to_string(e.col) +
         ",\"kind\":" + json_quote(kind) + ",\"message\":" + json_quote(message) + "}";
}

std::string diagnostics_json(const Build& b, int go_version) {
  std::string out = "[";
  for (const Diagnostic& d : b.diags.list()) {
    // An error inside goroscope's own library is reported at the top of the user's file.
    bool user = d.file == 0;
    std::string message =
        user ? d.message : b.files[size_t(d.file)]->describe(d.range.begin) + ": " + d.message;
    diagnostic_json(*b.files[0], user ? d.range : Range{}, diag_kind_name(d.kind), message, out);
  }
  if (b.ok())
    for (const VetFinding& f : vet(b, go_version))
      diagnostic_json(*b.files[0], f.range, "vet:" + f.check, f.message, out);
  return out + "]";
}

}  // namespace gs
