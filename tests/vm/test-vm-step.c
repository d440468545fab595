/* test-vm-step.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stepping, budgets and history: the VM stops where it says, runaway programs are stopped
 * with a message, and going back in sim's history brings the VM back too.
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

/* A struct that points at its own type keeps its real types in the model: the global is a
 * *main.Nodo, and the struct's field too, not an untyped pointer. */
static void
test_recursive_types (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\ntype Nodo struct {\n\tvalor int\n\tsig   *Nodo\n}\n\n"
                              "var lista *Nodo\n\nfunc main() {\n\tlista = &Nodo{valor: 1}\n}\n", &rt);
  const MlRtype *nodo;
  g_autoptr(MlSnapshot) snap = NULL;
  const MlRtype *global = NULL;

  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  nodo = ml_rtype_registry_lookup (ml_runtime_get_types (rt), "main.Nodo");
  g_assert_nonnull (nodo);
  g_assert_cmpuint (nodo->size, ==, 16);
  g_assert_cmpuint (nodo->n_fields, ==, 2);
  g_assert_cmpint (nodo->fields[1].type->kind, ==, ML_KIND_POINTER);
  g_assert_true (nodo->fields[1].type->elem == nodo);
  g_assert_true (ml_rtype_word_is_pointer (nodo, 1));
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  for (guint i = 0; i < snap->n_globals; i++)
    if (g_strcmp0 (snap->globals[i].name, "main.lista") == 0)
      global = snap->globals[i].type;
  g_assert_nonnull (global);
  g_assert_cmpint (global->kind, ==, ML_KIND_POINTER);
  g_assert_true (global->elem == nodo);
}

/* Package variables with constant values are in the data segment, holding their values,
 * before the first instruction runs; a variable without one is zero in bss. */
static gboolean
in_segment (MlSnapshot    *snap,
            MlSegmentKind  kind,
            guint64        addr)
{
  for (guint i = 0; i < snap->n_segments; i++)
    if (snap->segments[i].kind == kind && addr >= snap->segments[i].start &&
        addr < snap->segments[i].start + snap->segments[i].size)
      return TRUE;
  return FALSE;
}

static void
test_static_data (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nvar num int = 5\nvar small int8 = -2\n"
                              "var ratio = 1.5\nvar ok = true\nvar name = \"Marcelo\"\nvar zero int\n"
                              "var n = len(name) * num\n\nfunc main() {\n}\n", &rt);
  g_autoptr(MlSnapshot) snap = NULL;
  guint64 addr, word, ptr;
  double d;
  char buf[8];

  addr = ml_runtime_lookup_global (rt, "main.num");
  g_assert_cmpint (ml_runtime_read_word (rt, addr, &word), ==, ML_FAULT_NONE);
  g_assert_cmpuint (word, ==, 5);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  g_assert_true (in_segment (snap, ML_SEGMENT_DATA, addr));
  g_assert_true (in_segment (snap, ML_SEGMENT_BSS, ml_runtime_lookup_global (rt, "main.zero")));

  addr = ml_runtime_lookup_global (rt, "main.small");
  g_assert_cmpint (ml_runtime_read (rt, addr, buf, 1), ==, ML_FAULT_NONE);
  g_assert_cmpint ((gint8) buf[0], ==, -2);

  addr = ml_runtime_lookup_global (rt, "main.ratio");
  g_assert_cmpint (ml_runtime_read_word (rt, addr, &word), ==, ML_FAULT_NONE);
  memcpy (&d, &word, 8);
  g_assert_cmpfloat (d, ==, 1.5);

  addr = ml_runtime_lookup_global (rt, "main.ok");
  g_assert_cmpint (ml_runtime_read (rt, addr, buf, 1), ==, ML_FAULT_NONE);
  g_assert_cmpint (buf[0], ==, 1);

  /* The string header points at the literal in read-only data. */
  addr = ml_runtime_lookup_global (rt, "main.name");
  g_assert_cmpint (ml_runtime_read_word (rt, addr, &ptr), ==, ML_FAULT_NONE);
  g_assert_cmpint (ml_runtime_read_word (rt, addr + 8, &word), ==, ML_FAULT_NONE);
  g_assert_cmpuint (word, ==, 7);
  g_assert_true (in_segment (snap, ML_SEGMENT_RODATA, ptr));
  g_assert_cmpint (ml_runtime_read (rt, ptr, buf, 7), ==, ML_FAULT_NONE);
  g_assert_cmpmem (buf, 7, "Marcelo", 7);

  /* n is computed by code (len() is not a constant here), so it is 0 until init runs. */
  addr = ml_runtime_lookup_global (rt, "main.n");
  g_assert_cmpint (ml_runtime_read_word (rt, addr, &word), ==, ML_FAULT_NONE);
  g_assert_cmpuint (word, ==, 0);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  g_assert_cmpint (ml_runtime_read_word (rt, addr, &word), ==, ML_FAULT_NONE);
  g_assert_cmpuint (word, ==, 35);
}

