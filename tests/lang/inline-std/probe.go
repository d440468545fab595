// probe.go writes a program with one wrapper per function of the bundled standard
// library (and fmt's), one line each, so that go build -gcflags=-m on it says which
// calls Go 1.27 inlines and what their bodies inline in turn.  Used by regen.sh.

package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	stdDir := os.Args[1]
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	pkgs := map[string]bool{"fmt": true}
	want := map[string]map[string]bool{} // path -> names (Func or Type.Method)
	want["fmt"] = map[string]bool{}
	for _, n := range []string{"Println", "Printf", "Print", "Sprintf", "Sprint", "Sprintln", "Errorf", "Fprintf", "Fprint", "Fprintln"} {
		want["fmt"][n] = true
	}
	filepath.Walk(stdDir, func(p string, info os.FileInfo, err error) error {
		if !strings.HasSuffix(p, ".go") || strings.Contains(p, "internal") {
			return nil
		}
		rel, _ := filepath.Rel(stdDir, filepath.Dir(p))
		if rel == "fmt" {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			panic(err)
		}
		pkgs[rel] = true
		if want[rel] == nil {
			want[rel] = map[string]bool{}
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue
			}
			if fd.Recv == nil {
				want[rel][fd.Name.Name] = true
			} else {
				t := fd.Recv.List[0].Type
				if s, ok := t.(*ast.StarExpr); ok {
					t = s.X
				}
				if id, ok := t.(*ast.Ident); ok && id.IsExported() {
					want[rel][id.Name+"."+fd.Name.Name] = true
				}
			}
		}
		return nil
	})
	var paths []string
	for p := range pkgs {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var body strings.Builder
	var table strings.Builder
	n := 0
	for _, path := range paths {
		pkg, err := imp.Import(path)
		if err != nil {
			panic(err)
		}
		var names []string
		for k := range want[path] {
			names = append(names, k)
		}
		sort.Strings(names)
		qual := func(p *types.Package) string { return p.Name() }
		for _, name := range names {
			var sig *types.Signature
			recv := ""
			if i := strings.Index(name, "."); i >= 0 {
				tn := pkg.Scope().Lookup(name[:i])
				if tn == nil {
					continue
				}
				obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, name[i+1:])
				f, ok := obj.(*types.Func)
				if !ok {
					continue
				}
				sig = f.Type().(*types.Signature)
				recv = types.TypeString(sig.Recv().Type(), qual)
			} else {
				f, ok := pkg.Scope().Lookup(name).(*types.Func)
				if !ok {
					continue
				}
				sig = f.Type().(*types.Signature)
			}
			var params, args []string
			if recv != "" {
				params = append(params, "r "+recv)
			}
			for i := 0; i < sig.Params().Len(); i++ {
				t := types.TypeString(sig.Params().At(i).Type(), qual)
				a := fmt.Sprintf("p%d", i)
				if sig.Variadic() && i == sig.Params().Len()-1 {
					t = "..." + strings.TrimPrefix(t, "[]")
					args = append(args, a+"...")
				} else {
					args = append(args, a)
				}
				params = append(params, a+" "+t)
			}
			res := types.TypeString(sig.Results(), qual)
			callee := pkg.Name() + "." + name
			if recv != "" {
				callee = "r." + name[strings.Index(name, ".")+1:]
			}
			n++
			// One function per line so that the line identifies the probe.
			ret := ""
			if sig.Results().Len() > 0 {
				ret = "return "
			}
			fmt.Fprintf(&body, "func w%d(%s) %s { %s%s(%s) }\n", n, strings.Join(params, ", "), res, ret, callee, strings.Join(args, ", "))
			fmt.Fprintf(&table, "%d %s.%s\n", n, path, name)
		}
	}
	out := "package main\n\nimport (\n"
	for _, p := range paths {
		out += "\t\"" + p + "\"\n"
	}
	out += ")\n\nfunc main() {}\n\n" + body.String()
	os.WriteFile(os.Args[2]+"/probe.go", []byte(out), 0644)
	os.WriteFile(os.Args[2]+"/table.txt", []byte(table.String()), 0644)
}
