// Package context: cancellation, deadlines and request-scoped values, with Go's semantics:
// cancelling a context cancels every descendant; a child's deadline never exceeds its
// parent's; Done returns the same channel on every call; custom Context implementations
// are watched by a goroutine, as in Go.
package context

import (
	"errors"
	"internal/rt"
	"sync"
	"time"
)

// Trace hooks (native): every context is a node of the run's context tree.
// traceCreate returns the new node's id; done is its Done channel (nil if none).
func traceCreate(kind string, parent int64, detail string, done chan struct{}) int64
func traceCancel(id int64, from int64, err string)

// traceRoot returns *id, first setting it to a new root node of the trace: one step,
// so goroutines creating contexts at once share one root (and do not race on it).
func traceRoot(kind string, id *int64) int64

var bgID, todoID int64

// idOf returns the trace id of a context (a new "custom" node for user types).
func idOf(c Context) int64 {
	switch x := c.(type) {
	case emptyCtx:
		if x.name == "context.TODO" {
			return traceRoot("todo", &todoID)
		}
		return traceRoot("background", &bgID)
	case *cancelCtx:
		return x.id
	case *timerCtx:
		return x.id
	case *valueCtx:
		return x.id
	case withoutCancelCtx:
		return x.id
	case *afterFuncCtx:
		return x.id
	}
	return traceCreate("custom", 0, "", nil)
}

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// Canceled is the error returned by Err when the context was cancelled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Err when the deadline passed.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

type CancelFunc func()
type CancelCauseFunc func(cause error)

// emptyCtx is never cancelled, has no values and no deadline.
type emptyCtx struct{ name string }

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }
func (e emptyCtx) String() string                        { return e.name }

var (
	background = emptyCtx{"context.Background"}
	todo       = emptyCtx{"context.TODO"}
)

func Background() Context { return background }
func TODO() Context       { return todo }

// canceler is a context that can be cancelled directly (cancelCtx, timerCtx).
type canceler interface {
	cancel(removeFromParent bool, err, cause error, from int64)
	Done() <-chan struct{}
}

// cancelCtxKey is the key a cancelCtx answers to with itself, so that descendants can find
// the nearest cancellable ancestor through Value even across value contexts.
var cancelCtxKey int

type cancelCtx struct {
	Context // the parent
	id      int64

	mu       sync.Mutex
	done     chan struct{}
	children map[canceler]struct{}
	err      error
	cause    error
}

func (c *cancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return c
	}
	return c.Context.Value(key)
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) String() string { return contextName(c.Context) + ".WithCancel" }

// cancel closes c.done, cancels each child and, if asked, removes c from its parent.
// from is the context whose cancellation started this (0: c itself).
func (c *cancelCtx) cancel(removeFromParent bool, err, cause error, from int64) {
	if cause == nil {
		cause = err
	}
	if from == 0 {
		from = c.id
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return // already cancelled
	}
	c.err = err
	c.cause = cause
	traceCancel(c.id, from, err.Error())
	close(c.done)
	children := c.children
	c.children = nil
	c.mu.Unlock()
	for child := range children {
		child.cancel(false, err, cause, from)
	}
	if removeFromParent {
		removeChild(c.Context, c)
	}
}

// propagateCancel arranges for child to be cancelled when parent is.
func (c *cancelCtx) propagateCancel(parent Context, child canceler) {
	c.Context = parent
	done := parent.Done()
	if done == nil {
		return // the parent is never cancelled
	}
	select {
	case <-done:
		child.cancel(false, parent.Err(), Cause(parent), idOf(parent))
		return
	default:
	}
	if p, ok := parentCancelCtx(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			p.mu.Unlock()
			child.cancel(false, p.err, p.cause, p.id)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
		p.mu.Unlock()
		return
	}
	if a, ok := parent.(afterFuncer); ok {
		// The parent implements AfterFunc (Go 1.21): let it tell us.
		stop := a.AfterFunc(func() {
			child.cancel(false, parent.Err(), Cause(parent), idOf(parent))
		})
		_ = stop
		return
	}
	// A custom Context: watch it with a goroutine, as Go does.
	go func() {
		select {
		case <-done:
			child.cancel(false, parent.Err(), Cause(parent), idOf(parent))
		case <-child.Done():
		}
	}()
}

type afterFuncer interface {
	AfterFunc(func()) func() bool
}

