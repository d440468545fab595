/* test-vm-defer.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deferred calls, panics and recover in the model: a deferred call runs as steps of its own
 * at its function's end, a panic starts in a step of its own with runtime.gopanic's frame on
 * the stack, history goes back over all of it exactly, and the collector keeps what pending
 * deferred calls hold (records on the heap, their closures and what those capture) alive.
 */

#include "config.h"

#include <string.h>

#include "ml-runtime.h"
#include "ml-vm.h"
#include "vm-test-compile.h"

static MlVm *
start (const char *source,
       MlRuntime **rt)
{
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = vm_test_compile ("main.go", source, &errors);

  g_assert_null (errors);
  g_assert_nonnull (code);
  *rt = ml_runtime_new ();
  return ml_vm_new (code, *rt);
}

typedef struct
{
  const char *func;
  guint       line;
} Where;

/* Steps statement by statement to the end; the positions the VM stopped at. */
static GArray *
statement_trail (MlVm *vm)
{
  GArray *trail = g_array_new (FALSE, FALSE, sizeof (Where));
  MlVmEvent ev;

  do
    {
      Where w;

      ml_vm_get_position (vm, &w.func, &w.line, NULL);
      /* Before its first step the VM is nowhere. */
      if (w.func != NULL)
        g_array_append_val (trail, w);
      ev = ml_vm_step (vm, ML_VM_STEP_STATEMENT);
    }
  while (ev != ML_VM_EVENT_EXIT && ev != ML_VM_EVENT_PANIC);
  return trail;
}

static void
assert_trail (GArray      *trail,
              const Where *want,
              guint        n)
{
  for (guint i = 0; i < trail->len; i++)
    {
      Where *w = &g_array_index (trail, Where, i);

      g_test_message ("step %u: %s:%u", i, w->func, w->line);
    }
  g_assert_cmpuint (trail->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      Where *w = &g_array_index (trail, Where, i);

      g_assert_cmpstr (w->func, ==, want[i].func);
      g_assert_cmpuint (w->line, ==, want[i].line);
    }
}

static const char steps_program[] =
  "package main\n"                        /*  1 */
  "\n"
  "import \"fmt\"\n"
  "\n"
  "func cerrar(nombre string) {\n"        /*  5 */
  "\tfmt.Println(\"cerrando\", nombre)\n"
  "}\n"
  "\n"
  "func trabajar() (n int) {\n"
  "\tdefer cerrar(\"archivo\")\n"         /* 10 */
  "\tdefer func() {\n"
  "\t\tn *= 2\n"
  "\t}()\n"
  "\tn = 21\n"
  "\treturn n\n"                          /* 15 */
  "}\n"
  "\n"
  "func main() {\n"
  "\tfmt.Println(trabajar())\n"
  "}\n";                                  /* 20 */

/* At a return the deferred calls run, last first, each as steps of its own: the closure's
 * line, then the wrapper of cerrar("archivo") at its defer statement, then cerrar's body. */
static void
test_steps (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (steps_program, &rt);
  g_autoptr(GArray) trail = NULL;
  static const Where want[] = {
    { "main.main", 19 }, { "main.trabajar", 10 }, { "main.trabajar", 11 },
    { "main.trabajar", 14 }, { "main.trabajar", 15 }, { "main.trabajar.func1", 12 },
    { "main.trabajar.deferwrap1", 10 }, { "main.cerrar", 6 },
  };
  gsize len;

  trail = statement_trail (vm);
  assert_trail (trail, want, G_N_ELEMENTS (want));
  g_assert_cmpstr (ml_vm_get_output (vm, &len), ==, "cerrando archivo\n42\n");
  g_assert_cmpint (ml_vm_get_exit_status (vm), ==, 0);
}