/* An expression statement's temporaries die with it: later statements reuse them, so the
 * frame does not grow with every fmt.Println, and they are cleared, so the copies fmt made
 * on the heap are garbage once the call returns, as in Go. */
static void
test_temporaries_reused (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nimport \"fmt\"\n\ntype P struct {\n\ta, b string\n\tn    int\n}\n\n"
                              "func main() {\n\tp := P{\"x\", \"y\", 1}\n\tfmt.Println(p)\n\tfmt.Println(p)\n"
                              "\tfmt.Println(p)\n\tfmt.Println(p)\n\tfmt.Println(p.n)\n}\n", &rt);
  g_autoptr(MlSnapshot) snap = NULL;
  const char *function = NULL;
  guint line = 0, column = 0;
  guint temps = 0, live = 0;

  for (guint i = 0; i < 1000; i++)
    {
      ml_vm_get_position (vm, &function, &line, &column);
      if (line == 16 || ml_vm_is_finished (vm))
        break;
      ml_vm_step (vm, ML_VM_STEP_STATEMENT);
    }
  g_assert_cmpuint (line, ==, 16);
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  g_assert_cmpuint (snap->n_frames, >=, 1);
  for (guint s = 0; s < snap->frames[snap->n_frames - 1].n_slots; s++)
    {
      const MlSnapSlot *slot = &snap->slots[snap->frames[snap->n_frames - 1].first_slot + s];

      if (slot->name == NULL || slot->name[0] != '.')
        continue;
      temps++;
      /* The [1]any of fmt.Println's arguments: cleared when the call's statement ends. */
      if (slot->type == NULL || slot->type->kind != ML_KIND_ARRAY)
        continue;
      for (guint64 b = 0; b < slot->type->size; b++)
        if (snap->values[slot->value_offset + b] != 0)
          {
            live++;
            break;
          }
    }
  /* Four identical calls share their temporaries (without sharing there are nine), and
   * those of the calls hold nothing between them. */
  g_assert_cmpuint (temps, >, 0);
  g_assert_cmpuint (temps, <=, 6);
  g_assert_cmpuint (live, ==, 0);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
}

/* Runs statement by statement until the VM is about to run @line of main.main. */
static void
run_to_line (MlVm *vm,
             guint line)
{
  for (guint i = 0; i < 100000; i++)
    {
      const char *function = NULL;
      guint now = 0;

      ml_vm_get_position (vm, &function, &now, NULL);
      if (now == line && g_strcmp0 (function, "main.main") == 0)
        return;
      g_assert_false (ml_vm_is_finished (vm));
      ml_vm_step (vm, ML_VM_STEP_STATEMENT);
    }
  g_assert_not_reached ();
}

/* Whether a pointer word of @slot, in @snap, points into @target. */
static gboolean
slot_points_into (const MlSnapshot *snap,
                  const MlSnapSlot *slot,
                  const MlSnapSlot *target)
{
  const MlRtype *t = slot->type;

  if (t == NULL || !t->has_pointers || t->ptrmask == NULL)
    return FALSE;
  for (guint64 w = 0; w < t->n_words && (w + 1) * 8 <= t->size; w++)
    if ((t->ptrmask[w >> 6] >> (w & 63)) & 1)
      {
        guint64 v;

        memcpy (&v, snap->values + slot->value_offset + w * 8, 8);
        if (v >= target->addr && v < target->addr + MAX (target->type->size, 1))
          return TRUE;
      }
  return FALSE;
}

/* The number of non-nil pointer words in @slot. */
static guint
slot_pointers (const MlSnapshot *snap,
               const MlSnapSlot *slot)
{
  const MlRtype *t = slot->type;
  guint n = 0;

  if (t == NULL || !t->has_pointers || t->ptrmask == NULL)
    return 0;
  for (guint64 w = 0; w < t->n_words && (w + 1) * 8 <= t->size; w++)
    if ((t->ptrmask[w >> 6] >> (w & 63)) & 1)
      {
        guint64 v;

        memcpy (&v, snap->values + slot->value_offset + w * 8, 8);
        n += v != 0;
      }
  return n;
}

/* main.main's frame, the outermost. */
static const MlSnapFrame *
main_frame (const MlSnapshot *snap)
{
  const MlSnapFrame *f;

  g_assert_cmpuint (snap->n_frames, >=, 1);
  f = &snap->frames[snap->n_frames - 1];
  g_assert_cmpstr (f->function, ==, "main.main");
  return f;
}

/* The compiler's temporaries of main that hold a pointer although no variable points into
 * them, directly or through other such storage (those are the storage of values that did not
 * escape: a map's header, which points at its first group). */
