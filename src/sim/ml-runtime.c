/* ml-runtime.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlRuntime's life cycle, settings, the program image (functions, string literals, package
 * variables, frame layouts), driver registers and the sandbox operations: what a driver calls
 * on the runtime as a whole.  Each part of the runtime has its own file (see README.md); this
 * one only starts them, ends them and reaches them through their public functions.
 */

#define G_LOG_DOMAIN "ml-runtime"

#include "ml-runtime-private.h"
#include "ml-memory-private.h"
#include "ml-heap-private.h"
#include "ml-stack-private.h"
#include "ml-gc-private.h"
#include "ml-referee-private.h"
#include "ml-history-private.h"
#include "ml-model-check.h"

#include <string.h>

G_DEFINE_FINAL_TYPE (MlRuntime, ml_runtime, G_TYPE_OBJECT)

static void
ml_runtime_finalize (GObject *object)
{
  MlRuntime *self = (MlRuntime *) object;

  _ml_history_finalize (self);
  _ml_referee_finalize (self);
  _ml_heap_finalize (self);
  _ml_memory_finalize (self);
  _ml_stack_finalize (self);
  _ml_gc_finalize (self);
  g_clear_pointer (&self->functions, g_array_unref);
  g_clear_pointer (&self->strings, g_hash_table_unref);
  g_clear_pointer (&self->rodata_symbols, g_array_unref);
  g_clear_pointer (&self->globals, g_array_unref);
  g_clear_pointer (&self->names, g_string_chunk_free);
  g_clear_pointer (&self->global_ptrmask[0], g_free);
  g_clear_pointer (&self->global_ptrmask[1], g_free);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->type_descs, g_hash_table_unref);
  g_clear_pointer (&self->types, ml_rtype_registry_unref);

  G_OBJECT_CLASS (ml_runtime_parent_class)->finalize (object);
}

static void
ml_runtime_class_init (MlRuntimeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ml_runtime_finalize;
}

static void
ml_runtime_init (MlRuntime *self)
{
  self->types = ml_rtype_registry_new ();
  self->functions = g_array_new (FALSE, FALSE, sizeof (MlFunction));
  self->strings = g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify) g_bytes_unref, NULL);
  self->rodata_symbols = g_array_new (FALSE, FALSE, sizeof (MlFunction));
  self->globals = g_array_new (FALSE, TRUE, sizeof (MlGlobal));
  self->names = g_string_chunk_new (1024);
  self->global_ptrmask[0] = g_new0 (guint64, ML_REGION_MAX / 8 / 64);
  self->global_ptrmask[1] = g_new0 (guint64, ML_REGION_MAX / 8 / 64);
  self->layouts = g_ptr_array_new_with_free_func ((GDestroyNotify) ml_frame_layout_unref);
  self->type_descs = g_hash_table_new (NULL, NULL);
  /* Maps are seeded from this source; a fixed start makes every run of a program iterate its
   * maps in the same order (ml_runtime_set_random_seed() chooses another). */
  self->rand_state = G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  _ml_history_init (self);
  _ml_memory_init (self);
  _ml_heap_init (self);
  _ml_stack_init (self);
  _ml_gc_init (self);

  /* runtime.zerobase, what zero-size allocations point at, lives in bss. */
  self->zerobase = ml_runtime_add_global (self, "runtime.zerobase",
                                          ml_rtype_registry_basic (self->types, ML_KIND_UINTPTR), FALSE);
  self->current_g = ml_runtime_new_goroutine (self);
  /* runtime._defer is the runtime's own type: a driver's frame slots for records on the
   * stack take it from here. */
  ml_runtime_defer_type (self);
  _ml_pacer_commit (self, self->gc.phase != ML_GC_SWEEP);

  /* The program starts at step 0 with history on. */
  g_array_set_size (self->pending_events, 0);
  ml_runtime_set_history_enabled (self, TRUE);
}

/* A fresh runtime: empty segments, goroutine 1 with a 2 KiB stack, GOGC=100, GOMAXPROCS=2,
 * the write barrier on, history on at step 0, events on, the referee off. */
MlRuntime *
ml_runtime_new (void)
{
  return g_object_new (ML_RUNTIME_TYPE, NULL);
}

MlRtypeRegistry *
ml_runtime_get_types (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), NULL);
  return self->types;
}

/* ----------------------------------------------------------------------------------------- */
/* Settings                                                                                  */