static const char panic_program[] =
  "package main\n"                        /*  1 */
  "\n"
  "import \"fmt\"\n"
  "\n"
  "func dividir(a, b int) (q int, err string) {\n" /*  5 */
  "\tdefer func() {\n"
  "\t\tif r := recover(); r != nil {\n"
  "\t\t\terr = fmt.Sprint(r)\n"
  "\t\t}\n"
  "\t}()\n"                               /* 10 */
  "\treturn a / b, \"\"\n"
  "}\n"
  "\n"
  "func main() {\n"
  "\tq, err := dividir(7, 0)\n"           /* 15 */
  "\tfmt.Println(q, err)\n"
  "}\n";

/* The frame of the goroutine's innermost function. */
static const MlSnapFrame *
top_frame (const MlSnapshot *snap)
{
  g_assert_cmpuint (snap->n_frames, >=, 1);
  return &snap->frames[0];
}

/* A panic starts in a step of its own: runtime.gopanic's frame is on the stack, holding the
 * panic's record, and the VM says it is at the line that panicked.  The next step is the
 * deferred closure's first (its if statement, then the statement the if starts with); its
 * recover() ends the panic, and going back in history undoes every part of it. */
static void
test_panic_steps (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (panic_program, &rt);
  g_autoptr(GArray) trail = NULL;
  static const Where want[] = {
    { "main.main", 15 }, { "main.dividir", 6 }, { "main.dividir", 11 },
    { "main.dividir", 11 }, { "main.dividir.func1", 7 }, { "main.dividir.func1", 7 },
    { "main.dividir.func1", 8 }, { "main.main", 16 },
  };
  g_autoptr(MlRuntime) rt2 = NULL;
  g_autoptr(MlVm) vm2 = start (panic_program, &rt2);
  guint64 before = 0, at_panic = 0;
  const char *func;
  guint line;
  gsize len;

  trail = statement_trail (vm);
  assert_trail (trail, want, G_N_ELEMENTS (want));
  g_assert_cmpstr (ml_vm_get_output (vm, &len), ==, "0 runtime error: integer divide by zero\n");
  g_assert_cmpint (ml_vm_get_exit_status (vm), ==, 0);
  g_assert_cmpuint (ml_runtime_get_panics (rt, 1), ==, 0);

  /* Again, one step at a time, looking at the panic's step. */
  for (guint i = 0; i < 3; i++)
    ml_vm_step (vm2, ML_VM_STEP_STATEMENT);
  ml_vm_get_position (vm2, &func, &line, NULL);
  g_assert_cmpuint (line, ==, 11);
  g_assert_cmpuint (ml_runtime_get_panics (rt2, 1), ==, 0);
  before = ml_runtime_get_step (rt2);
  g_assert_cmpint (ml_vm_step (vm2, ML_VM_STEP_STATEMENT), ==, ML_VM_EVENT_STATEMENT);
  at_panic = ml_runtime_get_step (rt2);
  ml_vm_get_position (vm2, &func, &line, NULL);
  g_assert_cmpstr (func, ==, "main.dividir");
  g_assert_cmpuint (line, ==, 11);
  {
    g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (rt2, ML_SNAPSHOT_ALL);

    g_assert_cmpstr (top_frame (snap)->function, ==, "runtime.gopanic");
  }
  /* The record joins g._panic when the panic starts running deferred calls. */
  g_assert_cmpint (ml_vm_step (vm2, ML_VM_STEP_STATEMENT), ==, ML_VM_EVENT_STATEMENT);
  ml_vm_get_position (vm2, &func, &line, NULL);
  g_assert_cmpstr (func, ==, "main.dividir.func1");
  g_assert_cmpuint (line, ==, 7);
  g_assert_cmpuint (ml_runtime_get_panics (rt2, 1), !=, 0);

  /* Back to the panic's step, and before it. */
  g_assert_true (ml_runtime_seek (rt2, at_panic));
  ml_vm_get_position (vm2, &func, &line, NULL);
  g_assert_cmpstr (func, ==, "main.dividir");
  g_assert_cmpuint (line, ==, 11);
  g_assert_cmpuint (ml_runtime_get_panics (rt2, 1), ==, 0);
  g_assert_true (ml_runtime_seek (rt2, before));
  {
    g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (rt2, ML_SNAPSHOT_ALL);

    g_assert_cmpstr (top_frame (snap)->function, ==, "main.dividir");
  }
  /* And forward again to the end, as the first time. */
  g_assert_cmpint (ml_vm_run (vm2), ==, ML_VM_EVENT_EXIT);
  g_assert_cmpstr (ml_vm_get_output (vm2, &len), ==, "0 runtime error: integer divide by zero\n");
}