static guint
stale_temporaries (const MlSnapshot *snap,
                   GString          *names)
{
  const MlSnapFrame *f = main_frame (snap);
  g_autofree gboolean *storage = g_new0 (gboolean, MAX (f->n_slots, 1));
  gboolean grew = TRUE;
  guint stale = 0;

  for (guint s = 0; s < f->n_slots; s++)
    {
      const MlSnapSlot *slot = &snap->slots[f->first_slot + s];

      storage[s] = slot->name != NULL && slot->name[0] != '.';
    }
  while (grew)
    {
      grew = FALSE;
      for (guint s = 0; s < f->n_slots; s++)
        for (guint o = 0; o < f->n_slots && !storage[s]; o++)
          if (o != s && storage[o] &&
              slot_points_into (snap, &snap->slots[f->first_slot + o], &snap->slots[f->first_slot + s]))
            storage[s] = grew = TRUE;
    }
  for (guint s = 0; s < f->n_slots; s++)
    {
      const MlSnapSlot *slot = &snap->slots[f->first_slot + s];

      if (storage[s] || slot_pointers (snap, slot) == 0)
        continue;
      stale++;
      g_string_append_printf (names, " %s %s", slot->name, slot->type->name);
    }
  return stale;
}

/* Lesson 5's garbage, made to escape: once basura is nil, its two nodes are unreachable.
 * Go's stack maps leave the compiler's dead temporaries out, so the temporaries that held
 * the nodes' addresses while the statement built them keep nothing alive; keep's nodes
 * stay. */
static const char garbage_program[] =
  "package main\n"                                            /*  1 */
  "\n"
  "import (\n"
  "\t\"fmt\"\n"
  "\t\"runtime\"\n"                                           /*  5 */
  ")\n"
  "\n"
  "type Nodo struct {\n"
  "\tvalor int\n"
  "\tsig   *Nodo\n"                                         /* 10 */
  "}\n"
  "\n"
  "var sink, keeper *Nodo\n"
  "\n"
  "func main() {\n"                                           /* 15 */
  "\tkeep := &Nodo{valor: 1, sig: &Nodo{valor: 2}}\n"
  "\tkeeper = keep\n"
  "\tbasura := &Nodo{valor: 10, sig: &Nodo{valor: 11}}\n"
  "\tsink = basura\n"
  "\tsink = nil\n"                                            /* 20 */
  "\tbasura = nil\n"
  "\truntime.GC()\n"
  "\tfmt.Println(keep.valor, keep.sig.valor, basura == nil)\n" /* 23 */
  "}\n";

static void
test_dead_temporaries_garbage (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (garbage_program, &rt);
  g_autoptr(MlSnapshot) snap = NULL;
  g_autoptr(GString) stale = g_string_new (NULL);
  MlMemStats stats;
  guint live = 0;

  run_to_line (vm, 23);
  ml_runtime_read_memstats (rt, &stats);
  g_assert_cmpuint (stats.num_gc, ==, 1);
  g_assert_cmpuint (stats.mallocs, ==, 4);
  g_assert_cmpuint (stats.frees, ==, 2);
  g_assert_cmpuint (stats.heap_objects, ==, 2);

  /* The two left are keep's, 1 and 2; basura's are gone from the heap. */
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  for (guint i = 0; i < snap->n_objects; i++)
    {
      const MlSnapObject *o = &snap->objects[i];
      guint64 valor;

      if (o->colour == ML_COLOUR_FREE || o->colour == ML_COLOUR_FREED || o->value_size < 8)
        continue;
      memcpy (&valor, snap->values + o->value_offset, 8);
      g_assert_cmpuint (valor, <=, 2);
      live++;
    }
  g_assert_cmpuint (live, ==, 2);
  g_assert_cmpuint (stale_temporaries (snap, stale), ==, 0);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  g_assert_cmpstr (ml_vm_get_output (vm, NULL), ==, "1 2 true\n");
}

/* The lecture's loop: each iteration's temporaries hold the new node and the old head, but
 * they are dead once the statement is done, so nothing keeps the list once lista is nil;
 * going back in history brings the list and the temporaries' clearing back too. */
static void
test_dead_temporaries_loop (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n"
                              "type Nodo struct {\n\tvalor int\n\tsig   *Nodo\n}\n\n"
                              "var lista *Nodo\n\n"
                              "func main() {\n"                                     /* 15 */
                              "\tfor i := 0; i < 100; i++ {\n"
                              "\t\tlista = &Nodo{valor: i, sig: lista}\n"
                              "\t}\n"
                              "\tlista = nil\n"                                     /* 19 */
                              "\truntime.GC()\n"
                              "\tfmt.Println(lista == nil)\n"                       /* 21 */
                              "}\n", &rt);
  g_autoptr(GString) stale = g_string_new (NULL);
  MlMemStats stats;
  guint64 before;

  ml_runtime_set_history_enabled (rt, TRUE);
  run_to_line (vm, 19);
  before = ml_runtime_get_step (rt);
  ml_runtime_read_memstats (rt, &stats);
  g_assert_cmpuint (stats.heap_objects, ==, 100);
  {
    g_autoptr(MlSnapshot) snap = NULL;

    ml_runtime_end_step (rt);
    snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
    g_assert_cmpuint (stale_temporaries (snap, stale), ==, 0);
  }

  run_to_line (vm, 21);
  ml_runtime_read_memstats (rt, &stats);
  g_assert_cmpuint (stats.num_gc, ==, 1);
  g_assert_cmpuint (stats.frees, ==, 100);
  g_assert_cmpuint (stats.heap_objects, ==, 0);

  g_assert_true (ml_runtime_seek (rt, before));
  ml_runtime_read_memstats (rt, &stats);
  g_assert_cmpuint (stats.heap_objects, ==, 100);
  g_assert_cmpuint (stats.frees, ==, 0);
  run_to_line (vm, 21);
  ml_runtime_read_memstats (rt, &stats);
  g_assert_cmpuint (stats.frees, ==, 100);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  g_assert_cmpstr (ml_vm_get_output (vm, NULL), ==, "true\n");
}

