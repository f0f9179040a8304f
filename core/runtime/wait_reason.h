// The closed list of reasons a goroutine can be blocked, with the text Go's runtime prints
// in goroutine dumps ("goroutine 1 [chan receive]:").
#pragma once

namespace gs {

#define GS_WAIT_REASONS(X)                  \
  X(None, "running")                        \
  X(ChanSend, "chan send")                  \
  X(ChanRecv, "chan receive")               \
  X(ChanSendNil, "chan send (nil chan)")    \
  X(ChanRecvNil, "chan receive (nil chan)") \
  X(Select, "select")                       \
  X(SelectNoCases, "select (no cases)")     \
  X(MutexLock, "sync.Mutex.Lock")           \
  X(RWMutexRLock, "sync.RWMutex.RLock")     \
  X(RWMutexLock, "sync.RWMutex.Lock")       \
  X(WaitGroupWait, "sync.WaitGroup.Wait")   \
  X(CondWait, "sync.Cond.Wait")             \
  X(Sleep, "sleep")                         \
  X(Timer, "timer")                         \
  X(NetIO, "IO wait")                       \
  X(SemAcquire, "semacquire")

enum class WaitReason : unsigned char {
#define GS_WAIT_ENUM(name, text) name,
  GS_WAIT_REASONS(GS_WAIT_ENUM)
#undef GS_WAIT_ENUM
};

const char* wait_reason_text(WaitReason r);

}  // namespace gs
