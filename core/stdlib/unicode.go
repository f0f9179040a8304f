// Package unicode implements goroscope's unicode: character classes (IsLetter, IsDigit, ...)
// and case mapping from compact encodings of Unicode 13.0 data, plus small RangeTables
// (categories as predicates, common scripts by their main blocks) for Is and In.
package unicode

const (
	MaxRune         = '\U0010FFFF' // maximum valid Unicode code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // maximum ASCII value
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value
)

// Case indices for To and the delta triples of the case table.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Category letters used by the tables: u=Lu l=Ll t=Lt o=Lm/Lo d=Nd n=Nl/No p=P s=S m=M
// z=Zs c=Cc x=anything else (Cf, Co, Cs, Cn, Zl, Zp).
func category(r rune) byte {
	if uint32(r) < 256 {
		return latin1Cat[r]
	}
	if r < 0 || r > MaxRune {
		return 'x'
	}
	// Find the last run starting at or before r (runs are 5 bytes: start, class).
	lo, hi := 0, len(catRuns)/5
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if decode4(catRuns, m*5) <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	i := (lo - 1) * 5
	c := catRuns[i+4]
	if c == 'A' || c == 'B' {
		// Alternating upper/lower run: 'A' starts with upper case, 'B' with lower.
		even := (r-decode4(catRuns, i))&1 == 0
		if even == (c == 'A') {
			return 'u'
		}
		return 'l'
	}
	return c
}

// decode4 reads a 24-bit number written as 4 base-64 digits at s[i:].
func decode4(s string, i int) rune {
	var v rune
	for k := i; k < i+4; k++ {
		c := s[k]
		var d rune
		switch {
		case c >= '0' && c <= '9':
			d = rune(c - '0')
		case c >= 'A' && c <= 'Z':
			d = rune(c-'A') + 10
		case c >= 'a' && c <= 'z':
			d = rune(c-'a') + 36
		case c == '+':
			d = 62
		default:
			d = 63
		}
		v = v<<6 | d
	}
	return v
}

// IsUpper reports whether r is an upper case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return category(r) == 'u'
}

// IsLower reports whether r is a lower case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	return category(r) == 'l'
}

// IsTitle reports whether r is a title case letter (category Lt).
func IsTitle(r rune) bool { return category(r) == 't' }

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	switch category(r) {
	case 'u', 'l', 't', 'o':
		return true
	}
	return false
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return category(r) == 'd'
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	c := category(r)
	return c == 'd' || c == 'n'
}

// IsPunct reports whether r is a punctuation character (category P).
func IsPunct(r rune) bool { return category(r) == 'p' }

// IsSymbol reports whether r is a symbolic character (category S).
func IsSymbol(r rune) bool { return category(r) == 's' }

// IsMark reports whether r is a mark character (category M).
func IsMark(r rune) bool { return category(r) == 'm' }

// IsControl reports whether r is a control character (category Cc, all in Latin-1).
func IsControl(r rune) bool { return uint32(r) <= MaxLatin1 && category(r) == 'c' }

// IsSpace reports whether r is white space as defined by Unicode's White_Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	switch {
	case r == 0x1680, 0x2000 <= r && r <= 0x200A, r == 0x2028, r == 0x2029,
		r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// IsGraphic reports whether r is a graphic character: a letter, mark, number,
// punctuation, symbol or space separator (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	c := category(r)
	return c != 'c' && c != 'x'
}

// IsPrint is like IsGraphic except that the only space character allowed is U+0020.
func IsPrint(r rune) bool {
	if r == ' ' {
		return true
	}
	c := category(r)
	return c != 'c' && c != 'x' && c != 'z'
}

// To maps r to the given case (UpperCase, LowerCase or TitleCase).
func To(_case int, r rune) rune {
	r, _ = caseMap(_case, r)
	return r
}

// caseMap looks r up in the case table; each 20-byte entry is lo, hi and the deltas for
// upper, lower and title case (offset by 1<<23; 0 marks an alternating Upper/Lower run).
func caseMap(_case int, r rune) (rune, bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRuns)/20
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		base := m * 20
		start := decode4(caseRuns, base)
		end := decode4(caseRuns, base+4)
		if r < start {
			hi = m
		} else if r > end {
			lo = m + 1
		} else {
			d := decode4(caseRuns, base+8+4*_case)
			if d == 0 {
				// Alternating run: even offsets are upper case, odd ones lower case.
				return start + ((r-start)&^1 | rune(_case&1)), true
			}
			return r + d - 1<<23, true
		}
	}
	return r, false
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over the Unicode code points equivalent under simple case folding:
// it returns the smallest equivalent rune > r if one exists, else the smallest >= 0.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	// Orbits of three or more runes (and a few irregular pairs) are listed explicitly.
	lo, hi := 0, len(foldOrbit)/8
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		k := decode4(foldOrbit, m*8)
		if k == r {
			return decode4(foldOrbit, m*8+4)
		}
		if k < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	// Otherwise the class is {r, ToLower(r), ToUpper(r)}.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}

// Tables (generated from the Unicode 13.0 character database).
// latin1Cat holds the category letter of each rune below 0x100.
// catRuns lists runs from U+0100 on as 4 base-64 digits (first rune) plus a category letter,
// where 'A'/'B' mark runs alternating upper/lower case starting with upper/lower.
// caseRuns and foldOrbit are described at caseMap and SimpleFold.

const latin1Cat = "cccccccccccccccccccccccccccccccczpppsppppppsppppddddddddddppsssp" +
	"puuuuuuuuuuuuuuuuuuuuuuuuuupppspsllllllllllllllllllllllllllpspsc" +
	"cccccccccccccccccccccccccccccccczpssssspssopsxssssnnslppsnopnnnp" +
	"uuuuuuuuuuuuuuuuuuuuuuusuuuuuuullllllllllllllllllllllllsllllllll"

