// Package rt is goroscope's internal runtime-inspection API (a small reflect) used by the
// standard library written in Go (fmt, sort, errors). Every function here is native.
package rt

// Kind numbers follow reflect.Kind (KindInt == reflect.Int, ...).
const (
	KindInvalid = iota
	KindBool
	KindInt
	KindInt8
	KindInt16
	KindInt32
	KindInt64
	KindUint
	KindUint8
	KindUint16
	KindUint32
	KindUint64
	KindUintptr
	KindFloat32
	KindFloat64
	KindComplex64
	KindComplex128
	KindArray
	KindChan
	KindFunc
	KindInterface
	KindMap
	KindPointer
	KindSlice
	KindString
	KindStruct
	KindUnsafePointer
)

// Kind returns the kind of x's dynamic type; Invalid for a nil interface.
func Kind(x any) int

// TypeString returns x's dynamic type as %T prints it ("int", "*main.T", "[]string",
// "map[string]int", "struct { A int }", "func(int) string"), "<nil>" for a nil interface.
func TypeString(x any) string

// IsNil reports whether x (a pointer, map, slice, chan or func) is nil.
func IsNil(x any) bool

// Int, Uint, Float, Bool and Str read a value of the matching kind (any integer size,
// float32/64, bool, or a string kind including named string types).
func Int(x any) int64
func Uint(x any) uint64
func Float(x any) float64
func Bool(x any) bool
func Str(x any) string

// Len returns the length of an array, slice, string, map or channel.
func Len(x any) int

// Index returns element i of an array or slice. An element of interface type is returned
// as its dynamic value (a nil interface element gives a nil any).
func Index(x any, i int) any

// NumField, FieldName, FieldExported and Field inspect a struct value; Field unwraps
// interface-typed fields like Index. FieldEmbedded reports an embedded field.
func NumField(x any) int
func FieldName(x any, i int) string
func FieldExported(x any, i int) bool
func FieldEmbedded(x any, i int) bool
func Field(x any, i int) any

// Elem returns the value a non-nil pointer points to.
func Elem(x any) any

// Pointer returns an address-like number for a pointer, map, chan, func or slice value,
// stable for the run (used by %p and pointer printing).
func Pointer(x any) uintptr

// Swap exchanges elements i and j of a slice.
func Swap(x any, i, j int)

// SameType reports whether a and b have identical dynamic types.
func SameType(a, b any) bool


// AssignTo stores v into *ptr and returns true when v's dynamic type is assignable to
// ptr's element type (identical, or an interface type that v implements); else false.
// ptr must be a non-nil pointer.
func AssignTo(ptr any, v any) bool

// Implements reports whether a non-nil pointer ptr's element type is an interface type, or
// a type that implements error; used by errors.As to validate its target.
func ElemIsInterfaceOrError(ptr any) bool

// ElemKind returns the Kind of the element type of x's dynamic type, which must be an
// array, slice, pointer, chan or map (for a map, the value type). This is the declared
// element type: an element type of interface type gives Interface, whatever is stored.
// (fmt uses it to treat []T / [N]T with a uint8-kinded T as bytes for %s %q %x %X.)
func ElemKind(x any) int

// ElemTypeString returns that element type as %T prints it ("interface {}", "error",
// "main.T"). fmt uses it for a nil interface element under %#v: "[]interface {}{interface {}(nil)}".
func ElemTypeString(x any) string

// FieldTypeString returns the declared type of field i of struct value x as %T prints it.
// fmt uses it for a nil interface field under %#v: "main.T{Err:error(nil)}".
func FieldTypeString(x any, i int) string

// MapEntries returns the keys and values of map x in unspecified order, vals[i] being the
// value stored under keys[i] (interface-typed keys and values as their dynamic values; nil
// for a nil interface). Unlike MapKeys+MapIndex it works for NaN keys, as fmt needs.
func MapEntries(x any) (keys []any, vals []any)

// FieldTag returns the tag of field i of struct value x.
func FieldTag(x any, i int) string

// Setters write through a non-nil pointer ptr whose element has the matching kind
// (named types included).
func SetBool(ptr any, v bool)
func SetInt(ptr any, v int64)
func SetUint(ptr any, v uint64)
func SetFloat(ptr any, v float64)
func SetString(ptr any, v string)

// SetZero stores the zero value of the element type into *ptr.
func SetZero(ptr any)

// MakeSlice stores make([]E, n) into *ptr (ptr points to a slice).
func MakeSlice(ptr any, n int)

// IndexPtr returns a pointer to element i of the slice or array *ptr points to.
func IndexPtr(ptr any, i int) any

// FieldPtr returns a pointer to field i of the struct *ptr points to.
func FieldPtr(ptr any, i int) any

// AllocElem stores new(E) into *ptr (ptr points to a pointer of type *E) and returns it.
func AllocElem(ptr any) any

// MakeMap stores an empty map into *ptr (ptr points to a map).
func MakeMap(ptr any)

// NewMapValue returns a pointer to a fresh zero value of the element type of the map
// *ptr points to.
func NewMapValue(ptr any) any

// MapStore sets (*ptr)[key] = *val; key is converted to the map's key type when its kind
// (string or integer) matches; val is a pointer from NewMapValue. Returns false when the
// key does not fit the map's key kind.
func MapStore(ptr any, key any, val any) bool

// MapKeyKind returns the Kind of the key type of the map *ptr points to.
func MapKeyKind(ptr any) int