/* After every statement of main, whatever kind it was, no temporary holds a pointer: not
 * those of assignments, definitions, composite literals, new, append, calls and their
 * results, fmt's arguments, conditions and switch tags.  Only the storage of a value that
 * did not escape (q's) holds one, as long as a variable points into it. */
static void
test_dead_temporaries_cleared (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nimport \"fmt\"\n\n"
                              "type P struct {\n\tnombre string\n\tedad   int\n\tamigo  *P\n}\n\n"
                              "var global *P\n\n"
                              "func nuevo(n string) *P { return &P{nombre: n} }\n\n"
                              "func par() (*P, []int) { return &P{nombre: \"b\"}, []int{1, 2} }\n\n"
                              "func main() {\n"
                              "\ta := nuevo(\"a\")\n"
                              "\tb, s := par()\n"
                              "\tc := &P{nombre: \"c\", amigo: &P{nombre: \"d\", edad: len(s)}}\n"
                              "\tglobal = c\n"
                              "\td := new(P)\n"
                              "\td.amigo = a\n"
                              "\tglobal.amigo.amigo = &P{nombre: \"e\"}\n"
                              "\ts = append(s, 3, 4, 5)\n"
                              "\tvar lista []*P\n"
                              "\tlista = append(lista, a, b, d)\n"
                              "\tm := map[string]*P{\"a\": a}\n"
                              "\tm[\"b\"] = b\n"
                              "\tq := &P{nombre: \"q\"}\n"
                              "\ttexto := fmt.Sprintf(\"%s-%s\", a.nombre, m[\"b\"].nombre)\n"
                              "\tfmt.Println(texto, len(s), len(lista), d.amigo.nombre, q.nombre)\n"
                              "\tif global.amigo.amigo != nil && lista[2].amigo == a {\n"
                              "\t\ttexto = \"si\"\n"
                              "\t}\n"
                              "\tfor p := global; p != nil; p = p.amigo {\n"
                              "\t\ttexto += p.nombre\n"
                              "\t}\n"
                              "\tswitch nuevo(texto).nombre {\n"
                              "\tcase \"sicde\":\n"
                              "\t\tglobal = nil\n"
                              "\t}\n"
                              "\tfor _, p := range lista {\n"            /* 43 */
                              "\t\ttexto += p.nombre\n"
                              "\t}\n"
                              "buscar:\n"
                              "\tfor i := 0; i < 2; i++ {\n"
                              "\t\tfor _, p := range lista {\n"           /* 48 */
                              "\t\t\tif p == b {\n"
                              "\t\t\t\tbreak buscar\n"
                              "\t\t\t}\n"
                              "\t\t}\n"
                              "\t}\n"
                              "\tfmt.Println(texto, global == nil, *q)\n"
                              "}\n", &rt);
  guint checked = 0;

  ml_runtime_set_history_enabled (rt, FALSE);
  while (!ml_vm_is_finished (vm))
    {
      const char *function = NULL;
      guint line = 0;

      ml_vm_step (vm, ML_VM_STEP_STATEMENT);
      ml_vm_get_position (vm, &function, &line, NULL);
      /* At each statement of main, but in the range loops, while their clauses'
       * temporaries (the copy of the slice ranged over) are live, as Go's are; the
       * labelled break leaves the inner one, whose temporaries die with it. */
      if (g_strcmp0 (function, "main.main") == 0 && line != 43 && line != 44 &&
          (line < 48 || line > 51) && !ml_vm_is_finished (vm))
        {
          g_autoptr(MlSnapshot) snap = NULL;
          g_autoptr(GString) stale = g_string_new (NULL);

          ml_runtime_end_step (rt);
          snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
          if (stale_temporaries (snap, stale) != 0)
            g_error ("line %u: temporaries still holding pointers:%s", line, stale->str);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 28);
  g_assert_cmpstr (ml_vm_get_output (vm, NULL), ==,
                   "a-b 5 3 a q\nsicdeab true {q 0 <nil>}\n");
}

/* A value that does not escape lives in main's frame (p := &T{...}); its storage is not one
 * of the temporaries the statement leaves behind, so later statements neither clear nor
 * reuse it, and p reads it back intact after a collection. */
