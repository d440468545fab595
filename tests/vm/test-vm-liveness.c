/* test-vm-liveness.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Liveness as Go computes it (cmd/compile/internal/liveness/plive.go): which named slots of
 * a frame are live at given lines, as a snapshot shows them, and that the collector frees
 * what only a dead slot reaches while runtime.KeepAlive keeps it.  The expectations come from
 * Go's rules, cited line by line.
 */

#include "config.h"

#include <string.h>

#include "ml-runtime.h"
#include "ml-snapshot.h"
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

static const char program[] =
  "package main\n"                              /*  1 */
  "\n"
  "import \"runtime\"\n"
  "\n"
  "type T struct {\n"                           /*  5 */
  "\tn int\n"
  "\tp *T\n"
  "}\n"
  "\n"
  "func usa(p *T) int {\n"                      /* 10 */
  "\tn := p.n\n"
  "\truntime.GC()\n"
  "\treturn n\n"
  "}\n"
  "\n"                                          /* 15 */
  "func main() {\n"
  "\ta := new(T)\n"
  "\tb := new(T)\n"
  "\ta.n = 1\n"
  "\tb.n = 2\n"                                 /* 20 */
  "\truntime.GC()\n"
  "\truntime.KeepAlive(b)\n"
  "\tvar s []*T\n"
  "\tfor i := 0; i < 2; i++ {\n"
  "\t\ts = append(s, a)\n"                      /* 25 */
  "\t}\n"
  "\tprintln(usa(s[0]))\n"
  "\tprintln(len(s))\n"
  "}\n";

/* At @line of @func (the statement about to run), slot @slot is dead (after @dead_after) or
 * live (@dead_after 0). */
typedef struct
{
  const char *func;
  guint       line;
  const char *slot;
  gboolean    dead;
  guint       dead_after;
} Expect;

static const Expect expects[] = {
  /* a is used in the loop at line 25 and b by KeepAlive at 22 (plive.go: OpKeepAlive is a
   * read, "Read is a read, obviously"): both live at runtime.GC(). */
  { "main.main", 21, "a", FALSE, 0 },
  { "main.main", 21, "b", FALSE, 0 },
  /* After KeepAlive nothing reads b: dead, its last use at line 22. */
  { "main.main", 23, "b", TRUE, 22 },
  { "main.main", 23, "a", FALSE, 0 },
  /* Inside the loop a is live across the back edge (plive.go's solve: liveout is the union
   * of the successors' livein, the loop's head among them). */
  { "main.main", 25, "a", FALSE, 0 },
  /* After the loop a is dead: only s keeps its object. */
  { "main.main", 27, "a", TRUE, 25 },
  { "main.main", 27, "s", FALSE, 0 },
  /* A parameter after its last use is dead (shouldTrack: PPARAM is tracked like a local). */
  { "main.usa", 12, "p", TRUE, 11 },
  /* main waits in the call of usa at line 27: s is read again at line 28, so it is live
   * (the map of a call is what is live after it). */
  { "main.main", 27, "s", FALSE, 0 },
};

static const MlSnapSlot *
find_slot (MlSnapshot *snap,
           guint       frame,
           const char *name)
{
  const MlSnapFrame *f = &snap->frames[frame];

  for (guint s = 0; s < f->n_slots; s++)
    if (g_strcmp0 (snap->slots[f->first_slot + s].name, name) == 0)
      return &snap->slots[f->first_slot + s];
  return NULL;
}

static void
test_slots (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (program, &rt);
  gboolean seen[G_N_ELEMENTS (expects)] = { FALSE };
  MlVmEvent ev;

  ml_runtime_set_checker (rt, ML_CHECK_ALL);
  do
    {
      const char *func;
      guint line;
      g_autoptr(MlSnapshot) snap = NULL;

      ev = ml_vm_step (vm, ML_VM_STEP_STATEMENT);
      if (ev == ML_VM_EVENT_EXIT)
        break;
      ml_vm_get_position (vm, &func, &line, NULL);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ROOTS);
      for (guint k = 0; k < G_N_ELEMENTS (expects); k++)
        {
          const Expect *e = &expects[k];
          const MlSnapSlot *slot = NULL;

          if (e->line != line)
            continue;
          /* The frame of e->func: the innermost one, or main waiting in a call. */
          for (guint f = 0; f < snap->n_frames && slot == NULL; f++)
            if (g_strcmp0 (snap->frames[f].function, e->func) == 0)
              slot = find_slot (snap, f, e->slot);
          if (slot == NULL || (g_strcmp0 (func, e->func) != 0 && g_strcmp0 (e->func, "main.main") != 0))
            continue;
          if (g_strcmp0 (func, e->func) != 0 && e->line != 27)
            continue;
          g_test_message ("%s:%u %s", e->func, e->line, e->slot);
          g_assert_cmpint (slot->dead, ==, e->dead);
          g_assert_cmpuint (slot->dead_after, ==, e->dead_after);
          seen[k] = TRUE;
        }
    }
  while (ev != ML_VM_EVENT_PANIC && ev != ML_VM_EVENT_LIMIT);
  g_assert_cmpuint (ml_runtime_get_n_violations (rt), ==, 0);
  for (guint k = 0; k < G_N_ELEMENTS (expects); k++)
    g_assert_true (seen[k]);
}

static const char freed_program[] =
  "package main\n"
  "\n"
  "import \"runtime\"\n"
  "\n"
  "func main() {\n"
  "\tbuf := make([]byte, 1<<20)\n"
  "\tbuf[0] = 1\n"
  "\truntime.GC()\n"
  "\t%s\n"
  "}\n";

/* The heap after runtime.GC() with @tail after it. */
static guint64
heap_after_gc (const char *tail)
{
  g_autofree char *source = g_strdup_printf (freed_program, tail);
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (source, &rt);
  MlMemStats stats;

  ml_runtime_set_checker (rt, ML_CHECK_ALL);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  g_assert_cmpuint (ml_runtime_get_n_violations (rt), ==, 0);
  ml_runtime_read_memstats (rt, &stats);
  return stats.heap_alloc;
}

/* An object only a dead slot reaches is garbage at the next cycle; runtime.KeepAlive keeps
 * it (mfinal.go: "KeepAlive marks its argument as currently reachable"). */
static void
test_freed (void)
{
  guint64 dead = heap_after_gc ("println(\"fin\")");
  guint64 kept = heap_after_gc ("runtime.KeepAlive(buf)");

  g_assert_cmpuint (dead, <, 1 << 20);
  g_assert_cmpuint (kept, >=, 1 << 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vm/liveness/slots", test_slots);
  g_test_add_func ("/vm/liveness/freed", test_freed);
  return g_test_run ();
}