typedef struct
{
  guint64     step;
  const char *func;
  guint       line;
  gsize       out;
  guint64     hash;
} Seen;

/* Runs @source step by step, then goes back to earlier steps and forward one: the VM and the
 * memory are as they were the first time. */
static void
replay (const char *source,
        const char *want_out,
        int         want_status)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (source, &rt);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (Seen));
  MlVmEvent ev;
  gsize len;

  ml_runtime_set_checker (rt, ML_CHECK_ALL);
  do
    {
      Seen s;

      ev = ml_vm_step (vm, ML_VM_STEP_ANY);
      s.step = ml_runtime_get_step (rt);
      ml_vm_get_position (vm, &s.func, &s.line, NULL);
      ml_vm_get_output (vm, &s.out);
      s.hash = ml_runtime_hash_memory (rt);
      g_array_append_val (seen, s);
    }
  while (ev != ML_VM_EVENT_EXIT && ev != ML_VM_EVENT_PANIC);
  g_assert_cmpstr (ml_vm_get_output (vm, &len), ==, want_out);
  g_assert_cmpint (ml_vm_get_exit_status (vm), ==, want_status);
  g_assert_cmpuint (ml_runtime_get_n_violations (rt), ==, 0);

  for (guint k = seen->len - 2; k > 2; k -= MIN (k, 1 + seen->len / 23))
    {
      Seen *a = &g_array_index (seen, Seen, k);
      Seen *b = &g_array_index (seen, Seen, k + 1);
      const char *func;
      guint line;
      gsize out;

      g_assert_true (ml_runtime_seek (rt, a->step));
      ml_vm_get_position (vm, &func, &line, NULL);
      ml_vm_get_output (vm, &out);
      g_assert_cmpstr (func, ==, a->func);
      g_assert_cmpuint (line, ==, a->line);
      g_assert_cmpuint (out, ==, a->out);
      g_assert_cmpuint (ml_runtime_hash_memory (rt), ==, a->hash);
      ml_vm_step (vm, ML_VM_STEP_ANY);
      ml_vm_get_position (vm, &func, &line, NULL);
      g_assert_cmpstr (func, ==, b->func);
      g_assert_cmpuint (line, ==, b->line);
      g_assert_cmpuint (ml_runtime_hash_memory (rt), ==, b->hash);
    }
}

