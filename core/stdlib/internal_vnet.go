// Package vnet is goroscope's virtual loopback network: a registry of listening servers
// shared by net/http and net/http/httptest. Delivery takes Latency per direction, in
// virtual time, so interleavings around request and response vary with the seed.
package vnet

import (
	"strings"
	"sync"
)

// Latency is the one-way network delay, in nanoseconds.
var Latency int64 = 1000000

// mu guards listeners and the port counters: servers and clients run on many goroutines.
var mu sync.Mutex
var listeners = map[string]any{}
var nextPort = 32768
var nextClientPort = 50000

// Key normalizes "localhost:8080", ":8080", "127.0.0.1:8080" and "0.0.0.0:8080" to one key.
func Key(addr string) string {
	i := strings.LastIndexByte(addr, ':')
	if i < 0 {
		return "127.0.0.1:80"
	}
	host, port := addr[:i], addr[i+1:]
	switch host {
	case "", "localhost", "127.0.0.1", "0.0.0.0", "[::1]", "[::]":
		host = "127.0.0.1"
	}
	return host + ":" + port
}

// Listen registers s at addr; false if the address is taken.
func Listen(addr string, s any) bool {
	k := Key(addr)
	mu.Lock()
	defer mu.Unlock()
	if _, taken := listeners[k]; taken {
		return false
	}
	listeners[k] = s
	return true
}

func Unlisten(addr string) {
	mu.Lock()
	delete(listeners, Key(addr))
	mu.Unlock()
}

func Lookup(addr string) any {
	mu.Lock()
	defer mu.Unlock()
	return listeners[Key(addr)]
}

func Listening(addr string) bool {
	mu.Lock()
	defer mu.Unlock()
	_, ok := listeners[Key(addr)]
	return ok
}

// FreePort returns a port no one listens on (deterministically increasing).
func FreePort() int {
	mu.Lock()
	defer mu.Unlock()
	nextPort++
	return nextPort
}

// ClientPort returns the source port of the next client connection.
func ClientPort() int {
	mu.Lock()
	defer mu.Unlock()
	nextClientPort++
	return nextClientPort
}
