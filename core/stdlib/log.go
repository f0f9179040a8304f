// Package log: simple logging to standard error. As in a playground, the default logger
// has no date/time prefix (flags 0); SetFlags(log.LstdFlags) shows the virtual clock.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"time"
)

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

type Logger struct {
	out    io.Writer
	prefix string
	flag   int
}

func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", 0)

func Default() *Logger { return std }

func pad(v, width int) string {
	s := fmt.Sprint(v)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func (l *Logger) header(calldepth int) string {
	h := ""
	if l.flag&Lmsgprefix == 0 {
		h = l.prefix
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		t := time.Now()
		if l.flag&Ldate != 0 {
			y, m, d := t.Date()
			h += pad(y, 4) + "/" + pad(int(m), 2) + "/" + pad(d, 2) + " "
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hh, mm, ss := t.Clock()
			h += pad(hh, 2) + ":" + pad(mm, 2) + ":" + pad(ss, 2)
			if l.flag&Lmicroseconds != 0 {
				h += "." + pad(t.Nanosecond()/1000, 6)
			}
			h += " "
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		_, file, line, ok := runtime.Caller(calldepth + 1)
		if !ok {
			file, line = "???", 0
		}
		if l.flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		h += file + ":" + strconv.Itoa(line) + ": "
	}
	if l.flag&Lmsgprefix != 0 {
		h += l.prefix
	}
	return h
}

// Output writes the log line for s, adding a final newline if missing.
func (l *Logger) Output(calldepth int, s string) error {
	line := l.header(calldepth) + s
	if len(s) == 0 || s[len(s)-1] != '\n' {
		line += "\n"
	}
	_, err := io.WriteString(l.out, line)
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}
func (l *Logger) SetFlags(flag int)       { l.flag = flag }
func (l *Logger) Flags() int              { return l.flag }
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }
func (l *Logger) Prefix() string          { return l.prefix }
func (l *Logger) SetOutput(w io.Writer)   { l.out = w }
func (l *Logger) Writer() io.Writer       { return l.out }

func Print(v ...any)                 { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)               { std.Output(2, fmt.Sprintln(v...)) }
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

// The package-level functions call std.Output themselves so that calldepth 2 is their
// caller, as in Go (Lshortfile names the user's line).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}
func SetFlags(flag int)              { std.SetFlags(flag) }
func Flags() int                     { return std.Flags() }
func SetPrefix(prefix string)        { std.SetPrefix(prefix) }
func Prefix() string                 { return std.Prefix() }
func SetOutput(w io.Writer)          { std.SetOutput(w) }
func Writer() io.Writer              { return std.Writer() }
