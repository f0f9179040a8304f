// A compiled program: functions (bytecode or native), run-time types, constants, select
// descriptors and the global area layout. Immutable once built; VMs only read it.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "check/types.h"
#include "source/source.h"
#include "vm/opcodes.h"
#include "vm/value.h"

namespace gs {

struct FuncProto;
struct Goroutine;

// The kinds of run-time panic, by the Go type that carries them (core/stdlib/runtime.go):
// X(kind, Go type name in package runtime, pointer type?).
#define GS_RUNTIME_ERRORS(X)                   \
  X(ErrorString, "errorString", false)         \
  X(Bounds, "boundsError", false)              \
  X(Plain, "plainError", false)                \
  X(TypeAssertion, "TypeAssertionError", true) \
  X(PanicNil, "PanicNilError", true)
enum class RuntimeError : uint8_t {
#define GS_RT_ERR_ENUM(kind, name, ptr) kind,
  GS_RUNTIME_ERRORS(GS_RT_ERR_ENUM)
#undef GS_RT_ERR_ENUM
};
constexpr int kRuntimeErrorKinds = 5;
class Machine;

// What a native function tells the interpreter loop.
enum class NativeStatus : uint8_t {
  Done,       // results are written; continue after the call
  Blocked,    // the goroutine was parked; a waker completes the call (writes results)
  Retry,      // the goroutine was parked; on wake the call instruction runs again
  Yield,      // done, but let the scheduler pick the next goroutine
  Unwinding,  // a panic was started (Machine::start_panic); unwind now
  Exit,       // the program is ending (os.Exit, fatal error)
};

// Natives see their frame: results first, then parameters, as bytecode functions do.
// `frame` stays valid only until the goroutine's stack may grow (any VM call).
using NativeFn = NativeStatus (*)(Machine& m, Goroutine& g, Slot* frame);

struct RType;

struct RMethod {
  int name_id;
  FuncProto* fn;  // receives the interface data slot as its receiver
};

struct RField {
  std::string name;
  RType* type;
  int offset;  // in slots
  bool exported;
  bool embedded;
  std::string tag;
};

// Run-time type descriptor: dynamic types of interfaces, fmt/rt inspection, map keys.
struct RType {
  int index = 0;              // T[index]
  Kind kind = Kind::Invalid;  // kind of the underlying type
  bool named = false;
  std::string str;   // as %T prints it
  std::string name;  // bare name for named types ("Duration")
  const Type* type = nullptr;
  int slots = 0;
  int64_t go_size = 0;        // size in bytes of the real Go type (append growth, size classes)
  bool has_pointers = false;  // the real Go type holds pointers (malloc headers, growth)
  RType* elem = nullptr;      // array, slice, pointer, map value, chan
  RType* key = nullptr;       // map
  int64_t len = 0;            // array
  ChanDir dir = ChanDir::Both;
  std::vector<RField> fields;
  std::vector<RMethod> methods;    // method set of this type, sorted by name_id
  std::vector<int> iface_methods;  // interface types: required method name ids, sorted
  bool comparable = true;
  FuncProto* find_method(int name_id) const;
};

struct BoxedResult {
  int box_slot;     // frame slot holding the box pointer of a captured named result
  int result_slot;  // where the result lives in the frame
  int width;
};

struct FuncProto {
  std::string name;  // "main.main", "main.(*T).M", "main.main.func1"
  int file = 0;
  uint32_t decl_offset = 0;  // source offset of the declaration (for traces)
  std::vector<Instr> code;
  std::vector<uint32_t> pos;  // source offset of each instruction
  int result_slots = 0;
  int param_slots = 0;  // receiver included
  int frame_slots = 0;  // results + params + locals + temporaries
  NativeFn native = nullptr;
  std::vector<BoxedResult> boxed_results;  // copied back after deferred calls ran
  bool wrapper = false;                    // compiler-generated (hidden from stack traces)
  bool atomic = false;  // in sync/atomic: accesses are synchronizing, never races
  // The user's code: its shared-memory accesses are switch points. The standard library's
  // straight-line code runs without them (sync/atomic's bodies must stay indivisible).
  bool switch_points = false;
  bool spin_safe = false;  // a native that leaves no trace a busy-wait could miss (spin.cc)
  int index = 0;
};

struct SelectCase {
  bool send = false;
  int chan = 0;   // slot holding the channel
  int value = 0;  // send: value slots; recv: destination slots
  int ok = -1;    // recv: slot for the ok flag, or -1
  int width = 0;  // element width in slots
};

struct SelectDesc {
  std::vector<SelectCase> cases;
  bool has_default = false;
};

// Invariants: a program may extend a base (the shared standard library, api/std_cache.h):
// then funcs, rtypes, consts and selects begin with the base's entries at the same indices
// (so the base's bytecode runs unchanged), method ids and names continue the base's, and the
// base outlives the program and is never changed.
struct Program {
  const Program* base = nullptr;
  std::vector<FuncProto*> funcs;                        // by FuncProto::index
  std::vector<RType*> rtypes;                           // by RType::index
  std::vector<std::unique_ptr<FuncProto>> owned_funcs;  // this program's own entries
  std::vector<std::unique_ptr<RType>> owned_rtypes;
  std::vector<Slot> consts;
  std::vector<std::unique_ptr<std::string>> strings;  // backing store of string constants
  std::vector<SelectDesc> selects;
  std::vector<const SourceFile*> files;
  int global_slots = 0;
  FuncProto* entry = nullptr;  // package initialization, then main.main
  // Run-time types the runtime needs to build values (panics, fmt natives).
  RType* rt_string = nullptr;
  RType* rt_int = nullptr;
  RType* rt_error = nullptr;
  // The runtime package's types of run-time panics, by RuntimeError (nullptr: rt_string).
  RType* rt_runtime_errors[kRuntimeErrorKinds] = {};
  RType* rt_any = nullptr;
  RType* rt_any_slice = nullptr;
  RType* rt_bool = nullptr;
  RType* rt_float64 = nullptr;

  // Methods match interfaces by name and identical signature (and package, when the name
  // is unexported), so the id is derived from all three.
  int method_id(const std::string& name, const Type* sig, const Package* pkg);
  const std::string& method_name(int id) const;
  // A function by qualified name ("runtime.panicText"), here or in the base.
  FuncProto* find_func(const std::string& name) const;
  void add_func_name(const std::string& name, FuncProto* f) { by_name_[name] = f; }

 private:
  int find_method_id(const std::string& key) const;
  int method_count() const { return int(method_names_.size()) + (base ? base->method_count() : 0); }
  std::vector<std::string> method_names_;            // ids from the base's count on
  std::unordered_map<std::string, int> method_ids_;  // key: name|signature[|package]
  std::unordered_map<std::string, FuncProto*> by_name_;
};

}  // namespace gs