static void
test_stack_storage_kept (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n"
                              "type T struct {\n\tv int\n\ts string\n}\n\n"
                              "func main() {\n"                                   /* 13 */
                              "\tp := &T{1, \"uno\"}\n"
                              "\tfor i := 0; i < 3; i++ {\n"
                              "\t\tt := T{i * 10, \"otro\"}\n"
                              "\t\tfmt.Println(t)\n"
                              "\t}\n"
                              "\tx := T{7, \"siete\"}\n"
                              "\ty := &T{8, \"ocho\"}\n"                         /* 20 */
                              "\truntime.GC()\n"
                              "\tfmt.Println(*p, x, p.v, *y)\n"                  /* 22 */
                              "}\n", &rt);
  g_autoptr(MlSnapshot) snap = NULL;
  const MlSnapFrame *f;
  const MlSnapSlot *p = NULL;
  guint64 target;

  run_to_line (vm, 22);
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  f = main_frame (snap);
  for (guint s = 0; s < f->n_slots; s++)
    if (g_strcmp0 (snap->slots[f->first_slot + s].name, "p") == 0)
      p = &snap->slots[f->first_slot + s];
  g_assert_nonnull (p);

  /* p points into main's frame: &T{...} does not escape. */
  memcpy (&target, snap->values + p->value_offset, 8);
  g_assert_cmpuint (target, >=, f->base);
  g_assert_cmpuint (target, <, f->base + f->size);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  g_assert_cmpstr (ml_vm_get_output (vm, NULL), ==,
                   "{0 otro}\n{10 otro}\n{20 otro}\n{1 uno} {7 siete} 1 {8 ocho}\n");
}

static void
test_step_limit (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", &rt);

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_vm_set_step_limit (vm, 10000);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_LIMIT);
  g_assert_nonnull (strstr (ml_vm_get_limit_message (vm), "10,000"));
  g_assert_cmpint (ml_vm_get_exit_status (vm), ==, 1);
}

static void
test_memory_limit (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nvar keep [][]int\n\nfunc main() {\n"
                              "\tfor {\n\t\tkeep = append(keep, make([]int, 10000))\n\t}\n}\n", &rt);

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_vm_set_memory_limit (vm, 32 << 20);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_LIMIT);
  g_assert_nonnull (strstr (ml_vm_get_limit_message (vm), "MiB"));
}

typedef struct
{
  guint64     step;
  const char *func;
  guint       line;
  gsize       out;
} Seen;

/* Runs @source step by step, then goes back to earlier steps and forward one: the VM must be
 * where it was the first time, with the output it had. */
static void
replay (const char *source,
        guint       min_alloc,
        guint       min_stmt)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (source, &rt);
  GArray *seen = g_array_new (FALSE, FALSE, sizeof (Seen));
  MlVmEvent ev;
  guint n_alloc = 0, n_stmt = 0;

  ml_runtime_set_history_enabled (rt, TRUE);
  do
    {
      Seen s;

      ev = ml_vm_step (vm, ML_VM_STEP_ANY);
      n_alloc += ev == ML_VM_EVENT_ALLOCATION;
      n_stmt += ev == ML_VM_EVENT_STATEMENT;
      s.step = ml_runtime_get_step (rt);
      ml_vm_get_position (vm, &s.func, &s.line, NULL);
      ml_vm_get_output (vm, &s.out);
      g_array_append_val (seen, s);
    }
  while (ev != ML_VM_EVENT_EXIT);
  g_assert_cmpuint (n_alloc, >, min_alloc);
  g_assert_cmpuint (n_stmt, >, min_stmt);

  /* Back to an earlier step, forward one: the VM is where it was the first time.  Going
   * forward abandons the recorded future, so each visit goes further back. */
  for (guint k = seen->len - 2; k > 5; k -= MIN (k, seen->len / 7))
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
      ml_vm_step (vm, ML_VM_STEP_ANY);
      ml_vm_get_position (vm, &func, &line, NULL);
      g_assert_cmpstr (func, ==, b->func);
      g_assert_cmpuint (line, ==, b->line);
    }
  g_array_unref (seen);
}

static void
test_history (void)
{
  replay ("package main\n\nimport \"fmt\"\n\n"
          "func sq(x int) *int {\n\tr := x * x\n\treturn &r\n}\n\n"
          "func main() {\n\tvar s []*int\n"
          "\tfor i := 0; i < 40; i++ {\n\t\ts = append(s, sq(i))\n"
          "\t\tfmt.Println(i, *s[i])\n\t}\n}\n", 40, 80);
}

/* fmt calling String() keeps results between steps: history must cover them too. */
static void
test_history_fmt_methods (void)
{
  replay ("package main\n\nimport \"fmt\"\n\n"
          "type P struct{ X, Y int }\n\n"
          "func (p P) String() string {\n\ts := fmt.Sprint(p.X)\n\treturn s + \",\" + fmt.Sprint(p.Y)\n}\n\n"
          "func main() {\n\tfor i := 0; i < 10; i++ {\n"
          "\t\tfmt.Println(P{i, i * i}, P{1, 2})\n\t}\n}\n", 10, 40);
}

