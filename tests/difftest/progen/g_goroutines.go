// Feature group "goroutine": concurrency whose output does not depend on scheduling
// (pipelines, WaitGroup workers on their own index, mutex/atomic counters, sorted results,
// one-ready-case selects, ping-pong); goroutines print only where a channel orders it.
package progen

var goroutineFeatures = []Feature{
	{"pipeline", goPipeline},
	{"workers", goWorkers},
	{"mutex", goMutex},
	{"fanin", goFanIn},
	{"select", goSelect},
	{"pingpong", goPingPong},
	{"closed", goClosed},
	{"once", goOnce},
	{"atomic", goAtomic},
	{"panicjoin", goPanicJoin},
	{"context", goContext},
}

func goPipeline(f *Func) {
	n := f.R.Range(0, 8)
	src, out := f.Fresh("src"), f.Fresh("out")
	f.Linef("%s := make(chan int, %d)", src, Pick(f.R, []int{0, 0, 1, 3}))
	f.Linef("%s := make(chan int, %d)", out, Pick(f.R, []int{0, 2}))
	f.Linef("go func() {\n\t\tfor i := 0; i < %d; i++ {\n\t\t\t%s <- i*%d - %d\n\t\t}\n\t\tclose(%s)\n\t}()", n, src, f.R.Range(1, 5), f.R.Range(0, 5), src)
	stage := Pick(f.R, []string{"v * v", "v + 100", "-v", "v % 3"})
	f.Linef("go func() {\n\t\tdefer close(%s)\n\t\tfor v := range %s {\n\t\t\t%s <- %s\n\t\t}\n\t}()", out, src, out, stage)
	got := f.Fresh("got")
	f.Linef("var %s []int", got)
	f.Linef("for v := range %s {\n\t\t%s = append(%s, v)\n\t}", out, got, got)
	f.Println(got, "len("+got+")")
}

func goWorkers(f *Func) {
	sy := f.P.Import("sync")
	n := f.R.Range(1, 8)
	res, wg := f.Fresh("results"), f.Fresh("wg")
	f.Linef("%s := make([]int, %d)", res, n)
	f.Linef("var %s %s.WaitGroup", wg, sy)
	i := f.Fresh("i")
	f.Linef("for %s := 0; %s < %d; %s++ {", i, i, n, i)
	f.Linef("\t%s.Add(1)", wg)
	body := Pick(f.R, []string{"%s[%s] = %s * %s", "%s[%s] = %s*7 %% (%s + 3)"})
	f.Linef("\tgo func() {\n\t\tdefer %s.Done()\n\t\t"+body+"\n\t}()", wg, res, i, i, i)
	f.Line("}")
	f.Linef("%s.Wait()", wg)
	f.Println(res)
}

func goMutex(f *Func) {
	sy := f.P.Import("sync")
	mu, wg, count := f.Fresh("mu"), f.Fresh("wg"), f.Fresh("count")
	f.Linef("var %s %s.Mutex", mu, sy)
	f.Linef("var %s %s.WaitGroup", wg, sy)
	f.Linef("%s := map[string]int{}", count)
	g, m := f.R.Range(1, 6), f.R.Range(1, 50)
	f.Linef("for g := 0; g < %d; g++ {", g)
	f.Linef("\t%s.Add(1)", wg)
	f.Linef("\tgo func() {\n\t\tdefer %s.Done()\n\t\tfor k := 0; k < %d; k++ {\n\t\t\t%s.Lock()\n\t\t\t%s[\"total\"]++\n\t\t\t%s[fmt.Sprint(\"g\", g)] += k\n\t\t\t%s.Unlock()\n\t\t}\n\t}()", wg, m, mu, count, count, mu)
	f.P.Import("fmt")
	f.Line("}")
	f.Linef("%s.Wait()", wg)
	f.Println(count)
	if f.R.Chance(40) {
		rw := f.Fresh("rw")
		f.Linef("var %s %s.RWMutex", rw, sy)
		f.Linef("%s.RLock()", rw)
		f.Linef("%s.RLock()", rw)
		f.Println(rw+".TryLock()", rw+".TryRLock()")
		f.Linef("%s.RUnlock()", rw)
		f.Linef("%s.RUnlock()", rw)
		f.Linef("%s.RUnlock()", rw)
		f.Println(rw + ".TryLock()")
	}
}

