// Helpers shared by the interpreter loop and the runtime: frame pushing, returns with
// deferred calls, string and slice primitives with Go's semantics and panic texts.
#pragma once
#include "vm/machine.h"

namespace gs {

enum class Flow : uint8_t {  // declared in machine.h
  Continue,                  // keep executing the (reloaded) top frame of this goroutine
  Switch,  // this goroutine stopped running (blocked, yielded, dead); pick another
  Exit,    // the program ended
};

struct Interp {
  // Pushes a frame for fn at stack slot `base` (results + params already there).
  // Returns false (and ends the program) on stack overflow.
  static bool push_frame(Machine& m, Goroutine& g, FuncProto* fn, uint32_t base, Closure* c,
                         uint8_t kind);
  // Executes a return from the top frame: runs the next deferred call if any, else pops.
  static Flow do_return(Machine& m, Goroutine& g);
  // Calls the most recent deferred call of the top frame.
  static Flow call_deferred(Machine& m, Goroutine& g, uint8_t kind);
  // Runs native fn on frame base; maps its status to a Flow.
  static Flow call_native(Machine& m, Goroutine& g, FuncProto* fn, uint32_t base);
  static Flow run(Machine& m, Goroutine& g, uint64_t& budget);
  static Flow unwind(Machine& m, Goroutine& g);
};

}  // namespace gs
