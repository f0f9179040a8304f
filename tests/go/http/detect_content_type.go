// http.DetectContentType with Go's sniffing signatures: HTML tags, XML, PDF, byte order
// marks, images, audio and video (MP4 boxes), fonts, archives, text and binary data.
package main

import (
	"fmt"
	"net/http"
	"strings"
)

func main() {
	for _, b := range []string{
		"<html><body>", "  \n<!DOCTYPE html>", "<HtMl>", "<html", "<htmlx>", "<p>hi", "<!-- c -->", "<br/>", "<b>",
		" <?xml version", "plain text", "", " \t", "%PDF-1.4", "%!PS-Adobe-3.0", "\xfe\xff\x00A", "\xfe\xff", "\xff\xfe\x00A",
		"\xef\xbb\xbfbom", "\xef\xbb\xbf", "\x00\x00\x01\x00", "BMxx", "GIF87a", "GIF89a", "RIFF1234WEBPVP8 ", "\x89PNG\r\n\x1a\n",
		"\xff\xd8\xff\xe0", "FORM\x00\x00\x00\x00AIFF", "ID3\x03", "OggS\x00", "MThd\x00\x00\x00\x06", "RIFFabcdAVI ", "RIFFabcdWAVE",
		"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp41isom", "\x00\x00\x00\x10ftypisom\x00\x00\x00\x00", "\x1a\x45\xdf\xa3",
		strings.Repeat("\x00", 34) + "LP", "\x00\x01\x00\x00", "OTTO", "ttcf", "wOFF", "wOF2", "\x1f\x8b\x08", "PK\x03\x04",
		"Rar!\x1a\x07\x00", "Rar!\x1a\x07\x01\x00", "\x00asm\x01", "\x00\x01binary", "text\x1b[0m", "tab\tand\r\nnewline\f",
		"a\x0bb", strings.Repeat("x", 600) + "\x00", "é and ü",
	} {
		fmt.Printf("%q ", http.DetectContentType([]byte(b)))
	}
	fmt.Println()
}