/* The //memlab: directives of lesson 5, in a program whose lines the test knows: a cycle
 * started by hand, eight units of it (a list of twelve nodes keeps it marking longer than
 * that), pointer writes while it marks, and the rest of it. */
static const char directives_program[] =
  "package main\n"                         /*  1 */
  "\n"
  "import \"fmt\"\n"
  "\n"
  "type Nodo struct {\n"                   /*  5 */
  "\tvalor int\n"
  "\tsig   *Nodo\n"
  "}\n"
  "\n"
  "var lista *Nodo\n"                      /* 10 */
  "\n"
  "func main() {\n"
  "\t//memlab:gogc 50\n"
  "\tfor i := 0; i < 12; i++ {\n"
  "\t\tlista = &Nodo{valor: i, sig: lista}\n" /* 15 */
  "\t}\n"
  "\t//memlab:gc start\n"
  "\t//memlab:gc steps 8\n"
  "\toculto := lista.sig.sig\n"
  "\tlista.sig.sig = nil\n"                /* 20 */
  "\tlista.sig = oculto\n"
  "\t//memlab:gc finish\n"
  "\t//memlab:write-barrier off\n"
  "\t//memlab:gogc off\n"
  "\tfmt.Println(lista.valor, lista.sig.valor)\n" /* 25 */
  "}\n";

enum
{
  LINE_GOGC = 13,
  LINE_GC_START = 17,
  LINE_GC_STEPS = 18,
  LINE_WRITES = 19,
  LINE_GC_FINISH = 22,
  LINE_BARRIER_OFF = 23,
  LINE_PRINT = 25,
};

/* What one step did and left. */
typedef struct
{
  MlVmEvent ev;
  guint64   step;
  guint     line;
  MlGcPhase phase;
  guint64   num_gc;
  guint64   hash;
  gint      gogc;
  gboolean  barrier;
  guint     n_gc_events;     /* the collector's: roots, shades, scans, sweeps, phases */
  guint     n_wb_shades;
  guint     n_mutator;       /* the program's: allocations and pointer writes */
} Trace;

static Trace
trace_now (MlVm      *vm,
           MlRuntime *rt,
           MlVmEvent  ev)
{
  Trace t = { 0 };
  const MlEvent *events;
  guint n = 0;

  t.ev = ev;
  t.step = ml_runtime_get_step (rt);
  ml_vm_get_position (vm, NULL, &t.line, NULL);
  t.phase = ml_runtime_get_phase (rt);
  t.num_gc = ml_runtime_get_num_gc (rt);
  t.hash = ml_runtime_hash_memory (rt);
  t.gogc = ml_runtime_get_gogc (rt);
  t.barrier = ml_runtime_get_write_barrier (rt);
  events = ml_runtime_get_events (rt, &n);
  for (guint i = 0; i < n; i++)
    switch ((MlEventKind) events[i].kind)
      {
      case ML_EVENT_ROOT: case ML_EVENT_SHADE: case ML_EVENT_SCAN: case ML_EVENT_SWEEP:
      case ML_EVENT_PHASE: case ML_EVENT_WB_FLUSH:
        t.n_gc_events++;
        break;
      case ML_EVENT_WB_SHADE:
        t.n_wb_shades++;
        break;
      case ML_EVENT_ALLOC: case ML_EVENT_POINTER_WRITE:
        t.n_mutator++;
        break;
      case ML_EVENT_FREE: case ML_EVENT_EDGE: case ML_EVENT_STACK_GROW:
      case ML_EVENT_STACK_SHRINK: case ML_EVENT_STACK_COPY: case ML_EVENT_ASSIST:
      case ML_EVENT_WORKER_START: case ML_EVENT_WORKER_STOP: case ML_EVENT_INVARIANT_VIOLATION:
      case ML_EVENT_CYCLE_START: case ML_EVENT_CYCLE_END: case ML_EVENT_FRAME_PUSH:
      case ML_EVENT_FRAME_POP: case ML_EVENT_FAULT: case ML_EVENT_GROWSLICE:
      case ML_N_EVENT_KINDS:
      default:
        break;
      }
  return t;
}

/* The index of the first step that left the VM at @line. */
static guint
first_at (GArray *trace,
          guint   line)
{
  for (guint i = 0; i < trace->len; i++)
    if (g_array_index (trace, Trace, i).line == line)
      return i;
  g_assert_not_reached ();
  return 0;
}

