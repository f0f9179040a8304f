// Tests a JSON API handler served with httptest: decoding a request body, encoding a response, status codes.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Order struct {
	ID    int     `json:"id"`
	Item  string  `json:"item"`
	Price float64 `json:"price"`
}

type Reply struct {
	OK      bool   `json:"ok"`
	Message string `json:"message"`
	Total   float64 `json:"total,omitempty"`
}

func orders(w http.ResponseWriter, r *http.Request) {
	var in []Order
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(Reply{Message: err.Error()})
		return
	}
	total := 0.0
	for _, o := range in {
		total += o.Price
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(Reply{OK: true, Message: fmt.Sprintf("%d orders", len(in)), Total: total})
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(orders))
	defer srv.Close()
	body := `[{"id":1,"item":"tea","price":2.5},{"id":2,"item":"cake","price":4}]`
	resp, err := http.Post(srv.URL, "application/json", strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	fmt.Print(resp.StatusCode, " ", string(b))
	resp, _ = http.Post(srv.URL, "application/json", strings.NewReader(`{oops`))
	b, _ = io.ReadAll(resp.Body)
	fmt.Print(resp.StatusCode, " ", string(b))
	var r Reply
	json.Unmarshal(b, &r)
	fmt.Println(r.OK, r.Message != "")
}