func goFanIn(f *Func) {
	so := f.P.Import("sort")
	sy := f.P.Import("sync")
	ch, wg := f.Fresh("ch"), f.Fresh("wg")
	p, k := f.R.Range(1, 4), f.R.Range(1, 5)
	f.Linef("%s := make(chan int)", ch)
	f.Linef("var %s %s.WaitGroup", wg, sy)
	f.Linef("for p := range %d {", p)
	f.Linef("\t%s.Add(1)", wg)
	f.Linef("\tgo func() {\n\t\tdefer %s.Done()\n\t\tfor j := 0; j < %d; j++ {\n\t\t\t%s <- p*100 + j\n\t\t}\n\t}()", wg, k, ch)
	f.Line("}")
	f.Linef("go func() {\n\t\t%s.Wait()\n\t\tclose(%s)\n\t}()", wg, ch)
	all, sum := f.Fresh("all"), f.Fresh("sum")
	f.Linef("var %s []int", all)
	f.Linef("%s := 0", sum)
	f.Linef("for v := range %s {\n\t\t%s = append(%s, v)\n\t\t%s += v\n\t}", ch, all, all, sum)
	f.Linef("%s.Ints(%s)", so, all)
	f.Println(all, sum)
}

func goSelect(f *Func) {
	ready, never := f.Fresh("ready"), f.Fresh("never")
	f.Linef("%s := make(chan int, 1)", ready)
	if f.R.Chance(50) {
		f.Linef("var %s chan int // nil: never ready", never)
	} else {
		f.Linef("%s := make(chan int) // unbuffered, nobody sends", never)
	}
	v := f.R.Range(0, 99)
	if f.R.Chance(50) {
		f.Linef("%s <- %d", ready, v)
	}
	f.Line("select {")
	f.Linef("case v, ok := <-%s:", ready)
	f.Println(`"ready"`, "v", "ok")
	f.Linef("case v := <-%s:", never)
	f.Println(`"never"`, "v")
	if f.R.Chance(60) {
		f.Line("default:")
		f.Println(`"default"`)
	} else {
		f.Linef("case %s <- 1:", never)
		f.Println(`"sent on never"`)
		f.Line("default:")
		f.Println(`"nothing ready"`)
	}
	f.Line("}")
	out := f.Fresh("out")
	f.Linef("%s := make(chan string, 1)", out)
	f.Line("select {")
	f.Linef("case %s <- %q:", out, "sent")
	f.Println(`"send case"`, "len("+out+")")
	f.Linef("case <-%s:", never)
	f.Println(`"impossible"`)
	f.Line("}")
	f.Println("<-" + out)
	done := f.Fresh("done")
	f.Linef("%s := make(chan struct{})", done)
	f.Linef("go func() { close(%s) }()", done)
	f.Line("select {")
	f.Linef("case <-%s:", done)
	f.Println(`"closed by a goroutine"`)
	f.Linef("case <-%s:", never)
	f.Println(`"impossible"`)
	f.Line("}")
}

func goPingPong(f *Func) {
	fm := f.P.Import("fmt")
	ping, pong := f.Fresh("ping"), f.Fresh("pong")
	n := f.R.Range(1, 4)
	f.Linef("%s, %s := make(chan int), make(chan int)", ping, pong)
	f.Linef("go func() {\n\t\tfor i := 0; i < %d; i++ {\n\t\t\t%s.Println(%s, \"ping\", i)\n\t\t\t%s <- i\n\t\t\t<-%s\n\t\t}\n\t\tclose(%s)\n\t}()", n, fm, f.Tag(), ping, pong, ping)
	f.Linef("for v := range %s {", ping)
	f.Println(`"pong"`, "v")
	f.Linef("\t%s <- v", pong)
	f.Line("}")
}

func goClosed(f *Func) {
	ch := f.Fresh("ch")
	c := f.R.Range(1, 5)
	f.Linef("%s := make(chan string, %d)", ch, c)
	k := f.R.Range(0, c)
	for i := 0; i < k; i++ {
		f.Linef("%s <- %s", ch, f.StringLit())
	}
	f.Println("len("+ch+")", "cap("+ch+")")
	f.Linef("close(%s)", ch)
	if k > 0 && f.R.Chance(50) {
		f.Println("<-" + ch)
	}
	f.Linef("for s := range %s {", ch)
	f.Printf("%q", "s")
	f.Line("}")
	v, ok := f.Fresh("v"), f.Fresh("ok")
	f.Linef("%s, %s := <-%s", v, ok, ch)
	f.Printf("%q %v %d", v, ok, "len("+ch+")")
}