// parentCancelCtx returns the nearest *cancelCtx ancestor whose Done channel is parent's.
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == nil {
		return nil, false
	}
	p, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok {
		return nil, false
	}
	if p.done != done {
		return nil, false // a custom context wraps the cancelCtx with its own channel
	}
	return p, true
}

func removeChild(parent Context, child canceler) {
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.mu.Unlock()
}

func newCancelCtx(parent Context) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{done: make(chan struct{})}
	c.id = traceCreate("cancel", idOf(parent), "", c.done)
	c.propagateCancel(parent, c)
	return c
}

// WithCancel returns a copy of parent with a new Done channel, closed when cancel is
// called or when the parent's Done channel is closed, whichever happens first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent)
	return c, func() { c.cancel(true, Canceled, nil, 0) }
}

// WithCancelCause is like WithCancel but cancel records a cause, returned by Cause.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause, 0) }
}

// Cause returns why c was cancelled: the cause given to a CancelCauseFunc or a *Cause
// constructor, else c.Err().
func Cause(c Context) error {
	if cc, ok := c.Value(&cancelCtxKey).(*cancelCtx); ok {
		cc.mu.Lock()
		defer cc.mu.Unlock()
		return cc.cause
	}
	return c.Err()
}

// timerCtx is a cancelCtx with a deadline and the timer that enforces it.
type timerCtx struct {
	cancelCtx
	timer    *time.Timer
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) { return c.deadline, true }

func (c *timerCtx) String() string {
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" + c.deadline.String() + " [" +
		time.Until(c.deadline).String() + "])"
}

func (c *timerCtx) cancel(removeFromParent bool, err, cause error, from int64) {
	c.cancelCtx.cancel(false, err, cause, from)
	if removeFromParent {
		removeChild(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
}

func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		// The parent's deadline is earlier: this context is just cancellable.
		return WithCancel(parent)
	}
	c := &timerCtx{deadline: d}
	c.done = make(chan struct{})
	c.id = traceCreate("deadline", idOf(parent), d.String(), c.done)
	c.propagateCancel(parent, c)
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded, cause, 0)
		return c, func() { c.cancel(false, Canceled, nil, 0) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() {
			c.cancel(true, DeadlineExceeded, cause, 0)
		})
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled, nil, 0) }
}

func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

// valueCtx carries one key-value pair.
type valueCtx struct {
	Context
	key, val any
	id       int64
}

func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent, key, val, traceCreate("value", idOf(parent), preview(key)+"="+preview(val), nil)}
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.Context.Value(key)
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(" + stringify(c.key) + ", " + stringify(c.val) + ")"
}

type stringer interface{ String() string }

func stringify(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	return "<not Stringer>"
}

// preview describes a key or value for the trace: strings quoted, Stringers by String,
// other values by their type.
func preview(v any) string {
	switch s := v.(type) {
	case string:
		return "\"" + s + "\""
	case stringer:
		return s.String()
	case nil:
		return "<nil>"
	}
	return rt.TypeString(v)
}

func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return "context"
}

// withoutCancelCtx keeps the parent's values but is never cancelled and has no deadline.
type withoutCancelCtx struct {
	c  Context
	id int64
}

// WithoutCancel returns a copy of parent that is not cancelled when parent is (Go 1.21).
func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return withoutCancelCtx{parent, traceCreate("withoutCancel", idOf(parent), "", nil)}
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return nil // no cancellable ancestor is visible through WithoutCancel
	}
	return c.c.Value(key)
}
func (c withoutCancelCtx) String() string { return contextName(c.c) + ".WithoutCancel" }

// AfterFunc arranges to call f in its own goroutine after ctx is done (Go 1.21). stop
// prevents the call; it reports whether it stopped f from being run.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.done = make(chan struct{})
	a.id = traceCreate("afterFunc", idOf(ctx), "", a.done)
	a.propagateCancel(ctx, a)
	return func() bool {
		stopped := false
		a.once.Do(func() { stopped = true })
		if stopped {
			a.cancel(true, Canceled, nil, 0)
		}
		return stopped
	}
}

type afterFuncCtx struct {
	cancelCtx
	once sync.Once
	f    func()
}

func (a *afterFuncCtx) cancel(removeFromParent bool, err, cause error, from int64) {
	a.cancelCtx.cancel(false, err, cause, from)
	if removeFromParent {
		removeChild(a.Context, a)
	}
	a.once.Do(func() {
		go a.f()
	})
}