static const char history_program[] =
  "package main\n"
  "\n"
  "import \"fmt\"\n"
  "\n"
  "type Tarea struct {\n"
  "\tnombre string\n"
  "\thecha  bool\n"
  "}\n"
  "\n"
  "func procesar(tareas []*Tarea) (hechas int) {\n"
  "\tfor _, t := range tareas {\n"
  "\t\tdefer func() {\n"
  "\t\t\tif t.hecha {\n"
  "\t\t\t\thechas++\n"
  "\t\t\t}\n"
  "\t\t}()\n"
  "\t\tt.hecha = len(t.nombre)%2 == 0\n"
  "\t}\n"
  "\treturn 0\n"
  "}\n"
  "\n"
  "func arriesgar(n int) (res string) {\n"
  "\tdefer fmt.Println(\"saliendo de arriesgar\", n)\n"
  "\tdefer func() {\n"
  "\t\tif r := recover(); r != nil {\n"
  "\t\t\tres = fmt.Sprint(\"recuperado: \", r)\n"
  "\t\t\tpanic(r)\n"
  "\t\t}\n"
  "\t}()\n"
  "\tlista := make([]int, n)\n"
  "\treturn fmt.Sprint(lista[3])\n"
  "}\n"
  "\n"
  "func proteger(n int) {\n"
  "\tdefer func() {\n"
  "\t\tfmt.Println(\"proteger:\", recover())\n"
  "\t}()\n"
  "\tfmt.Println(arriesgar(n))\n"
  "}\n"
  "\n"
  "func main() {\n"
  "\tvar tareas []*Tarea\n"
  "\tfor _, n := range []string{\"lavar\", \"cocinar\", \"leer\", \"dormir\"} {\n"
  "\t\ttareas = append(tareas, &Tarea{nombre: n})\n"
  "\t}\n"
  "\tfor i := 0; i < 3; i++ {\n"
  "\t\tfmt.Println(\"hechas:\", procesar(tareas))\n"
  "\t}\n"
  "\tproteger(5)\n"
  "\tproteger(2)\n"
  "\tdefer fmt.Println(\"fin\")\n"
  "\tvar p *Tarea\n"
  "\tfmt.Println(p.nombre)\n"
  "}\n";

/* Heap records reused from the pool, open-coded and recorded defers, panics recovered and
 * raised again, a last panic that ends the program: every step can be gone back to. */
static void
test_history (void)
{
  replay (history_program,
          "hechas: 2\nhechas: 2\nhechas: 2\nsaliendo de arriesgar 5\n0\nproteger: <nil>\n"
          "saliendo de arriesgar 2\nproteger: runtime error: index out of range [3] with length 2\n"
          "fin\n", 2);
}

static const char collector_program[] =
  "package main\n"                                      /*  1 */
  "\n"
  "import (\n"
  "\t\"fmt\"\n"
  "\t\"runtime\"\n"                                     /*  5 */
  ")\n"
  "\n"
  "type Informe struct {\n"
  "\tlineas []string\n"
  "}\n"                                                 /* 10 */
  "\n"
  "func generar(n int) {\n"
  "\tfor i := 0; i < n; i++ {\n"
  "\t\tinf := &Informe{lineas: []string{fmt.Sprint(\"linea \", i)}}\n"
  "\t\tdefer func() {\n"                                /* 15 */
  "\t\t\tfmt.Println(inf.lineas[0])\n"
  "\t\t}()\n"
  "\t}\n"
  "\truntime.GC()\n"
  "\tbasura := make([]byte, 1<<20)\n"                    /* 20 */
  "\t_ = basura\n"
  "\truntime.GC()\n"
  "}\n"
  "\n"
  "func main() {\n"                                     /* 25 */
  "\tgenerar(3)\n"
  "\tgenerar(3)\n"
  "}\n";

/* The heap's objects of type @name in @snap. */
static guint
count_objects (const MlSnapshot *snap,
               const char       *name)
{
  guint n = 0;

  for (guint i = 0; i < snap->n_objects; i++)
    if (snap->objects[i].type != NULL && g_strcmp0 (snap->objects[i].type->name, name) == 0)
      n++;
  return n;
}

/* Deferred calls in a loop are heap records whose closures hold the only pointers to the
 * reports: the collector keeps them, through g._defer, as long as the calls are pending, and
 * the referee finds nothing reachable freed.  The second time the records come from the
 * pool. */