static void
test_directives (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (directives_program, &rt);
  g_autoptr(GArray) trace = g_array_new (FALSE, FALSE, sizeof (Trace));
  g_autofree char *line1 = NULL;
  g_autofree char *line2 = NULL;
  const char *output;
  MlMemStats stats;
  MlVmEvent ev;
  Trace *t, *last;
  guint start_at, steps_at, writes_at, finish_at, after_at;
  guint wb_shades = 0;

  ml_runtime_set_history_enabled (rt, TRUE);
  ml_runtime_set_events_enabled (rt, TRUE);
  do
    {
      Trace now;

      ev = ml_vm_step (vm, ML_VM_STEP_ANY);
      now = trace_now (vm, rt, ev);
      g_array_append_val (trace, now);
    }
  while (ev != ML_VM_EVENT_EXIT);
  last = &g_array_index (trace, Trace, trace->len - 1);

  /* The program's own result, and exactly one cycle, the one the directives ran. */
  output = ml_vm_get_output (vm, NULL);
  g_assert_cmpstr (output, ==, "11 9\n");
  ml_runtime_read_memstats (rt, &stats);
  g_assert_cmpuint (stats.num_gc, ==, 1);
  line1 = ml_runtime_gctrace_line (rt, 1);
  line2 = ml_runtime_gctrace_line (rt, 2);
  g_assert_nonnull (line1);
  g_assert_true (g_str_has_prefix (line1, "gc 1 @"));
  g_assert_null (line2);
  g_assert_cmpint (last->phase, ==, ML_GC_OFF);
  g_assert_cmpint (last->gogc, ==, -1);
  g_assert_false (last->barrier);

  /* Every step is one step of sim, and nothing collects before "gc start". */
  for (guint i = 1; i < trace->len; i++)
    g_assert_cmpuint (g_array_index (trace, Trace, i).step, ==,
                      g_array_index (trace, Trace, i - 1).step + 1);
  start_at = first_at (trace, LINE_GC_START);
  for (guint i = 0; i <= start_at; i++)
    {
      t = &g_array_index (trace, Trace, i);
      g_assert_cmpint (t->phase, ==, ML_GC_OFF);
      g_assert_cmpint (t->ev, !=, ML_VM_EVENT_GC_UNIT);
      /* "gogc 50" has run once the VM is past its line. */
      g_assert_cmpint (t->gogc, ==, t->line > LINE_GOGC ? 50 : 100);
    }

  /* "gc start" is one step: the cycle starts and the world stops for sweep termination. */
  steps_at = first_at (trace, LINE_GC_STEPS);
  g_assert_cmpuint (steps_at, ==, start_at + 1);
  t = &g_array_index (trace, Trace, steps_at);
  g_assert_cmpint (t->ev, ==, ML_VM_EVENT_STATEMENT);
  g_assert_cmpint (t->phase, ==, ML_GC_SWEEP_TERMINATION);

  /* Then sweep termination, the world being stopped, and the eight units of "gc steps 8",
   * each its own step on the directive's line; the last one goes on to the next line. */
  writes_at = first_at (trace, LINE_WRITES);
  g_assert_cmpuint (writes_at - steps_at, ==, 1 + 8);
  for (guint i = steps_at + 1; i <= writes_at; i++)
    {
      t = &g_array_index (trace, Trace, i);
      g_assert_cmpint (t->ev, ==, ML_VM_EVENT_GC_UNIT);
      g_assert_cmpuint (t->line, ==, i < writes_at ? LINE_GC_STEPS : LINE_WRITES);
      g_assert_cmpuint (t->n_gc_events, >, 0);
      g_assert_cmpuint (t->n_mutator, ==, 0);
      g_assert_cmpint (t->phase, ==, ML_GC_MARK);
    }

  /* Eight units do not finish the mark, so the program's writes meet the write barrier. */
  finish_at = first_at (trace, LINE_GC_FINISH);
  for (guint i = writes_at + 1; i <= finish_at; i++)
    wb_shades += g_array_index (trace, Trace, i).n_wb_shades;
  g_assert_cmpuint (wb_shades, >, 0);
  g_assert_cmpuint (g_array_index (trace, Trace, finish_at).num_gc, ==, 0);

  /* "gc finish": units until the collector is idle, mark termination and the whole sweep
   * included, one per step, with the directive's line shown until the last. */
  after_at = first_at (trace, LINE_BARRIER_OFF);
  g_assert_cmpuint (after_at - finish_at, >, 2);
  for (guint i = finish_at + 1; i <= after_at; i++)
    {
      t = &g_array_index (trace, Trace, i);
      g_assert_cmpint (t->ev, ==, ML_VM_EVENT_GC_UNIT);
      g_assert_cmpuint (t->line, ==, i < after_at ? LINE_GC_FINISH : LINE_BARRIER_OFF);
      g_assert_cmpuint (t->n_mutator, ==, 0);
      g_assert_cmpint (t->phase == ML_GC_OFF, ==, i == after_at);
    }
  g_assert_cmpuint (g_array_index (trace, Trace, after_at).num_gc, ==, 1);
  for (guint i = after_at + 1; i < trace->len; i++)
    g_assert_cmpint (g_array_index (trace, Trace, i).ev, !=, ML_VM_EVENT_GC_UNIT);
  g_assert_true (g_array_index (trace, Trace, after_at).barrier);

  /* Back into the middle of "gc steps 8": after its fourth unit, four are left, and the
   * rest of the run is what it was. */
  {
    guint units = 0, line;

    g_assert_true (ml_runtime_seek (rt, g_array_index (trace, Trace, steps_at + 1 + 4).step));
    do
      {
        ev = ml_vm_step (vm, ML_VM_STEP_ANY);
        g_assert_cmpint (ev, ==, ML_VM_EVENT_GC_UNIT);
        units++;
        t = &g_array_index (trace, Trace, steps_at + 1 + 4 + units);
        g_assert_cmpuint (ml_runtime_hash_memory (rt), ==, t->hash);
        ml_vm_get_position (vm, NULL, &line, NULL);
        g_assert_cmpuint (line, ==, t->line);
      }
    while (line == LINE_GC_STEPS);
    g_assert_cmpuint (units, ==, 4);
    g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
    g_assert_cmpstr (ml_vm_get_output (vm, NULL), ==, "11 9\n");
    g_assert_cmpuint (ml_runtime_get_num_gc (rt), ==, 1);
    g_assert_cmpuint (ml_runtime_get_step (rt), ==, last->step);
    g_assert_cmpuint (ml_runtime_hash_memory (rt), ==, last->hash);
  }

  /* Stepping back: from the end to before "gc start", each earlier step is restored as it
   * was (position, phase, memory, settings), and one step forward does again what it did. */
  for (guint k = trace->len - 2; k + 1 > start_at - 1; k--)
    {
      Trace *a = &g_array_index (trace, Trace, k);
      Trace *b = &g_array_index (trace, Trace, k + 1);
      Trace again;

      g_assert_true (ml_runtime_seek (rt, a->step));
      again = trace_now (vm, rt, a->ev);
      g_assert_cmpuint (again.line, ==, a->line);
      g_assert_cmpint (again.phase, ==, a->phase);
      g_assert_cmpuint (again.num_gc, ==, a->num_gc);
      g_assert_cmpuint (again.hash, ==, a->hash);
      g_assert_cmpint (again.gogc, ==, a->gogc);
      g_assert_cmpint (again.barrier, ==, a->barrier);
      ev = ml_vm_step (vm, ML_VM_STEP_ANY);
      again = trace_now (vm, rt, ev);
      g_assert_cmpint (again.ev, ==, b->ev);
      g_assert_cmpuint (again.line, ==, b->line);
      g_assert_cmpint (again.phase, ==, b->phase);
      g_assert_cmpuint (again.hash, ==, b->hash);
    }
}