void
ml_runtime_set_gogc (MlRuntime *self,
                     gint       percent)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  ML_JOURNALED_SET (self, self->gc.gcpercent, (gint64) (percent < 0 ? -1 : percent));
  _ml_pacer_commit (self, self->gc.phase != ML_GC_SWEEP);
}

gint
ml_runtime_get_gogc (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 100);
  return (gint) (gint64) self->gc.gcpercent;
}

void
ml_runtime_set_memory_limit (MlRuntime *self,
                             gint64     bytes)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  g_return_if_fail (bytes >= 0);
  ML_JOURNALED_SET (self, self->gc.memory_limit, bytes);
  _ml_pacer_commit (self, self->gc.phase != ML_GC_SWEEP);
}

/* The minimum heap at GOGC=100 (4 MiB in Go); lower it to see cycles in small programs. */
void
ml_runtime_set_heap_minimum (MlRuntime *self,
                             guint64    bytes)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  ML_JOURNALED_SET (self, self->gc.heap_minimum_base, bytes);
  _ml_pacer_commit (self, self->gc.phase != ML_GC_SWEEP);
}

void
ml_runtime_set_gomaxprocs (MlRuntime *self,
                           guint      procs)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  g_return_if_fail (procs >= 1 && procs <= 32);
  /* procresize allocates a P for each new processor; the runtime's heap follows. */
  ML_JOURNALED_SET (self, self->gc.heap_live, self->gc.heap_live - _ml_pacer_runtime_heap (self));
  ML_JOURNALED_SET (self, self->gc.gomaxprocs, procs);
  ML_JOURNALED_SET (self, self->gc.heap_live, self->gc.heap_live + _ml_pacer_runtime_heap (self));
}

guint
ml_runtime_get_gomaxprocs (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 1);
  return self->gc.gomaxprocs;
}

void
ml_runtime_set_write_barrier (MlRuntime *self,
                              gboolean   enabled)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  ML_JOURNALED_SET (self, self->gc.wb_switch, !!enabled);
}

gboolean
ml_runtime_get_write_barrier (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), TRUE);
  return self->gc.wb_switch != 0;
}

void
ml_runtime_set_checker (MlRuntime *self,
                        MlChecks   checks)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  self->checker = checks & ML_CHECK_REACHABLE;
  self->check_tricolour = (checks & ML_CHECK_TRICOLOUR) != 0;
  self->reach_valid = FALSE;
}

void
ml_runtime_set_events_enabled (MlRuntime *self,
                               gboolean   enabled)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  self->events_on = !!enabled;
}

/* ----------------------------------------------------------------------------------------- */
/* Program image                                                                             */

guint64
ml_runtime_add_function (MlRuntime  *self,
                         const char *name,
                         guint64     code_size)
{
  MlFunction f;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  f.name = g_string_chunk_insert (self->names, name);
  f.size = MAX (code_size, 1);
  /* Functions are 32-byte aligned in Go's text segment. */
  f.addr = _ml_region_alloc (self, ML_REGION_TEXT, f.size, 32);
  g_array_append_val (self->functions, f);
  return f.addr;
}

const char *
ml_runtime_function_at (MlRuntime *self,
                        guint64    pc)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), NULL);

  for (guint i = 0; i < self->functions->len; i++)
    {
      const MlFunction *f = &g_array_index (self->functions, MlFunction, i);

      if (pc >= f->addr && pc < f->addr + f->size)
        return f->name;
    }
  return NULL;
}

/* String literals live in rodata, interned: the same literal twice is one address. */
guint64
ml_runtime_intern_string (MlRuntime  *self,
                          const char *str,
                          gssize      len)
{
  g_autoptr(GBytes) key = NULL;
  gpointer found;
  guint64 addr;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (str != NULL || len == 0, 0);

  if (len < 0)
    len = strlen (str);
  if (len == 0)
    return 0;
  key = g_bytes_new (str, len);
  if ((found = g_hash_table_lookup (self->strings, key)) != NULL)
    return GPOINTER_TO_SIZE (found);

  addr = _ml_region_alloc (self, ML_REGION_RODATA, len, 1);
  /* The compiler refuses a program whose literals do not fit (ml-compile-image.c); a
   * caller that still gets 0 sees a nil string rather than a write to address 0. */
  if (addr == 0)
    return 0;
  /* Rodata is written once, outside history: literals only accumulate. */
  {
    gboolean on = self->journal.on;

    self->journal.on = FALSE;
    for (gssize i = 0; i < len; i++)
      {
        guint64 a = addr + i;
        guint64 *w = _ml_word_ptr (self, a & ~G_GUINT64_CONSTANT (7), TRUE);

        ((guint8 *) w)[a & 7] = (guint8) str[i];
      }
    self->journal.on = on;
  }
  g_hash_table_insert (self->strings, g_steal_pointer (&key), GSIZE_TO_POINTER (addr));
  return addr;
}

