#!/usr/bin/env python3
"""gen-slices-probe.py: writes slices_probe.go, the probe of re-slices, full slices,
append(s, t...) and overlapping copies for element sizes 1 to 64 ([N]byte) and a few other
element types, some of them with pointers.  Its output (slices.txt) is what Go 1.27 prints;
test-vm-growslice.c runs the probe in MemLab and compares.  Every slice stays in its
function (only numbers are printed), so the stack buffers of append play their part.

    tests/vm/growslice/gen-slices-probe.py > tests/vm/growslice/slices_probe.go
"""

HEADER = '''// slices_probe.go: written by gen-slices-probe.py; do not edit.
//
// For each element type: the capacities append gives a re-slice and a full slice expression
// as they grow, append(s, t...) of a slice onto itself, overlapping copies and an append onto
// the slice's own elements, and the elements' keys after each, to see that every move kept
// them.  Output lines: OPERATION TYPE numbers...
package main

import "fmt"
'''

# (name, declaration or None for [N]byte, element size, key expression, make expression)
TYPES = []
for n in range(1, 65):
    TYPES.append(("B%d" % n, "[%d]byte" % n))
TYPES += [
    ("I16", "int16"),
    ("I32", "int32"),
    ("F32", "float32"),
    ("I64", "int64"),
    ("T3", "struct{ a, b, c byte }"),
    ("T6", "struct {\n\ta int16\n\tb [4]byte\n}"),
    ("T12", "struct{ a, b, c int32 }"),
    ("P16", "struct {\n\tp *int\n\tb byte\n}"),
    ("P24", "struct {\n\ts string\n\tn int16\n}"),
]


def mk_and_key(name, decl):
    """Go source of func mkNAME(i int) NAME and func keyNAME(v NAME) int."""
    if decl.startswith("["):
        n = int(decl[1:decl.index("]")])
        mk = ("func mk%s(i int) %s {\n\tvar v %s\n\tv[0] = byte(i + 1)\n\tv[%d] = byte(i*3 + 1)\n"
              "\treturn v\n}\n" % (name, name, name, n - 1))
        key = "func key%s(v %s) int {\n\treturn int(v[0])*1000 + int(v[%d])\n}\n" % (name, name, n - 1)
    elif decl in ("int16", "int32", "int64"):
        mk = "func mk%s(i int) %s {\n\treturn %s(i + 1)\n}\n" % (name, name, name)
        key = "func key%s(v %s) int {\n\treturn int(v)\n}\n" % (name, name)
    elif decl == "float32":
        mk = "func mk%s(i int) %s {\n\treturn %s(i) + 0.5\n}\n" % (name, name, name)
        key = "func key%s(v %s) int {\n\treturn int(v * 2)\n}\n" % (name, name)
    elif name == "T3":
        mk = "func mkT3(i int) T3 {\n\treturn T3{byte(i + 1), 7, byte(i*3 + 1)}\n}\n"
        key = "func keyT3(v T3) int {\n\treturn int(v.a)*1000 + int(v.c)\n}\n"
    elif name == "T6":
        mk = "func mkT6(i int) T6 {\n\treturn T6{int16(i + 1), [4]byte{1, 2, 3, byte(i*3 + 1)}}\n}\n"
        key = "func keyT6(v T6) int {\n\treturn int(v.a)*1000 + int(v.b[3])\n}\n"
    elif name == "T12":
        mk = "func mkT12(i int) T12 {\n\treturn T12{int32(i + 1), 5, int32(i*3 + 1)}\n}\n"
        key = "func keyT12(v T12) int {\n\treturn int(v.a)*1000 + int(v.c)\n}\n"
    elif name == "P16":
        mk = "func mkP16(i int) P16 {\n\tn := i + 1\n\treturn P16{&n, byte(i*3 + 1)}\n}\n"
        key = "func keyP16(v P16) int {\n\treturn *v.p*1000 + int(v.b)\n}\n"
    elif name == "P24":
        mk = ("func mkP24(i int) P24 {\n\treturn P24{fmt.Sprint(i + 1), int16(i*3 + 1)}\n}\n")
        key = ("func keyP24(v P24) int {\n\tn := 0\n\tfor _, c := range v.s {\n"
               "\t\tn = n*10 + int(c-'0')\n\t}\n\treturn n*1000 + int(v.n)\n}\n")
    return mk, key


PROBE = '''
func probe{T}() {
	var last int
	base := make([]{T}, 6, 10)
	for i := range base {
		base[i] = mk{T}(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice {T} %d->%d\\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mk{T}(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice {T} %d->%d keys %d %d %d\\n", len(t), cap(t), key{T}(t[0]), key{T}(t[2]), key{T}(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full {T} %d->%d\\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mk{T}(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full {T} %d->%d keys %d %d\\n", len(f), cap(f), key{T}(f[0]), key{T}(f[len(f)-1]))
		}
	}
	fmt.Printf("base {T} %d %d %d\\n", key{T}(base[1]), key{T}(base[3]), key{T}(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []{T}
	m = append(m, base...)
	fmt.Printf("dots {T} %d %d\\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots {T} %d %d\\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots {T} %d %d keys %d %d %d\\n", len(m), cap(m), key{T}(m[0]), key{T}(m[8]), key{T}(m[17]))
	// Copies that overlap, both ways.
	c := make([]{T}, 9)
	for i := range c {
		c[i] = mk{T}(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy {T} %d keys %d %d %d %d\\n", n, key{T}(c[0]), key{T}(c[2]), key{T}(c[4]), key{T}(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy {T} %d keys %d %d %d %d\\n", n, key{T}(c[0]), key{T}(c[1]), key{T}(c[5]), key{T}(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]{T}, 6, 12)
	for i := range d {
		d[i] = mk{T}(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert {T} %d %d keys %d %d %d %d\\n", len(d), cap(d), key{T}(d[1]), key{T}(d[2]), key{T}(d[3]), key{T}(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mk{T}(50))
	fmt.Printf("tail {T} %d %d %d\\n", len(e), cap(e), key{T}(e[0]))
}
'''


def main():
    out = [HEADER]
    for name, decl in TYPES:
        out.append("\ntype %s %s\n" % (name, decl))
    for name, decl in TYPES:
        mk, key = mk_and_key(name, decl)
        out.append("\n" + mk + "\n" + key)
    for name, _ in TYPES:
        out.append(PROBE.replace("{T}", name))
    out.append("\nfunc main() {\n")
    for name, _ in TYPES:
        out.append("\tprobe%s()\n" % name)
    out.append("}\n")
    print("".join(out), end="")


if __name__ == "__main__":
    main()
