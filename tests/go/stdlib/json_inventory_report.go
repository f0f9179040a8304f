// Tests decoding a nested JSON document into tagged structs and re-encoding an indented summary.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

const data = `{
  "warehouse": "north",
  "items": [
    {"sku": "A-1", "name": "Widget", "qty": 10, "price": 2.5, "tags": ["small", "blue"]},
    {"sku": "B-2", "name": "Gadget", "qty": 0, "price": 12.99, "tags": []},
    {"sku": "C-3", "name": "Doohickey", "qty": 3, "price": 7, "attrs": {"color": "red", "weight": 1.25}},
    {"sku": "D-4", "name": "Thingamajig", "qty": 25, "price": 0.1}
  ],
  "updated": "2024-05-01"
}`

type Item struct {
	SKU   string         `json:"sku"`
	Name  string         `json:"name"`
	Qty   int            `json:"qty"`
	Price float64        `json:"price"`
	Tags  []string       `json:"tags,omitempty"`
	Attrs map[string]any `json:"attrs,omitempty"`
}

type Inventory struct {
	Warehouse string `json:"warehouse"`
	Items     []Item `json:"items"`
	Updated   string `json:"updated"`
}

type Summary struct {
	Warehouse  string             `json:"warehouse"`
	TotalValue float64            `json:"total_value"`
	OutOfStock []string           `json:"out_of_stock"`
	ByTag      map[string][]string `json:"by_tag"`
	Top        *Item              `json:"top,omitempty"`
}

func main() {
	var inv Inventory
	if err := json.Unmarshal([]byte(data), &inv); err != nil {
		fmt.Println("error:", err)
		return
	}
	s := Summary{Warehouse: strings.ToUpper(inv.Warehouse), ByTag: map[string][]string{}, OutOfStock: []string{}}
	best := -1.0
	for i := range inv.Items {
		it := &inv.Items[i]
		v := float64(it.Qty) * it.Price
		s.TotalValue += v
		if it.Qty == 0 {
			s.OutOfStock = append(s.OutOfStock, it.SKU)
		}
		for _, t := range it.Tags {
			s.ByTag[t] = append(s.ByTag[t], it.SKU)
		}
		if v > best {
			best = v
			s.Top = it
		}
	}
	sort.Strings(s.OutOfStock)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%.2f %v %v\n", s.TotalValue, inv.Items[2].Attrs["weight"], inv.Items[1].Tags == nil)
	out, _ := json.Marshal(inv.Items[2])
	fmt.Println(string(out))
}