/**
 * ml_runtime_add_rodata_symbol:
 * @self: the runtime
 * @name: the symbol's name, as Go's linker names it ("go:itab.*main.T,main.I", "main.f·f")
 * @bytes: its contents, @len bytes
 * @len: its size
 *
 * Adds read-only runtime data: the itabs Go's linker emits and the runtime makes with
 * persistentalloc, and the static closures of functions used as values.  They are neither
 * on the heap nor package variables; like the literals they only accumulate, outside
 * history.  Snapshots list them by name (MlSnapshot.symbols), so that the views can tell
 * what an interface's first word points at.
 *
 * Returns: the symbol's address (8-byte aligned), or 0 when rodata is full
 */
guint64
ml_runtime_add_rodata_symbol (MlRuntime     *self,
                              const char    *name,
                              gconstpointer  bytes,
                              gsize          len)
{
  MlFunction sym;
  gboolean on;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (bytes != NULL || len == 0, 0);

  sym.name = g_string_chunk_insert (self->names, name);
  sym.size = MAX (len, 1);
  sym.addr = _ml_region_alloc (self, ML_REGION_RODATA, (sym.size + 7) & ~G_GUINT64_CONSTANT (7), 8);
  if (sym.addr == 0)
    return 0;
  on = self->journal.on;
  self->journal.on = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      guint64 a = sym.addr + i;
      guint64 *w = _ml_word_ptr (self, a & ~G_GUINT64_CONSTANT (7), TRUE);

      ((guint8 *) w)[a & 7] = ((const guint8 *) bytes)[i];
    }
  self->journal.on = on;
  g_array_append_val (self->rodata_symbols, sym);
  return sym.addr;
}

/* A package variable: initialized ones go to data, zero ones to bss, as the linker does. */
guint64
ml_runtime_add_global (MlRuntime    *self,
                       const char   *name,
                       const MlRtype *type,
                       gboolean      initialized)
{
  MlRegionId region = initialized ? ML_REGION_DATA : ML_REGION_BSS;
  guint64 *mask = self->global_ptrmask[initialized ? 0 : 1];
  MlGlobal glob = { 0 };
  guint64 addr;
  guint64 first;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (type != NULL, 0);

  addr = _ml_region_alloc (self, region, MAX (type->size, 1), MAX (type->align, 1));
  if (addr == 0)
    return 0;
  first = (addr - self->regions[region].base) / 8;
  for (guint64 w = 0; w < (type->size + 7) / 8; w++)
    {
      guint64 bit = first + w;
      guint64 one = G_GUINT64_CONSTANT (1) << (bit % 64);

      if ((addr & 7) == 0 && ml_rtype_word_is_pointer (type, w))
        mask[bit / 64] |= one;
      else
        mask[bit / 64] &= ~one;
    }

  glob.name = g_string_chunk_insert (self->names, name);
  glob.type = type;
  glob.addr = addr;
  glob.region = region;
  /* Entries past the journaled count are reused after going back in history. */
  if (self->nglobals < self->globals->len)
    g_array_index (self->globals, MlGlobal, self->nglobals) = glob;
  else
    g_array_append_val (self->globals, glob);
  ML_JOURNALED_SET (self, self->nglobals, self->nglobals + 1);
  return addr;
}

guint64
ml_runtime_lookup_global (MlRuntime  *self,
                          const char *name)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  for (guint64 i = self->nglobals; i > 0; i--)
    {
      const MlGlobal *glob = &g_array_index (self->globals, MlGlobal, i - 1);

      if (strcmp (glob->name, name) == 0)
        return glob->addr;
    }
  return 0;
}

guint
ml_runtime_register_frame_layout (MlRuntime     *self,
                                  MlFrameLayout *layout)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (layout != NULL, 0);

  if (layout->frozen)
    {
      g_return_val_if_fail (layout->id < self->layouts->len &&
                            self->layouts->pdata[layout->id] == layout, 0);
      return layout->id;
    }
  _ml_frame_layout_freeze (layout, self->layouts->len);
  g_ptr_array_add (self->layouts, ml_frame_layout_ref (layout));
  return layout->id;
}

/* ----------------------------------------------------------------------------------------- */
/* Registers                                                                                 */