static void
test_collector (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (collector_program, &rt);
  const char *func;
  guint line = 0;
  gsize len;

  ml_runtime_set_checker (rt, ML_CHECK_ALL);
  while (line != 22)
    {
      g_assert_cmpint (ml_vm_step (vm, ML_VM_STEP_STATEMENT), ==, ML_VM_EVENT_STATEMENT);
      ml_vm_get_position (vm, &func, &line, NULL);
    }
  {
    g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
    const MlRtype *dt = ml_rtype_registry_lookup (ml_runtime_get_types (rt), "runtime._defer");
    guint found = 0;

    /* Three records of Go's size on the heap, each pointing at its closure. */
    g_assert_nonnull (dt);
    g_assert_cmpuint (dt->size, ==, 48);
    g_assert_cmpuint (count_objects (snap, "runtime._defer"), ==, 3);
    g_assert_cmpuint (count_objects (snap, "main.Informe"), ==, 3);
    for (guint i = 0; i < snap->n_objects; i++)
      {
        const MlSnapObject *o = &snap->objects[i];

        if (o->type != dt)
          continue;
        for (guint e = 0; e < o->n_edges; e++)
          {
            const MlSnapEdge *edge = &snap->edges[o->first_edge + e];

            if (edge->offset == ML_DEFER_OFF_FN && edge->to >= 0)
              found++;
          }
      }
    g_assert_cmpuint (found, ==, 3);
    g_assert_cmpuint (ml_runtime_get_defers (rt, 1), !=, 0);
  }
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  g_assert_cmpstr (ml_vm_get_output (vm, &len), ==,
                   "linea 2\nlinea 1\nlinea 0\nlinea 2\nlinea 1\nlinea 0\n");
  g_assert_cmpuint (ml_runtime_get_n_violations (rt), ==, 0);
  {
    g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
    MlMemStats stats;

    /* The second call took its records from the pool: three records in all, alive there. */
    g_assert_cmpuint (count_objects (snap, "runtime._defer"), ==, 3);
    g_assert_cmpuint (ml_runtime_lookup_global (rt, "runtime.allp[0].deferpool"), !=, 0);
    ml_runtime_read_memstats (rt, &stats);
    g_assert_cmpuint (stats.num_gc, >=, 4);
  }
}

static const char growth_program[] =
  "package main\n"
  "\n"
  "import \"fmt\"\n"
  "\n"
  "func bajar(n int, marca [32]int) (suma int) {\n"
  "\tdefer func() { suma += marca[0] }()\n"
  "\tif n%7 == 0 {\n"
  "\t\tfor i := 0; i < 2; i++ {\n"
  "\t\t\tdefer func() { suma += i }()\n"
  "\t\t}\n"
  "\t}\n"
  "\tif n == 0 {\n"
  "\t\tpanic(\"fondo\")\n"
  "\t}\n"
  "\tvar m [32]int\n"
  "\tm[0] = n\n"
  "\treturn bajar(n-1, m)\n"
  "}\n"
  "\n"
  "func main() {\n"
  "\tdefer func() {\n"
  "\t\tfmt.Println(\"recuperado:\", recover())\n"
  "\t}()\n"
  "\tvar m [32]int\n"
  "\tfmt.Println(bajar(200, m))\n"
  "}\n";

/* A deep recursion grows the stack several times while records in frames and on the heap
 * point into it: a stack copy adjusts them, and the panic at the bottom runs every deferred
 * call on the way up. */
static void
test_stack_growth (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (growth_program, &rt);
  gsize len;

  ml_runtime_set_checker (rt, ML_CHECK_ALL);
  ml_runtime_set_gogc (rt, 10);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  g_assert_cmpstr (ml_vm_get_output (vm, &len), ==, "recuperado: fondo\n");
  g_assert_cmpuint (ml_runtime_get_stack_size (rt, 1), >=, 65536);
  g_assert_cmpuint (ml_runtime_get_defers (rt, 1), ==, 0);
  g_assert_cmpuint (ml_runtime_get_panics (rt, 1), ==, 0);
  g_assert_cmpuint (ml_runtime_get_n_violations (rt), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vm/defer/steps", test_steps);
  g_test_add_func ("/vm/defer/panic-steps", test_panic_steps);
  g_test_add_func ("/vm/defer/history", test_history);
  g_test_add_func ("/vm/defer/collector", test_collector);
  g_test_add_func ("/vm/defer/stack-growth", test_stack_growth);
  return g_test_run ();
}
