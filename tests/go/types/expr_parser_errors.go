// Tests small expression tokenizer, recursive-descent parser and evaluator with error reporting.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
	EOF
)

var kindNames = map[TokenKind]string{NUM: "NUM", OP: "OP", LPAREN: "(", RPAREN: ")", EOF: "EOF"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func tokenize(s string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(s) {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(s) && unicode.IsDigit(rune(s[j])) {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j], i})
			i = j
		case strings.ContainsRune("+-*/%", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return append(toks, Token{EOF, "", len(s)}), nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func (p *Parser) expr() (int, error) {
	v, err := p.term()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		r, err := p.term()
		if err != nil {
			return 0, err
		}
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, nil
}

func (p *Parser) term() (int, error) {
	v, err := p.factor()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && strings.Contains("*/%", p.peek().Text) {
		t := p.next()
		r, err := p.factor()
		if err != nil {
			return 0, err
		}
		switch t.Text {
		case "*":
			v *= r
		case "/", "%":
			if r == 0 {
				return 0, fmt.Errorf("at %d: %w", t.Pos, ErrDivZero)
			}
			if t.Text == "/" {
				v /= r
			} else {
				v %= r
			}
		}
	}
	return v, nil
}

func (p *Parser) factor() (int, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return strconv.Atoi(t.Text)
	case OP:
		if t.Text == "-" {
			v, err := p.factor()
			return -v, err
		}
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, &SyntaxError{t.Pos, "unclosed paren"}
		}
		return v, nil
	}
	return 0, &SyntaxError{t.Pos, "unexpected " + t.Kind.String()}
}

func eval(s string) (int, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err != nil {
		return 0, err
	}
	if p.peek().Kind != EOF {
		return 0, &SyntaxError{p.peek().Pos, "trailing input"}
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "-4 + 10 / 3", "7 % 4 * (2 - 5)", "1 / (3 - 3)", "2 * (3 + 4", "3 $ 4", "1 2", "", "99999999999999999999"} {
		v, err := eval(s)
		var se *SyntaxError
		switch {
		case err == nil:
			fmt.Printf("%-20q = %d\n", s, v)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-20q div0: %v\n", s, err)
		case errors.As(err, &se):
			fmt.Printf("%-20q syntax(pos %d): %v\n", s, se.Pos, err)
		default:
			fmt.Printf("%-20q other: %v\n", s, err)
		}
	}
}