guint64
ml_runtime_get_register (MlRuntime *self,
                         guint      index)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (index < ML_RUNTIME_N_REGISTERS);
  return self->regs[index];
}

void
ml_runtime_set_register (MlRuntime *self,
                         guint      index,
                         guint64    value)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  ml_model_check (index < ML_RUNTIME_N_REGISTERS);
  ML_JOURNALED_SET (self, self->regs[index], value);
}

/* ----------------------------------------------------------------------------------------- */
/* Sandbox                                                                                   */

/* `var name = new(T)`: a new package variable of type *T holding a new T. */
guint64
ml_runtime_sandbox_alloc_global (MlRuntime    *self,
                                 const char   *name,
                                 const MlRtype *type)
{
  const MlRtype *ptr;
  guint64 slot;
  guint64 obj;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (name != NULL && type != NULL, 0);

  ptr = ml_rtype_registry_pointer_to (self->types, type);
  slot = ml_runtime_lookup_global (self, name);
  if (slot == 0)
    slot = ml_runtime_add_global (self, name, ptr, FALSE);
  obj = ml_runtime_new_object (self, type);
  ml_runtime_write_pointer (self, slot, obj);
  return obj;
}

/* `name := new(T)` in main: a slot of the sandbox's own frame on goroutine 1.  The frame is
 * pushed on first use with room for 64 pointer variables. */
guint64
ml_runtime_sandbox_alloc_local (MlRuntime    *self,
                                const char   *name,
                                const MlRtype *type)
{
  MlG *g;
  guint64 base;
  guint64 obj;
  guint index;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (name != NULL && type != NULL, 0);

  if (self->sandbox_layout == NULL)
    {
      const MlRtype *any = ml_rtype_registry_basic (self->types, ML_KIND_UNSAFE_POINTER);

      self->sandbox_layout = ml_frame_layout_new ("main.sandbox");
      for (guint i = 0; i < 64; i++)
        {
          g_autofree char *slot = g_strdup_printf ("v%u", i);
          ml_frame_layout_add_slot (self->sandbox_layout, slot, any, ML_SLOT_LOCAL);
        }
      ml_runtime_register_frame_layout (self, self->sandbox_layout);
      ml_frame_layout_unref (self->sandbox_layout);
    }

  g = _ml_g (self, 1);
  if (g->top_frame == 0 || _ml_stack_frame_layout (self, g->top_frame) != self->sandbox_layout)
    ml_runtime_push_frame (self, 1, self->sandbox_layout->id);
  base = ml_runtime_get_frame_base (self, 1, 0);
  index = self->regs[ML_RUNTIME_N_REGISTERS - 1];
  if (index >= 64)
    return 0;
  ml_runtime_set_register (self, ML_RUNTIME_N_REGISTERS - 1, index + 1);
  obj = ml_runtime_new_object (self, type);
  base = ml_runtime_get_frame_base (self, 1, 0);
  ml_runtime_write_pointer (self, base + index * 8, obj);
  return obj;
}

/* `obj.field = new(T)`. */
guint64
ml_runtime_sandbox_alloc_field (MlRuntime    *self,
                                guint64       object,
                                guint64       offset,
                                const MlRtype *type)
{
  guint64 obj;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (type != NULL, 0);

  obj = ml_runtime_new_object (self, type);
  if (ml_runtime_write_pointer (self, object + offset, obj) != ML_FAULT_NONE)
    return 0;
  return obj;
}

/* `obj.field = target` (target 0 clears it). */
gboolean
ml_runtime_sandbox_set_field (MlRuntime *self,
                              guint64    object,
                              guint64    offset,
                              guint64    target)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), FALSE);
  return ml_runtime_write_pointer (self, object + offset, target) == ML_FAULT_NONE;
}

/* `name = nil` for a package variable or a sandbox local. */
gboolean
ml_runtime_sandbox_clear_root (MlRuntime  *self,
                               const char *name)
{
  guint64 addr;

  g_return_val_if_fail (ML_IS_RUNTIME (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  addr = ml_runtime_lookup_global (self, name);
  if (addr == 0 && self->sandbox_layout != NULL && name[0] == 'v')
    {
      const MlFrameSlot *slot = ml_frame_layout_find_slot (self->sandbox_layout, name);
      guint64 base = ml_runtime_get_frame_base (self, 1, 0);

      if (slot != NULL && base != 0)
        addr = base + slot->offset;
    }
  if (addr == 0)
    return FALSE;
  return ml_runtime_write_pointer (self, addr, 0) == ML_FAULT_NONE;
}
