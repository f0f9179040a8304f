// Glue between the VM and the race detector: memory accesses from the interpreter,
// synchronization from channels and sync natives, and reports in Go's race format.
#include "analysis/race.h"
#include "vm/machine.h"

namespace gs {

void Machine::race_release(Goroutine& g, const void* key) {
  if (race_) race_->release(g.id, key);
}

void Machine::race_acquire(Goroutine& g, const void* key) {
  if (race_) race_->acquire(g.id, key);
}

void Machine::race_access(Goroutine& g, const Slot* addr, int n, bool write, const FuncProto* fn,
                          size_t pc) {
  if (fn->atomic) {
    // sync/atomic: each operation synchronizes with the previous ones on that word.
    race_->acquire(g.id, addr);
    race_->release(g.id, addr);
    return;
  }
  uint32_t pos = pc < fn->pos.size() ? fn->pos[pc] : 0;
  for (int i = 0; i < n; i++) race_->access(g.id, addr + i, write, fn, pos);
  if (race_->races().size() > races_reported_) race_report_pending(g);
}

void Machine::race_report_pending(Goroutine& g) {
  auto where = [&](const FuncProto* fn, uint32_t pos) {
    const SourceFile* sf =
        size_t(fn->file) < prog.files.size() ? prog.files[size_t(fn->file)] : nullptr;
    return sf ? sf->name() + ":" + std::to_string(sf->position(pos).line) : std::string("?");
  };
  auto created = [&](int64_t id) {
    std::string out;
    for (auto& other : all_)
      if (other->id == id) {
        std::string state = other->state == GState::Dead ? "finished" : "running";
        out = "Goroutine " + std::to_string(id) + " (" + state + ") created at:\n";
        if (other->creator_stack.empty()) out += "  main()\n";
        for (auto& [cf, cp] : other->creator_stack)
          out += "  " + cf->name + "()\n      " + where(cf, cp) + "\n";
      }
    return out;
  };
  auto& races = race_->races();
  auto line = [&](const FuncProto* fn, uint32_t pos) {
    const SourceFile* sf =
        size_t(fn->file) < prog.files.size() ? prog.files[size_t(fn->file)] : nullptr;
    return std::make_pair(fn->file, sf ? sf->position(pos).line : 0);
  };
  while (races_reported_ < races.size()) {
    const RaceDetector::Race& r = races[races_reported_++];
    // One report per pair of source lines (a read and a write of x = f(x) are one race).
    auto a = line(r.now.fn, r.now.pos), b = line(r.prev.fn, r.prev.pos);
    if (!race_lines_.insert({std::min(a, b), std::max(a, b)}).second) continue;
    char addr[32];
    snprintf(addr, sizeof addr, "0x%012llx", (unsigned long long)race_->report_address(r.addr));
    std::string out = "==================\nWARNING: DATA RACE\n";
    // Go's words: goroutine 1 is "main goroutine", and has no "created at" block.
    auto by = [](int64_t id) {
      return id == 1 ? std::string("main goroutine") : "goroutine " + std::to_string(id);
    };
    out += std::string(r.write ? "Write" : "Read") + " at " + addr + " by " + by(r.now.g) + ":\n";
    // The access itself, then its callers (whose saved pcs are at their calls).
    out += "  " + r.now.fn->name + "()\n      " + where(r.now.fn, r.now.pos) + "\n";
    for (size_t i = g.frames.size() - 1; i-- > 0;) {
      const Frame& f = g.frames[i];
      if (f.fn->wrapper) continue;
      out += "  " + f.fn->name + "()\n      " + where(f.fn, frame_pos(f, false)) + "\n";
    }
    out += "\nPrevious " + std::string(r.prev_write ? "write" : "read") + " at " + addr + " by " +
           by(r.prev.g) + ":\n  " + r.prev.fn->name + "()\n      " + where(r.prev.fn, r.prev.pos) +
           "\n";
    for (int64_t id : {r.now.g, r.prev.g})
      if (id != 1) out += "\n" + created(id);
    out += "==================\n";
    write(2, out);
    Finding f;
    f.kind = Finding::Kind::Race;
    f.g = r.now.g;
    f.wait_file = r.now.fn->file;
    f.wait_pos = r.now.pos;
    f.other_file = r.prev.fn->file;
    f.other_pos = r.prev.pos;
    f.text = "data race between " + where(r.now.fn, r.now.pos) + " (goroutine " +
             std::to_string(r.now.g) + ") and " + where(r.prev.fn, r.prev.pos) + " (goroutine " +
             std::to_string(r.prev.g) + ")";
    emit(Ev::Finding, f.g, f.wait_file, f.wait_pos, int64_t(f.kind), 0, 0, f.text);
    findings_.push_back(std::move(f));
  }
}

}  // namespace gs
