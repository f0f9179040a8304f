// Running a command with a time limit and capturing what it did: stdout, stderr, exit
// status, whether it was killed. The whole process group is killed on timeout, so a
// program's children cannot outlive it.
package diff

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"syscall"
	"time"
)

// Outcome is what one run of a program did.
type Outcome struct {
	Stdout, Stderr []byte
	Exit           int    // exit status; -1 when killed by a signal
	Signal         string // the signal that ended it, if any
	TimedOut       bool
}

// output beyond this is cut (a runaway program must not fill the disk)
const maxOutput = 8 << 20

type capped struct {
	bytes.Buffer
}

func (c *capped) Write(p []byte) (int, error) {
	if room := maxOutput - c.Len(); room < len(p) {
		if room > 0 {
			c.Buffer.Write(p[:room])
		}
		return len(p), nil
	}
	return c.Buffer.Write(p)
}

// Run runs name with args in dir, with extra environment variables, for at most timeout.
// The error is only for failures to start it.
func Run(dir string, env []string, timeout time.Duration, name string, args ...string) (Outcome, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	if len(env) > 0 {
		cmd.Env = append(cmd.Environ(), env...)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var stdout, stderr capped
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	o := Outcome{Stdout: stdout.Bytes(), Stderr: stderr.Bytes()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		o.Exit = exit.ExitCode()
		if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			o.Signal = ws.Signal().String()
		}
	default:
		return o, err
	}
	// timed out only if we killed it: a run that ended by itself while this process was
	// stopped (kill -STOP to pause a long session) is not a timeout
	o.TimedOut = ctx.Err() == context.DeadlineExceeded && o.Signal == syscall.SIGKILL.String()
	return o, nil
}
