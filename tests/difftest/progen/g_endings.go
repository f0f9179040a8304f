// Group "exit": how main may end instead of returning: an unrecovered panic (of several
// value types, from a runtime error, re-panicked, in a goroutine), os.Exit (deferred
// calls do not run), a deadlock, runtime.Goexit in main. Exit status 2 or the code.
package progen

import "fmt"

var endingFeatures = append([]func(p *Program, r *Rand){endDeadlock, endGoexit}, endingsWithoutDeadlock...)

// the endings that do not wait for the runtime to find that nothing can run
var endingsWithoutDeadlock = []func(p *Program, r *Rand){
	endPanicValue,
	endRuntimeError,
	endRepanic,
	endExit,
	endGoroutinePanic,
	endSyncMisuse,
	endLog,
}

func endPanicValue(p *Program, r *Rand) {
	fm := p.Import("fmt")
	switch r.Intn(9) {
	case 0:
		p.ending = append(p.ending, `panic("boom")`)
	case 1:
		p.ending = append(p.ending, fmt.Sprintf("panic(%s.Sprintf(\"code %%d\", %d))", fm, r.Range(0, 99)))
	case 2:
		er := p.Import("errors")
		p.ending = append(p.ending, fmt.Sprintf("panic(%s.New(\"an error value\"))", er))
	case 3:
		p.ending = append(p.ending, fmt.Sprintf("panic(%s.Errorf(\"wrapped: %%w\", %s.Errorf(\"inner %%d\", 1)))", fm, fm))
	case 4:
		p.ending = append(p.ending, fmt.Sprintf("panic(%s)", Pick(r, []string{"42", "-7", "int8(-3)", "uint64(1 << 63)", "true", "'x'"})))
	case 5:
		p.ending = append(p.ending, fmt.Sprintf("panic(%s)", Pick(r, []string{"1.5", "float32(0.1)", "1e100", "-0.0"})))
	case 6:
		typ := p.Fresh("ExitCode")
		p.Decl(fmt.Sprintf("type %s int", typ))
		p.ending = append(p.ending, fmt.Sprintf("panic(%s(%d))", typ, r.Range(0, 9)))
	case 7:
		typ := p.Fresh("Reason")
		p.Decl(fmt.Sprintf("type %s struct{ why string }\n\nfunc (r %s) String() string { return \"reason: \" + r.why }", typ, typ))
		p.ending = append(p.ending, fmt.Sprintf("panic(%s{\"stringer\"})", typ))
	default:
		p.ending = append(p.ending, "panic(nil)")
	}
	if r.Chance(50) {
		p.ending = append([]string{fmt.Sprintf("defer %s.Println(\"deferred in main runs before the crash\")", fm)}, p.ending...)
	}
}

func endRuntimeError(p *Program, r *Rand) {
	p.Import("fmt")
	stmt := Pick(r, runtimeErrors)
	p.ending = append(p.ending, "func() {\n\t"+stmt+"\n\t}()")
}

func endRepanic(p *Program, r *Rand) {
	fm := p.Import("fmt")
	if r.Chance(50) {
		p.ending = append(p.ending, fmt.Sprintf("defer func() {\n\t\tpanic(%s.Sprint(\"second: \", recover()))\n\t}()", fm))
	} else {
		p.ending = append(p.ending, "defer func() {\n\t\tpanic(\"in defer\")\n\t}()")
	}
	if r.Chance(30) {
		p.ending = append(p.ending, "defer func() {\n\t\tr := recover()\n\t\tpanic(r)\n\t}()")
	}
	p.ending = append(p.ending, "panic(\"first\")")
}

func endExit(p *Program, r *Rand) {
	fm, os := p.Import("fmt"), p.Import("os")
	p.ending = append(p.ending,
		fmt.Sprintf("defer %s.Println(\"not printed: os.Exit skips deferred calls\")", fm),
		fmt.Sprintf("%s.Println(\"exiting\")", fm),
		fmt.Sprintf("%s.Exit(%d)", os, Pick(r, []int{0, 1, 3, 42, 255})))
}

func endDeadlock(p *Program, r *Rand) {
	if r.Chance(50) {
		p.ending = append(p.ending, "ch := make(chan int)", "<-ch")
	} else {
		sy := p.Import("sync")
		p.ending = append(p.ending, fmt.Sprintf("var wg %s.WaitGroup", sy), "wg.Add(1)", "wg.Wait()")
	}
}

func endGoroutinePanic(p *Program, r *Rand) {
	p.ending = append(p.ending, "block := make(chan int)",
		fmt.Sprintf("go func() {\n\t\tpanic(%s)\n\t}()", Pick(r, []string{`"panic in a goroutine"`, "7"})),
		"<-block")
}

func endGoexit(p *Program, r *Rand) {
	rt := p.Import("runtime")
	fm := p.Import("fmt")
	p.ending = append(p.ending, fmt.Sprintf("defer %s.Println(\"deferred calls run on Goexit\")", fm), rt+".Goexit()")
}

// endSyncMisuse ends with a sync error: some are panics (recoverable), some fatal errors.
func endSyncMisuse(p *Program, r *Rand) {
	sy := p.Import("sync")
	switch r.Intn(4) {
	case 0:
		p.ending = append(p.ending, fmt.Sprintf("var mu %s.Mutex", sy), "mu.Unlock()")
	case 1:
		p.ending = append(p.ending, fmt.Sprintf("var wg %s.WaitGroup", sy), "wg.Add(1)", "wg.Done()", "wg.Done()")
	case 2:
		p.ending = append(p.ending, fmt.Sprintf("var rw %s.RWMutex", sy), "rw.RUnlock()")
	default:
		p.ending = append(p.ending, fmt.Sprintf("var rw %s.RWMutex", sy), "rw.Lock()", "rw.Unlock()", "rw.Unlock()")
	}
}

// endLog writes with the log package (no timestamps) and ends with log.Fatal or log.Panic.
func endLog(p *Program, r *Rand) {
	lg := p.Import("log")
	p.ending = append(p.ending, lg+".SetFlags(0)", fmt.Sprintf("%s.SetPrefix(%q)", lg, Pick(r, []string{"", "app: "})), fmt.Sprintf("%s.Println(\"to stderr\", 1, 2.5)", lg))
	if r.Chance(50) {
		os := p.Import("os")
		p.ending = append(p.ending, fmt.Sprintf("%s.SetOutput(%s.Stdout)", lg, os), fmt.Sprintf("%s.Printf(\"to stdout %%d\", 3)", lg))
	}
	switch r.Intn(3) {
	case 0:
		p.ending = append(p.ending, fmt.Sprintf("%s.Fatalf(\"fatal: %%v\", %q)", lg, "reason"))
	case 1:
		p.ending = append(p.ending, fmt.Sprintf("%s.Panicln(\"log panic\", 7)", lg))
	default:
		p.ending = append(p.ending, fmt.Sprintf("%s.Fatal(\"bye\")", lg))
	}
}