/* A statement at a time, a directive is one statement however many units it runs. */
static void
test_directives_statements (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (directives_program, &rt);
  guint line = 0, prev = 0;
  guint64 before = 0;
  gboolean saw_steps = FALSE, saw_finish = FALSE;

  ml_runtime_set_history_enabled (rt, FALSE);
  for (;;)
    {
      MlVmEvent ev;

      before = ml_runtime_get_step (rt);
      ev = ml_vm_step (vm, ML_VM_STEP_STATEMENT);
      if (ev == ML_VM_EVENT_EXIT)
        break;
      g_assert_cmpint (ev, ==, ML_VM_EVENT_STATEMENT);
      ml_vm_get_position (vm, NULL, &line, NULL);
      if (prev == LINE_GC_STEPS)
        {
          /* Sweep termination and the eight units, then the next line. */
          g_assert_cmpuint (line, ==, LINE_WRITES);
          g_assert_cmpuint (ml_runtime_get_step (rt) - before, ==, 1 + 8);
          saw_steps = TRUE;
        }
      if (prev == LINE_GC_FINISH)
        {
          g_assert_cmpuint (line, ==, LINE_BARRIER_OFF);
          g_assert_cmpint (ml_runtime_get_phase (rt), ==, ML_GC_OFF);
          g_assert_cmpuint (ml_runtime_get_num_gc (rt), ==, 1);
          saw_finish = TRUE;
        }
      prev = line;
    }
  g_assert_true (saw_steps);
  g_assert_true (saw_finish);
  g_assert_cmpstr (ml_vm_get_output (vm, NULL), ==, "11 9\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vm/step/static-data", test_static_data);
  g_test_add_func ("/vm/step/recursive-types", test_recursive_types);
  g_test_add_func ("/vm/step/temporaries-reused", test_temporaries_reused);
  g_test_add_func ("/vm/step/dead-temporaries-garbage", test_dead_temporaries_garbage);
  g_test_add_func ("/vm/step/dead-temporaries-loop", test_dead_temporaries_loop);
  g_test_add_func ("/vm/step/dead-temporaries-cleared", test_dead_temporaries_cleared);
  g_test_add_func ("/vm/step/stack-storage-kept", test_stack_storage_kept);
  g_test_add_func ("/vm/step/step-limit", test_step_limit);
  g_test_add_func ("/vm/step/memory-limit", test_memory_limit);
  g_test_add_func ("/vm/step/history", test_history);
  g_test_add_func ("/vm/step/history-fmt-methods", test_history_fmt_methods);
  g_test_add_func ("/vm/step/directives", test_directives);
  g_test_add_func ("/vm/step/directives-statements", test_directives_statements);
  return g_test_run ();
}
