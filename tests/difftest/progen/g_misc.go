// Feature group "misc": smaller library corners: errors.Is through several %w, %w with a
// value that is not an error, strings.NewReplacer, unicode tables, container/list, the
// log package writing to stdout without timestamps.
package progen

import "fmt"

var miscFeatures = []Feature{
	{"multiwrap", miscMultiWrap},
	{"replacer", miscReplacer},
	{"unicodetables", miscUnicodeTables},
	{"list", miscList},
	{"log", miscLog},
}

func miscMultiWrap(f *Func) {
	er, fm := f.P.Import("errors"), f.P.Import("fmt")
	a, b := f.Fresh("ea"), f.Fresh("eb")
	f.Linef("%s, %s := %s.New(\"a\"), %s.New(\"b\")", a, b, er, er)
	w := f.Fresh("w")
	f.Linef("%s := %s.Errorf(\"both: %%w and %%w\", %s, %s)", w, fm, a, b)
	f.Println(w, er+".Is("+w+", "+a+")", er+".Is("+w+", "+b+")", er+".Unwrap("+w+") == nil")
	f.Println(fm+".Errorf(\"not an error: %w\", 1)", fm+".Errorf(\"nil: %w\", nil)")
	j := f.Fresh("j")
	f.Linef("%s := %s.Join(%s, nil, %s)", j, er, a, b)
	f.Printf("%q %v", j+".Error()", er+".Is("+j+", "+b+")")
}

func miscReplacer(f *Func) {
	st := f.P.Import("strings")
	r := f.Fresh("rep")
	f.Linef("%s := %s.NewReplacer(%s)", r, st, Pick(f.R, []string{`"a", "1", "b", "2"`, `"", "-"`, `"aaa", "3", "aa", "2", "a", "1"`, `"<", "&lt;", ">", "&gt;"`, `"é", "e", "l", "L"`}))
	f.Printf("%q %q", r+".Replace("+f.StringExpr(1)+")", r+".Replace(\"aaaa<b>\")")
}

func miscUnicodeTables(f *Func) {
	u := f.P.Import("unicode")
	r := f.RuneLit()
	f.Println(u+".Is("+u+".Han, "+r+")", u+".In("+r+", "+u+".Latin, "+u+".Greek)", u+".Is("+u+".Cyrillic, 'я')", u+".IsOneOf([]*"+u+".RangeTable{"+u+".Digit, "+u+".Space}, "+r+")", u+".IsMark('\\u0301')", u+".IsSymbol('€')")
}

func miscList(f *Func) {
	li := f.P.Import("container/list")
	l := f.Fresh("l")
	f.Linef("%s := %s.New()", l, li)
	e := f.Fresh("e")
	f.Linef("%s := %s.PushBack(1)", e, l)
	f.Linef("%s.PushFront(0)", l)
	f.Linef("%s.InsertAfter(%d, %s)", l, f.R.Range(2, 9), e)
	f.Linef("%s.PushBack(%q)", l, "x")
	if f.R.Chance(50) {
		f.Linef("%s.MoveToBack(%s)", l, e)
	}
	f.Linef("%s.Remove(%s.Front())", l, l)
	out := f.Fresh("out")
	f.Linef("var %s []any", out)
	f.Linef("for x := %s.Front(); x != nil; x = x.Next() {\n\t\t%s = append(%s, x.Value)\n\t}", l, out, out)
	f.Println(out, l+".Len()", l+".Back().Value")
}

func miscLog(f *Func) {
	lg, os := f.P.Import("log"), f.P.Import("os")
	lgr := f.Fresh("lg")
	f.Linef("%s := %s.New(%s.Stdout, %q, %s)", lgr, lg, os, Pick(f.R, []string{"", "[x] ", "p:"}), Pick(f.R, []string{"0", lg + ".Lmsgprefix"}))
	f.Linef("%s.Println(%s, 1, %s)", lgr, f.Tag(), f.StringLit())
	f.Linef("%s.Printf(\"%%s %%d\", %s, %d)", lgr, f.Tag(), f.R.Range(0, 9))
	f.Linef("%s.Print(%s, \"no newline\")", lgr, f.Tag())
	f.Println(lgr+".Prefix()", lgr+".Flags()")
	_ = fmt.Sprint
}