func goOnce(f *Func) {
	sy := f.P.Import("sync")
	once, wg, calls := f.Fresh("once"), f.Fresh("wg"), f.Fresh("calls")
	f.Linef("var %s %s.Once", once, sy)
	f.Linef("var %s %s.WaitGroup", wg, sy)
	f.Linef("%s := 0", calls)
	f.Linef("for range %d {", f.R.Range(1, 6))
	f.Linef("\t%s.Add(1)", wg)
	f.Linef("\tgo func() {\n\t\tdefer %s.Done()\n\t\t%s.Do(func() { %s++ })\n\t}()", wg, once, calls)
	f.Line("}")
	f.Linef("%s.Wait()", wg)
	f.Println(calls)
}

func goAtomic(f *Func) {
	sy := f.P.Import("sync")
	at := f.P.Import("sync/atomic")
	n, wg := f.Fresh("n"), f.Fresh("wg")
	f.Linef("var %s %s.Int64", n, at)
	f.Linef("var %s %s.WaitGroup", wg, sy)
	f.Linef("for i := range %d {", f.R.Range(1, 6))
	f.Linef("\t%s.Add(1)", wg)
	f.Linef("\tgo func() {\n\t\tdefer %s.Done()\n\t\t%s.Add(int64(i) + 1)\n\t}()", wg, n)
	f.Line("}")
	f.Linef("%s.Wait()", wg)
	old := f.Fresh("old")
	f.Linef("%s := %s.Swap(%d)", old, n, f.R.Range(0, 9))
	f.Println(old, n+".Load()", n+".CompareAndSwap(3, 4)", n+".Load()")
	var u = f.Fresh("u")
	f.Linef("var %s uint32 = %d", u, f.R.Range(0, 3))
	f.Linef("%s.AddUint32(&%s, ^uint32(0))", at, u)
	f.Println(u)
}

func goPanicJoin(f *Func) {
	fm := f.P.Import("fmt")
	errs := f.Fresh("errs")
	n := f.R.Range(1, 4)
	f.Linef("%s := make([]string, %d)", errs, n)
	done := f.Fresh("done")
	f.Linef("%s := make(chan int)", done)
	f.Linef("for i := range %d {", n)
	f.Linef("\tgo func() {\n\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n\t\t\t\t%s[i] = %s.Sprint(\"worker \", i, \": \", r)\n\t\t\t}\n\t\t\t%s <- i\n\t\t}()\n\t\tif i%%2 == 0 {\n\t\t\tvar m map[int]int\n\t\t\tm[i] = i\n\t\t}\n\t\t%s[i] = \"ok\"\n\t}()", errs, fm, done, errs)
	f.Line("}")
	f.Linef("for range %d {\n\t\t<-%s\n\t}", n, done)
	f.Printf("%q", errs)
}

func goContext(f *Func) {
	cx := f.P.Import("context")
	ctx, cancel := f.Fresh("ctx"), f.Fresh("cancel")
	f.Linef("%s, %s := %s.WithCancel(%s.Background())", ctx, cancel, cx, cx)
	f.Println(ctx + ".Err()")
	child := f.Fresh("child")
	f.Linef("%s := %s.WithValue(%s, %q, %d)", child, cx, ctx, "k", f.R.Range(0, 9))
	f.Linef("%s()", cancel)
	f.Linef("<-%s.Done()", child)
	f.Println(ctx+".Err()", child+".Err()", child+".Value(\"k\")", child+".Value(\"other\")", child+".Err() == "+cx+".Canceled")
	if f.R.Chance(50) {
		er := f.P.Import("errors")
		c2, cancel2 := f.Fresh("ctx"), f.Fresh("cancel")
		f.Linef("%s, %s := %s.WithCancelCause(%s.Background())", c2, cancel2, cx, cx)
		f.Linef("%s(%s.New(%q))", cancel2, er, "the cause")
		f.Println(c2+".Err()", cx+".Cause("+c2+")")
	}
}
