// Package os: program arguments, exit, standard output and error as files; no file system.
package os

// runtimeArgs returns the program arguments (native).
func runtimeArgs() []string

// writeFd writes p to standard output (1) or standard error (2) (native).
func writeFd(fd int, p []byte) int

// Exit ends the program immediately with the given status; deferred calls do not run.
func Exit(code int)

// Args holds the command-line arguments, starting with the program name.
var Args = runtimeArgs()

// Getenv returns "": programs in goroscope see an empty environment.
func Getenv(key string) string { return "" }

// LookupEnv reports every variable as unset.
func LookupEnv(key string) (string, bool) { return "", false }

// File is an open file; only the standard streams exist.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

func (f *File) Write(p []byte) (n int, err error) { return writeFd(f.fd, p), nil }

func (f *File) WriteString(s string) (n int, err error) { return writeFd(f.fd, []byte(s)), nil }

func (f *File) Name() string { return f.name }

func (f *File) Close() error { return nil }