// 2309 runs
const catRuns = "0040A004uB0059B005vA005/l0061u0062A0067u0068l0069u006Cl006Eu006Il006Ju006Ll006Mu006Pl006Su006Ul006Vu" +
	"006WA006dA006hB006lu006ml006nu006pA006uu006vl006xo006yu006zl0070o0074u0075t0076l0077u0078t0079l007Au" +
	"007Bt007CB007TB007ml007nu007ot007pB007tu007uA008ql008wu008yl008zu008/l0090B0094u0096A009Gl00AKo00ALl" +
	"00Amo00B2s00B6o00BIs00BWo00Bbs00Bio00Bjs00Bko00Bls00C0m00DmA00Dqo00Drs00Dsu00Dtl00Dux00Dwo00Dxl00D+p" +
	"00D/u00E0x00E4s00E6u00E7p00E8u00EBx00ECu00EDx00EEu00EGl00EHu00EYx00EZu00Eil00FFu00FGl00FIu00FLl00FNB" +
	"00Fml00Fqu00Frl00Fss00Ftu00Ful00Fvu00Fxl00Fzu00Gml00HVB00I2s00I3m00IAA00J1A00JFB00Kmx00Knu00LNx00LPo" +
	"00LQp00LWl00M9p00MBx00MDs00MGx00MHm00M+p00M/m00N0p00N1m00N3p00N4m00N6p00N7m00N8x00NGo00Nhx00Nlo00Npp" +
	"00Nrx00O6s00O9p00OBs00OCp00OEs00OGm00ORp00OSx00OUp00OWo00PBm00PWd00Pgp00Pko00Pmm00Pno00RKp00RLo00RMm" +
	"00RTx00RUs00RVm00Rbo00Rdm00Rfs00Rgm00Rko00Rmd00Rwo00Rzs00R/o00S0p00SEx00SGo00SHm00SIo00Smm00TBx00TDo" +
	"00Ucm00Uno00Uox00V0d00VAo00Vhm00Vqo00Vss00Vtp00Vwo00Vxx00Vzm00V+s00W0o00WMm00WQo00WRm00Wao00Wbm00Weo" +
	"00Wfm00Wkx00Wmp00W/x00X0o00XPm00XSx00XUp00XVx00XWo00Xhx00YWo00Yrx00Yso00Z8x00ZJm00ZYx00ZZm00a4o00awm" +
	"00azo00a+m00bGo00bHm00bOo00bYm00bap00bcd00bmp00bno00c1m00c4x00c5o00cDx00cFo00cHx00cJo00cfx00cgo00cnx" +
	"00coo00cpx00cso00cwx00cym00czo00c+m00d5x00d7m00d9x00dBm00dEo00dFx00dNm00dOx00dSo00dUx00dVo00dYm00dax" +
	"00dcd00dmo00dos00dqn00dws00dyo00dzp00d+m00d/x00e1m00e4x00e5o00eBx00eFo00eHx00eJo00efx00ego00enx00eoo" +
	"00eqx00ero00etx00euo00ewx00eym00ezx00e+m00f3x00f7m00f9x00fBm00fEx00fHm00fIx00fPo00fTx00fUo00fVx00fcd" +
	"00fmm00foo00frm00fsp00ftx00g1m00g4x00g5o00gEx00gFo00gIx00gJo00gfx00ggo00gnx00goo00gqx00gro00gwx00gym" +
	"00gzo00g+m00h6x00h7m00hAx00hBm00hEx00hGo00hHx00hWo00hYm00hax00hcd00hmp00hns00hox00hvo00hwm00i0x00i1m" +
	"00i4x00i5o00iDx00iFo00iHx00iJo00ifx00igo00inx00ioo00iqx00iro00iwx00iym00izo00i+m00j5x00j7m00j9x00jBm" +
	"00jEx00jLm00jOx00jSo00jUx00jVo00jYm00jax00jcd00jms00jno00jon00jux00k2m00k3o00k4x00k5o00kBx00kEo00kHx" +
	"00kIo00kMx00kPo00kRx00kSo00kTx00kUo00kWx00kZo00kbx00keo00khx00kko00kwx00k+m00l3x00l6m00l9x00lAm00lEx" +
	"00lGo00lHx00lNm00lOx00lcd00lmn00lps00lxx00m0m00m5o00mDx00mEo00mHx00mIo00mfx00mgo00mwx00mzo00m+m00n5x" +
	"00n6m00n9x00nAm00nEx00nLm00nNx00nOo00nRx00nWo00nYm00nax00ncd00nmx00ntp00nun00n/s00o0o00o1m00o4p00o5o" +
	"00oDx00oEo00oHx00oIo00ofx00ogo00oqx00oro00owx00oym00ozo00o+m00p5x00p6m00p9x00pAm00pEx00pLm00pNx00pUo" +
	"00pVx00pWo00pYm00pax00pcd00pmx00pno00ppx00q0m00q4o00qDx00qEo00qHx00qIo00qxm00qzo00q+m00r5x00r6m00r9x" +
	"00rAm00rEo00rFs00rGx00rKo00rNm00rOn00rVo00rYm00rax00rcd00rmn00rvs00rwo00s0x00s1m00s4x00s5o00sNx00sQo" +
	"00sox00spo00syx00szo00s+x00t0o00t7x00tAm00tBx00tFm00tLx00tMm00tNx00tOm00tWx00tcd00tmx00tom00tqp00trx" +
	"00u1o00unm00uoo00uqm00uxx00u/s00v0o00v7m00vFp00vGd00vQp00vSx00w1o00w3x00w4o00w5x00w6o00wBx00wCo00wax" +
	"00wbo00wcx00wdo00wnm00woo00wqm00wzo00w+x00x0o00x5x00x6o00x7x00x8m00xEx00xGd00xQx00xSo00xWx00y0o00y1s" +
	"00y4p00yJs00yKp00yLs00yOm00yQs00yWd00ygn00yqs00yrm00yss00ytm00yus00yvm00ywp00y+m00z0o00z8x00z9o00zjx" +
	"00znm00+5p00+6m00+8o00+Dm00+Ox00+Pm00+zx00++s00/6m00/7s00/Dx00/Es00/Gp00/Ls00/Pp00/Rx0100o010hm010/o" +
	"0110d011Ap011Go011Mm011Qo011Um011Xo011Ym011bo011dm011ko011nm011ro0122m012Eo012Fm012Gd012Qm012Us012Wu" +
	"0136x0137u0138x013Du013Ex013Gl013xp013yo013zl0140o0199x019Ao019Ex019Go019Nx019Oo019Px019Qo019Ux019Wo" +
	"01A9x01AAo01AEx01AGo01Anx01Aoo01Asx01Auo01A/x01B0o01B1x01B2o01B6x01B8o01BNx01BOo01CHx01CIo01CMx01COo" +
	"01DRx01DTm01DWp01Dfn01Dzx01E0o01EGs01EQx01EWu01Fsx01Ful01F+x01G0p01G1o01Pjs01Pkp01Plo01Q0z01Q1o01QRp" +
	"01QTx01QWo01Rhp01Rkn01Rno01Rvx01S0o01SDx01SEo01SIm01SLx01SWo01Som01Srp01Stx01T0o01TIm01TKx01TWo01Tjx" +
	"01Tko01Tnx01Tom01Tqx01U0o01Uqm01VKp01VNo01VOp01VRs01VSo01VTm01VUx01VWd01Vgx01Vmn01Vwx01W0p01WBm01WEx" +
	"01WGd01WQx01WWo01Xvx01Y0o01Y5m01Y7o01Yfm01Ygo01Yhx01Ymo01Zsx01a0o01aVx01aWm01aix01amm01ayx01b0s01b1x" +
	"01b4p01b6d01bGo01bkx01bmo01brx01c0o01cix01cmo01dAx01dGd01dQn01dRx01dUs01e0o01eNm01eSx01eUp01eWo01fLm" +
	"01fVx01fWm01fzx01f/m01g0d01gAx01gGd01gQx01gWp01gdo01gep01gkx01gmm01h1x01i0m01i5o01iqm01j5o01jCx01jGd" +
	"01jQp01jXs01jhm01jqs01jzx01k0m01k3o01kXm01kko01kmd01kwo01lcm01lqx01lyp01m0o01mam01mux01mxp01n0d01nAx" +
	"01nDo01nGd01nQo01n+p01o0l01o9x01oGu01oxx01ozu01p0p01p8x01pGm01pJp01pKm01pfo01pjm01pko01pqm01pro01ptm" +
	"01pwo01pxx01q0l01qio01rhl01ruo01rvl01sRo01t0m01twx01txm01u0A01wMl01wTB01y0l01y8u01yGl01yMx01yOu01yUx" +
	"01yWl01yeu01yml01yuu01z0l01z6x01z8u01zEx01zGl01zOx01zPu01zQx01zRu01zSx01zTu01zUx01zVu01zWl01zeu01zml" +
	"01z+x01+0l01+8t01+Gl01+Ot01+Wl01+et01+ml01+rx01+sl01+uu01+yt01+zs01++l01+/s01/2l01/5x01/6l01/8u01/Ct" +
	"01/Ds01/Gl01/Kx01/Ml01/Ou01/Sx01/Ts01/Wl01/eu01/js01/mx01/ol01/rx01/sl01/uu01/yt01/zs01//x0200z020Bx" +
	"020Gp020ex020lz020mp0214s0215p021Is021Jp021Vz021Wx021mn021no021ox021qn021ws021zp021/o0220n022As022Dp" +
	"022Fx022Go022Tx022Ws0230x023Gm023nx0240s0242u0243s0247u0248s024Al024Bu024El024Gu024Jl024Ks024Lu024Ms" +
	"024Pu024Us024au024bs024cu024ds024eu024fs024gu024ks024ll024mu024ql024ro024vl024ws024yl024+u0250s0255u" +
	"0256l025As025El025Fs025Gn0263u0264l0265n026As026Cx026Gs02C8p02CCs02Cfp02Chs02Gdx02H0s02HBx02HWn02ISs" +
	"02Jgn02K0s02Tep02Tsn02UKs02V5p02V7s02Vcp02Vms02c3p02cPs02dOp02dSs02dyp02d+s02jqx02jss02kMx02kNs02m0u" +
	"02mlx02mml02nVx02nWu02nXl02nYu02nbl02ncB02nku02nmA02nql02nru02nsl02nyo02n+u02o0A02pal02pbs02phA02plm" +
	"02pou02ppl02pqx02pvp02pzn02p+p02q0l02qcx02qdl02qex02qjl02qkx02qmo02rex02rlo02rmp02rnx02r/m02s0o02sNx" +
	"02sWo02sdx02seo02slx02smo02stx02suo02s/x02t0o02t7x02t8o02tFx02tGo02tNx02tOo02tVx02tWm02u0p02ulo02ump" +
	"02vGs02vIp02vJx02w0s02wQx02wRs02xqx02y0s02/Mx02/ms02/yx0300z0301p0304s0305o0307n0308p030Is030Kp030Ws" +
	"030Xn030gm030mp030no030ss030un030xo030zp030+s0310x0311o032Nx032Pm032Rs032To032Wp032Xo033xp033yo0340x" +
	"0345o034mx034no036Fx036Gs036In036Ms036Wo0370s037ax037mo0380s038Vx038Wn038gs0398n039Gs039Hn039Ws03A0n" +
	"03AAs03Ann03B0s03G0o04t0s04u0o09/zx0A00o0AIDx0AIGs0AJ7x0AJGo0AJ+p0AK0o0AODp0AOGo0AOWd0AOgo0AOix0AP0A" +
	"0APko0APlm0APpp0APqm0AP+p0AP/o0AQ0A0AQSo0AQUm0AQWo0ARcn0ARmm0ARop0ARux0AS0s0ASNo0ASWs0ASYA0ASml0ASnB" +
	"0ATmo0ATnl0ATuB0AT+A0AU8o0AU9s0AUBA0AUFo0AUGA0AUKl0AULB0AUhu0AUll0AUmu0AUqA0AV0x0AV2u0AV3l0AV4u0AV7A" +
	"0AVBx0AVru0AVsl0AVto0AVwl0AVxo0AW2m0AW3o0AW6m0AW7o0AWBm0AWCo0AWZm0AWes0AWim0AWjx0AWmn0AWss0AWwx0AX0o" +
	"0AXqp0AXux0AY0m0AY2o0AYqm0AZ6x0AZEp0AZGd0AZQx0AZWm0AZoo0AZup0AZxo0AZyp0AZzo0AZ/m0Aa0d0AaAo0Aacm0Aakp" +
	"0Aamo0Ab7m0AbKx0AbVp0AbWo0Abzx0Ac0m0Ac4o0Acpm0Ad1p0AdEx0AdFo0AdGd0AdQx0AdUp0AdWo0Adbm0Adco0Admd0Adwo" +
	"0Ad/x0Ae0o0Aefm0Aetx0Af0o0Af3m0Af4o0AfCm0AfEx0AfGd0AfQx0AfSp0AfWo0Afts0Afwo0Afxm0Af+o0Agmm0Agno0Agom" +
	"0Agro0Agtm0Agvo0Ag+m0Ah0o0Ah1m0Ah2o0Ah3x0AhRo0AhUp0AhWo0Ahhm0Ahmp0Ahoo0Ahrm0Ahtx0Ai1o0Ai7x0Ai9o0AiFx" +
	"0AiHo0AiNx0AiWo0Aidx0Aieo0Ailx0Aiml0AjRs0AjSo0AjWl0Ajfo0Ajgs0Ajix0Ajml0Al0o0AlZm0Alhp0Alim0Alkx0Almd" +
	"0Alwx0Am0o0DUax0DUmo0DV7x0DVBo0DVyx0Fa0o0Ffkx0Ffmo0FhQx0Fi0l0Fi7x0FiJl0FiOx0FiTo0FiUm0FiVo0Fifs0Figo" +
	"0Fitx0Fiuo0Fizx0Fi+o0Fi/x0Fj0o0Fj2x0Fj3o0Fj5x0Fj6o0Fkos0Fl2x0FlJo0Fq+p0Fr0x0FrGo0FsGx0FsIo0Ft8x0Ftmo" +
	"0Ftys0Ft+x0Fu0m0FuGp0FuQx0FuWm0Fump0FvJx0FvKp0FvYs0FvZp0Fvas0Fvdx0Fvep0Fvfs0Fvgp0Fvix0Fvmo0Fvrx0Fvso" +
	"0Fxzx0Fy1p0Fy4s0Fy5p0FyBs0FyCp0FyGd0FyQp0FySs0FyVp0FyXu0Fyxp0Fy+s0Fy/p0Fz0s0Fz1l0FzRp0FzSs0FzTp0FzUs" +
	"0FzVp0Fzco0F+/x0F/2o0F/8x0F/Ao0F/Gx0F/Io0F/Ox0F/Qo0F/Tx0F/Ws0F/dx0F/es0F/lx0F/ys0F/+x0G00o0G0Cx0G0Do" +
	"0G0dx0G0eo0G0xx0G0yo0G0+x0G0/o0G1Ex0G1Go0G1Ux0G20o0G3xx0G40p0G43x0G47n0G4qx0G4ts0G50n0G5vs0G6An0G6Cs" +
	"0G6Fx0G6Gs0G6Tx0G6Ws0G6Xx0G7Gs0G7zm0G7+x0GA0o0GATx0GAWo0GBHx0GBWm0GBXn0GByx0GC0o0GCWn0GCax0GCjo0GD1n" +
	"0GD2o0GDAn0GDBx0GDGo0GDsm0GDxx0GE0o0GEUx0GEVp0GEWo0GF4x0GF8o0GFGp0GFHn0GFMx0GG0u0GGel0GHGo0GIUx0GIWd" +
	"0GIgx0GImu0GJKx0GJOl0GJyx0GK0o0GKex0GKmo0GLax0GLlp0GLmx0GO0o0GStx0GT0o0GTMx0GTWo0GTex0GW0o0GW6x0GW8o" +
	"0GW9x0GWAo0GWsx0GWto0GWvx0GWyo0GWzx0GW/o0GXMx0GXNp0GXOn0GXWo0GXts0GXvn0GY0o0GYVx0GYdn0GYmx0GZWo0GZpx" +
	"0GZqo0GZsx0GZxn0Ga0o0GaMn0GaSx0GaVp0GaWo0Gawx0Ga/p0Gb0x0Gc0o0Gcux0Gcyn0Gc+o0Gd0n0GdGx0GdIn0Ge0o0Ge1m" +
	"0Ge4x0Ge5m0Ge7x0GeCm0GeGo0GeKx0GeLo0GeOx0GePo0Gesx0Geum0Gexx0Ge/m0Gf0n0Gf9x0GfGp0GfPx0GfWo0Gfzn0Gf/p" +
	"0Gg0o0GgTn0GgWx0Gh0o0Gh8s0Gh9o0Ghbm0Ghdx0Ghhn0Ghmp0Ghtx0Gi0o0Gisx0Givp0Gj0o0GjMx0GjOn0GjWo0Gjpx0Gjun" +
	"0Gk0o0GkIx0GkPp0GkTx0Gkfn0Gkmx0Gm0o0Gn9x0Go0u0Gopx0Gp0l0Gppx0Gpwn0Gq0o0Gqam0Gqex0Gqmd0Gqwx0GvWn0Gv/x" +
	"0Gw0o0Gwgx0Gwhm0Gwjp0Gwkx0Gwmo0Gwox0Gy0o0GyTn0Gydo0Gyex0Gymo0Gz6m0GzHn0GzLp0GzQx0G+mo0G/5n0G/Cx0G/Wo" +
	"0G/tx0H00m0H03o0H0um0H17p0H1Ex0H1In0H1cd0H1mx0H1/m0H23o0H2mm0H2xp0H2zx0H2+p0H32x0H3Go0H3fx0H3md0H3wx" +
	"0H40m0H43o0H4dm0H4rx0H4sd0H50p0H54o0H55m0H57o0H58x0H5Go0H5pm0H5qp0H5so0H5tx0H60m0H63o0H6pm0H71o0H75p" +
	"0H79m0H7Dp0H7Em0H7Gd0H7Qo0H7Rp0H7So0H7Tp0H7Wx0H7Xn0H7rx0H80o0H8Ix0H8Jo0H8im0H8up0H8+m0H8/x0HA0o0HA7x" +
	"0HA8o0HA9x0HAAo0HAEx0HAFo0HAUx0HAVo0HAfp0HAgx0HAmo0HBVm0HBhx0HBmd0HBwx0HC0m0HC4x0HC5o0HCDx0HCFo0HCHx" +
	"0HCJo0HCfx0HCgo0HCnx0HCoo0HCqx0HCro0HCwx0HCxm0HCzo0HC+m0HD5x0HD7m0HD9x0HDBm0HDEx0HDGo0HDHx0HDNm0HDOx" +
	"0HDTo0HDYm0HDax0HDcm0HDjx0HDmm0HDrx0HG0o0HGrm0HH7o0HHBp0HHGd0HHQp0HHSx0HHTp0HHUm0HHVo0HHYx0HI0o0HImm" +
	"0HJ4o0HJ6p0HJ7o0HJ8x0HJGd0HJQx0HM0o0HMlm0HMsx0HMum0HN1p0HNOo0HNSm0HNUx0HO0o0HOmm0HP1p0HP4o0HP5x0HPGd" +
	"0HPQx0HPWp0HPjx0HQ0o0HQhm0HQuo0HQvx0HR0d0HRAx0HS0o0HSRx0HSTm0HSix0HSmd0HSwn0HSyp0HS/s0HT0x0HW0o0HWim" +
	"0HWxp0HWyx0HYWu0HZ0l0HZWd0HZgn0HZpx0HZ/o0Ha7x0Ha9o0HaAx0HaCo0HaKx0HaLo0HaNx0HaOo0Hamm0Hasx0Hatm0Havx" +
	"0Haxm0Ha/o0Hb0m0Hb1o0Hb2m0Hb4p0Hb7x0HbGd0HbQx0HcWo0Hcex0Hcgo0HdHm0HdOx0HdQm0HdXo0HdYp0HdZo0Hdam0Hdbx" +
	"0He0o0He1m0HeBo0Hepm0Hewo0Hexm0He/p0Hf7m0Hf8x0HfGo0HfHm0HfSo0HgAm0HgQp0HgTo0HgUp0HgZx0Hh0o0Hhvx0Hm0o" +
	"0Hm9x0HmAo0Hmlm0Hmtx0Hmum0Hn0o0Hn1p0Hn6x0HnGd0HnQn0Hnjx0Hnmp0Hnoo0HoGx0HoIm0Hoex0Hofm0Hotx0Hq0o0Hq7x" +
	"0Hq8o0HqAx0HqBo0Hqnm0Hqtx0Hqwm0Hqxx0Hqym0Hq+x0Hq/m0Hr6o0Hr7m0Hr8x0HrGd0HrQx0HrWo0Hrcx0Hrdo0Hrfx0Hrgo" +
	"0HsAm0HsFx0HsGm0HsIx0HsJm0HsOo0HsPx0HsWd0Hsgx0HxWo0Hxpm0Hxtp0Hxvx0H+mo0H+nx0H/0n0H/Ls0H/ox0H//p0I00o" +
	"0IEQx0IG0n0IHlx0IHmp0IHrx0II0o0IL4x0J00o0JGlx0KG0o0KP7x0MW0o0Mevx0Mf0o0MfVx0MfWd0Mfgx0Mfkp0Mfmx0MhGo" +
	"0Mhkx0Mhmm0Mhrp0Mhsx0Mi0o0Mimm0Mitp0Miys0Mj0o0Mj4p0Mj5s0Mj6x0MjGd0MjQx0MjRn0MjYx0MjZo0Mjux0Mjzo0MkGx" +
	"0Mv0u0MvWl0Mw0n0MwNp0MwRx0My0o0MzBx0MzFm0MzGo0MzHm0M+8x0M+Fm0M+Jo0M+Wx0M/Wo0M/Yp0M/Zo0M/am0M/bx0M/mm" +
	"0M/ox0N00o0OVux0OW0o0OpMx0Oq0o0Oq9x0R00o0R4Vx0R5Go0R5Jx0R5ao0R5ex0R5mo0RByx0Rm0o0Rnhx0Rnmo0Rnzx0Ro0o" +
	"0Ro9x0RoGo0RoQx0RoSs0RoTm0RoVp0RoWx0T00s0T3sx0T40s0T4dx0T4fs0T5bm0T5gs0T5jm0T5px0T5xm0T63s0T65m0T6Cs" +
	"0T6gm0T6ks0T7fx0T80s0T92m0T95s0T96x0TBWn0TBqx0TC0s0TDNx0TDWn0TDvx0TG0u0TGQl0TGqu0THEl0THLx0THMl0THeu" +
	"0TI2l0TISu0TITx0TIUu0TIWx0TIYu0TIZx0TIbu0TIdx0TIfu0TIjx0TIku0TIsl0TIwx0TIxl0TIyx0TIzl0TJ4x0TJ5l0TJGu" +
	"0TJgl0TK4u0TK6x0TK7u0TKBx0TKDu0TKLx0TKMu0TKTx0TKUl0TKuu0TKwx0TKxu0TK/x0TL0u0TL5x0TL6u0TL7x0TLAu0TLHx" +
	"0TLIl0TLiu0TM6l0TMWu0TMwl0TNKu0TNkl0TO8u0TOYl0TOyu0TPMl0TPmu0TQAl0TQcx0TQeu0TR1s0TR2l0TRRs0TRSl0TRYu" +
	"0TRxs0TRyl0TSLs0TSMl0TSSu0TSrs0TSsl0TTFs0TTGl0TTMu0TTls0TTml0TU9s0TUAl0TUGu0TUfs0TUgl0TV3s0TV4l0TVAu" +
	"0TVBl0TVCx0TVEd0TW0s0Te0m0Tets0Texm0Tfjs0Tfrm0Tfss0Tg4m0Tg5s0Tg7p0TgCx0TgRm0TgWx0TgXm0Tgmx0U00m0U07x" +
	"0U08m0U0Px0U0Rm0U0Yx0U0Zm0U0bx0U0cm0U0hx0U40o0U4jx0U4mm0U4to0U4+x0U50d0U5Ax0U5Eo0U5Fs0U5Gx0UB0o0UBim" +
	"0UBmd0UBwx0UB/s0UC0x0UW0o0UZ5x0UZ7n0UZGm0UZNx0Ua0u0UaYl0Ub4m0UbBo0UbCx0UbGd0UbQx0UbUp0UbWx0Unnn0Uois" +
	"0Uojn0Uoms0Uonn0Uorx0Uq1n0Uqks0Uqln0Uq+x0Uu0o0Uu4x0Uu5o0UuWx0UuXo0UuZx0Uuao0Uubx0Uudo0Uuex0Uufo0Uupx" +
	"0Uuqo0Uuux0Uuvo0Uuwx0Uuxo0Uuyx0Uv2o0Uv3x0Uv7o0Uv8x0Uv9o0UvAx0UvBo0UvCx0UvDo0UvGx0UvHo0UvJx0UvKo0UvLx" +
	"0UvNo0UvOx0UvPo0UvQx0UvRo0UvSx0UvTo0UvUx0UvVo0UvWx0UvXo0UvZx0Uvao0Uvbx0Uvdo0Uvhx0Uvio0Uvpx0Uvqo0Uvux" +
	"0Uvvo0Uvzx0Uv+o0Uv/x0Uw0o0UwAx0UwBo0UwSx0UwXo0Uwax0Uwbo0Uwgx0Uwho0Uwyx0Uxms0Uxox0V00s0V0ix0V0ms0V2Kx" +
	"0V2Ws0V2lx0V2ns0V30x0V31s0V3Gx0V3Hs0V3sx0V40n0V4Ds0V6kx0V7cs0V83x0V8Gs0V8yx0V90s0V99x0V9Gs0V9Ix0V9Ws" +
	"0V9cx0VC0s0VROx0VRWs0VRjx0VRms0VRzx0VS0s0VTqx0VU0s0VVPx0VVWs0VVix0VW0s0VWCx0VWGs0VX8x0VXGs0VXQx0VXWs" +
	"0VY8x0VYGs0VYkx0VYms0VYox0Va0s0Vbvx0Vbws0VdCx0VdDs0VfKx0VfWs0Vfkx0Vfms0Vfrx0Vfus0Vfxx0Vg0s0Vg7x0VgGs" +
	"0Vgfx0Vgms0Vgtx0Vh0s0Vh3x0VhGs0VhNx0Vi0s0VkJx0VkKs0VlBx0Vlmd0Vlwx0W00o0gRUx0gS0o0hSrx0hT0o0hWUx0hWWo" +
	"0iwYx0iwmo0klXx0lW0o0leUx0m00o0nDBx3W40m3W7mx"

