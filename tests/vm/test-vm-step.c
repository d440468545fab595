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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vm/step/static-data", test_static_data);
  g_test_add_func ("/vm/step/temporaries-reused", test_temporaries_reused);
  g_test_add_func ("/vm/step/step-limit", test_step_limit);
  g_test_add_func ("/vm/step/memory-limit", test_memory_limit);
  g_test_add_func ("/vm/step/history", test_history);
  g_test_add_func ("/vm/step/history-fmt-methods", test_history_fmt_methods);
  return g_test_run ();
}