// 319 ranges
const caseRuns = "0011001QW000W00WW000001X001wV//WW000V//W002r002rW0BdW000W0Bd0030003MW000W00WW000003O003UW000W00WW000" +
	"003W003sV//WW000V//W003u003+V//WW000V//W003/003/W01vW000W01v0040004l000000000000004m004mW000V/yvW000" +
	"004n004nV/yOW000V/yO004o004t000000000000004v0058000000000000005A005t000000000000005u005uW000V/+7W000" +
	"005v005+000000000000005/005/V/xKW000V/xK00600060W033W000W03300610061W000W03IW00000620065000000000000" +
	"00660066W000W03EW000006700680000000000000069006AW000W03DW000006B006C000000000000006E006EW000W01FW000" +
	"006F006FW000W03AW000006G006GW000W03BW000006H006I000000000000006J006JW000W03DW000006K006KW000W03FW000" +
	"006L006LW01XW000W01X006M006MW000W03JW000006N006NW000W03HW000006O006P000000000000006Q006QW02ZW000W02Z" +
	"006S006SW000W03JW000006T006TW000W03LW000006U006UW022W000W022006V006VW000W03MW000006W006b000000000000" +
	"006c006cW000W03QW000006d006e000000000000006f006fW000W03QW000006i006j000000000000006k006kW000W03QW000" +
	"006l006m000000000000006n006oW000W03PW000006p006s000000000000006t006tW000W03RW000006u006v000000000000" +
	"006y006z000000000000006/006/W00uW000W00u00740074W000W002W00100750075V///W001W00000760076V//+W000V///" +
	"00770077W000W002W00100780078V///W001W00000790079V//+W000V///007A007AW000W002W001007B007BV///W001W000" +
	"007C007CV//+W000V///007D007S000000000000007T007TV/+nW000V/+n007U007l000000000000007n007nW000W002W001" +
	"007o007oV///W001W000007p007pV//+W000V///007q007r000000000000007s007sW000V/+VW000007t007tW000V//8W000" +
	"007u008V000000000000008W008WW000V/z+W000008Y008p000000000000008w008wW000W2ehW000008x008y000000000000" +
	"008z008zW000V/zTW000008+008+W000W2eeW000008/0090W2e/W000W2e/0091009200000000000000930093W000V/yzW000" +
	"00940094W000W015W00000950095W000W017W0000096009F000000000000009G009GW2eVW000W2eV009H009HW2eSW000W2eS" +
	"009I009IW2eUW000W2eU009J009JV/ykW000V/yk009K009KV/yoW000V/yo009M009NV/ypW000V/yp009P009PV/ysW000V/ys" +
	"009R009RV/yrW000V/yr009S009SWALFW000WALF009W009WV/ypW000V/yp009X009XWALBW000WALB009Z009ZV/ynW000V/yn" +
	"009b009bWAKeW000WAKe009c009cWAL4W000WAL4009e009eV/ylW000V/yl009f009fV/yjW000V/yj009g009gWAL4W000WAL4" +
	"009h009hW2dtW000W2dt009i009iWAL1W000WAL1009l009lV/yjW000V/yj009n009nW2dzW000W2dz009o009oV/yhW000V/yh" +
	"009r009rV/ygW000V/yg009z009zW2ddW000W2dd00A000A0V/ycW000V/yc00A200A2WAL3W000WAL300A300A3V/ycW000V/yc" +
	"00A700A7WAKgW000WAKg00A800A8V/ycW000V/yc00A900A9V/+xW000V/+x00AA00ABV/ydW000V/yd00AC00ACV/+vW000V/+v" +
	"00AI00AIV/ybW000V/yb00AT00ATWAKLW000WAKL00AU00AUWAKIW000WAKI00D500D5W01KW000W01K00Dm00Dp000000000000" +
	"00Ds00Dt00000000000000Dx00DzW022W000W02200D/00D/W000W01qW00000E600E6W000W00cW00000E800EAW000W00bW000" +
	"00EC00ECW000W010W00000EE00EFW000W00/W00000EH00EXW000W00WW00000EZ00EhW000W00WW00000Ei00EiV//QW000V//Q" +
	"00Ej00ElV//RW000V//R00En00F1V//WW000V//W00F200F2V//XW000V//X00F300FBV//WW000V//W00FC00FCV//0W000V//0" +
	"00FD00FEV//1W000V//100FF00FFW000W008W00000FG00FGV//2W000V//200FH00FHV//7W000V//700FL00FLV//HW000V//H" +
	"00FM00FMV//AW000V//A00FN00FNV//uW000V//u00FO00Fl00000000000000Fm00FmV/+gW000V/+g00Fn00FnV/+mW000V/+m" +
	"00Fo00FoW007W000W00700Fp00FpV/+CW000V/+C00Fq00FqW000V//4W00000Fr00FrV/+WW000V/+W00Ft00Fu000000000000" +
	"00Fv00FvW000V//vW00000Fw00Fx00000000000000Fz00F/W000V/z+W00000G000GFW000W01GW00000GG00GlW000W00WW000" +
	"00Gm00HFV//WW000V//W00HG00HVV/+mW000V/+m00HW00I100000000000000IA00I/00000000000000J000J0W000W00FW000" +
	"00J100JE00000000000000JF00JFV//nW000V//n00JG00Kl00000000000000Kn00LMW000W00mW00000LX00M6V//GW000V//G" +
	"012W0135W000W1nWW00001370137W000W1nWW000013D013DW000W1nWW000013G013wW0l0W000W000013z013/W0l0W000W000" +
	"01EW01FlW000W9VGW00001Fm01FrW000W008W00001Fu01FzV//uW000V//u01o001o0V+UIW000V+UI01o101o1V+UJW000V+UJ" +
	"01o201o2V+USW000V+US01o301o4V+UUW000V+UU01o501o5V+UTW000V+UT01o601o6V+UaW000V+Ua01o701o7V+VRW000V+VR" +
	"01o801o8W8d2W000W8d201oG01owW000V/H0W00001oz01o/W000V/H0W00001rv01rvW8e4W000W8e401rz01rzW0xcW000W0xc" +
	"01sE01sEW8euW000W8eu01u001wL00000000000001wR01wRV//5W000V//501wU01wUW000V+91W00001wW01x/000000000000" +
	"01y001y7W008W000W00801y801yFW000V//uW00001yG01yLW008W000W00801yO01yTW000V//uW00001yW01ydW008W000W008" +
	"01ye01ylW000V//uW00001ym01ytW008W000W00801yu01y/W000V//uW00001z001z5W008W000W00801z801zDW000V//uW000" +
	"01zH01zHW008W000W00801zJ01zJW008W000W00801zL01zLW008W000W00801zN01zNW008W000W00801zP01zPW000V//uW000" +
	"01zR01zRW000V//uW00001zT01zTW000V//uW00001zV01zVW000V//uW00001zW01zdW008W000W00801ze01zlW000V//uW000" +
	"01zm01znW01AW000W01A01zo01zrW01MW000W01M01zs01ztW01aW000W01a01zu01zvW020W000W02001zw01zxW01mW000W01m" +
	"01zy01zzW01+W000W01+01+001+7W008W000W00801+801+FW000V//uW00001+G01+NW008W000W00801+O01+VW000V//uW000" +
	"01+W01+dW008W000W00801+e01+lW000V//uW00001+m01+nW008W000W00801+p01+pW009W000W00901+u01+vW000V//uW000" +
	"01+w01+xW000V/+sW00001+y01+yW000V//tW00001++01++V+FRW000V+FR01/301/3W009W000W00901/801/BW000V/+gW000" +
	"01/C01/CW000V//tW00001/G01/HW008W000W00801/O01/PW000V//uW00001/Q01/RW000V/+SW00001/W01/XW008W000W008" +
	"01/b01/bW007W000W00701/e01/fW000V//uW00001/g01/hW000V/+GW00001/i01/iW000V//vW00001/p01/pW009W000W009" +
	"01/u01/vW000V/+0W00001/w01/xW000V/+2W00001/y01/yW000V//tW000024c024cW000V+AZW000024g024gW000Vzz1W000" +
	"024h024hW000Vz+wW000024o024oW000W00SW000025E025EV//aW000V//a025W025lW000W00GW000025m025/V//mW000V//m" +
	"0263026400000000000002Is02JFW000W00QW00002JG02JfV//cW000V//c02m002mkW000W00mW00002mm02nUV//GW000V//G" +
	"02nW02nX00000000000002nY02nYW000VzO9W00002nZ02nZW000V/4QW00002na02naW000VzOPW00002nb02nbVzNLW000VzNL" +
	"02nc02ncVzNOW000VzNO02nd02ni00000000000002nj02njW000VzNaW00002nk02nkW000VzO3W00002nl02nlW000VzNXW000" +
	"02nm02nmW000VzNYW00002no02np00000000000002nr02ns00000000000002n+02n/W000VzN1W00002o002pZ000000000000" +
	"02ph02pk00000000000002po02pp00000000000002q002qbV+EWW000V+EW02qd02qdV+EWW000V+EW02qj02qjV+EWW000V+EW" +
	"0AP00APj0000000000000AQ00AQR0000000000000ASY0ASl0000000000000ASo0ATl0000000000000ATv0ATy000000000000" +
	"0ATz0ATzW000VtNyW0000AT+0AU70000000000000AUB0AUC0000000000000AUD0AUDW000VrhOW0000AUG0AUJ000000000000" +
	"0AUK0AUKW00mW000W00m0AUM0AUf0000000000000AUg0AUgW000VrgyW0000AUh0AUhW000VrgnW0000AUi0AUiW000VrgrW000" +
	"0AUj0AUjW000Vrg/W0000AUk0AUkW000VrgyW0000AUm0AUmW000VrhkW0000AUn0AUnW000VrhMW0000AUo0AUoW000VrhhW000" +
	"0AUp0AUpW000W0EWW0000AUq0AU/0000000000000AV20AV30000000000000AV40AV4W000V//GW0000AV50AV5W000VrgzW000" +
	"0AV60AV6W000VtN8W0000AV70AVA0000000000000AVr0AVs0000000000000AjJ0AjJV/nWW000V/nW0Ajm0Ak/VsWmW000VsWm" +
	"0FyX0FywW000W00WW0000Fz10FzQV//WW000V//W0GG00GGdW000W00eW0000GGe0GHFV//OW000V//O0GIm0GJJW000W00eW000" +
	"0GJO0GJxV//OW000V//O0Go00GooW000W010W0000Gp00GpoV//0W000V//00HYW0HY/W000W00WW0000HZ00HZVV//WW000V//W" +
	"0Mv00MvVW000W00WW0000MvW0Mv/V//WW000V//W0Ua00UaXW000W00YW0000UaY0Ub3V//UW000V//U"

// 38 entries
const foldOrbit = "001h024g001p005/003V01wU003b024h004m004m004n004n0074007500770078007A007B007n007o00EZ00F200Eo00FG" +
	"00Er00Fr00Eu00FH00Ev01++00Ew00Fm00Ey002r00F000FM00F100Fn00F200F300F600FL00F9024c00FH00Fq00Fq00EO" +
	"00Go01o000Gq01o100G+01o200H101o300H201o400HA01o600HZ01o701o401o501vX01wR01++00D5024c00Ef024g001B" +
	"024h00350APB01o8"

// RangeTable is a set of code points: sorted inclusive ranges, or a category predicate.
// (goroscope keeps the tables small: scripts are listed by their main blocks.)
type RangeTable struct {
	ranges [][2]rune
	is     func(rune) bool
}

var (
	Letter  = &RangeTable{is: IsLetter}
	L       = Letter
	Upper   = &RangeTable{is: IsUpper}
	Lu      = Upper
	Lower   = &RangeTable{is: IsLower}
	Ll      = Lower
	Title   = &RangeTable{is: IsTitle}
	Digit   = &RangeTable{is: IsDigit}
	Nd      = Digit
	Number  = &RangeTable{is: IsNumber}
	N       = Number
	// Space is the Z category (separators), which holds no control characters such as
	// '\n'; White_Space is the property IsSpace tests.
	Space = &RangeTable{ranges: [][2]rune{{0x20, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680},
		{0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}}}
	White_Space = &RangeTable{is: IsSpace}
	Punct   = &RangeTable{is: IsPunct}
	P       = Punct
	Symbol  = &RangeTable{is: IsSymbol}
	S       = Symbol
	Mark    = &RangeTable{is: IsMark}
	M       = Mark
	Control = &RangeTable{is: IsControl}

	Latin = &RangeTable{ranges: [][2]rune{{0x41, 0x5A}, {0x61, 0x7A}, {0xAA, 0xAA}, {0xBA, 0xBA},
		{0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x24F}, {0x1E00, 0x1EFF}, {0x2C60, 0x2C7F},
		{0xA720, 0xA7FF}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}}}
	Greek    = &RangeTable{ranges: [][2]rune{{0x370, 0x373}, {0x375, 0x377}, {0x37A, 0x37D}, {0x37F, 0x37F}, {0x384, 0x384}, {0x386, 0x386}, {0x388, 0x3E1}, {0x3F0, 0x3FF}, {0x1F00, 0x1FFE}}}
	Cyrillic = &RangeTable{ranges: [][2]rune{{0x400, 0x52F}, {0x1C80, 0x1C88}, {0x2DE0, 0x2DFF}, {0xA640, 0xA69F}}}
	Han      = &RangeTable{ranges: [][2]rune{{0x2E80, 0x2E99}, {0x2E9B, 0x2EF3}, {0x2F00, 0x2FD5}, {0x3005, 0x3005}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303B}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFA6D}, {0xFA70, 0xFAD9}, {0x20000, 0x3134A}}}
	Hiragana = &RangeTable{ranges: [][2]rune{{0x3041, 0x3096}, {0x309D, 0x309F}}}
	Katakana = &RangeTable{ranges: [][2]rune{{0x30A1, 0x30FA}, {0x30FD, 0x30FF}, {0x31F0, 0x31FF}, {0xFF66, 0xFF6F}, {0xFF71, 0xFF9D}}}
	Arabic   = &RangeTable{ranges: [][2]rune{{0x600, 0x604}, {0x606, 0x60B}, {0x60D, 0x61A}, {0x61C, 0x61E}, {0x620, 0x63F}, {0x641, 0x64A}, {0x656, 0x66F}, {0x671, 0x6DC}, {0x6DE, 0x6FF}}}
	Hebrew   = &RangeTable{ranges: [][2]rune{{0x591, 0x5C7}, {0x5D0, 0x5EA}, {0x5EF, 0x5F4}, {0xFB1D, 0xFB4F}}}
)

// Is reports whether r is in table t.
func Is(t *RangeTable, r rune) bool {
	if t.is != nil {
		return t.is(r)
	}
	lo, hi := 0, len(t.ranges)
	for lo < hi {
		m := (lo + hi) / 2
		rg := t.ranges[m]
		if r < rg[0] {
			hi = m
		} else if r > rg[1] {
			lo = m + 1
		} else {
			return true
		}
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf is like In with a slice.
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }
