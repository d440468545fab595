/* ml-slots.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which variables a picture leaves out: one never given a value (in a frame with many
 * variables) and one of the compiler's temporaries that keeps nothing alive.  The memory
 * map, the segments and the heap graph ask the same questions of a frame's slots, so the
 * answers are worked out here.
 */

#include "config.h"

#include "ml-object-names-private.h"
#include "ml-slots-private.h"
#include "ml-value.h"

/* Whether a value's bytes are all zero: a variable that was never given a value. */
gboolean
ml_slot_is_zero (const MlSnapshot *snapshot,
                 const MlSnapSlot *slot)
{
  if (slot->type == NULL || slot->value_offset + slot->type->size > snapshot->n_values)
    return FALSE;

  for (guint64 i = 0; i < slot->type->size; i++)
    if (snapshot->values[slot->value_offset + i] != 0)
      return FALSE;

  return TRUE;
}

static gboolean
in_stack (const MlSnapshot *snapshot,
          guint64           addr)
{
  for (guint g = 0; g < snapshot->n_goroutines; g++)
    if (addr >= snapshot->goroutines[g].stack_lo && addr < snapshot->goroutines[g].stack_hi)
      return TRUE;
  return FALSE;
}

static gboolean
in_heap (const MlSnapshot *snapshot,
         guint64           addr)
{
  for (guint i = 0; i < snapshot->n_segments; i++)
    if (snapshot->segments[i].kind == ML_SEGMENT_HEAP && addr >= snapshot->segments[i].start &&
        addr < snapshot->segments[i].start + snapshot->segments[i].size)
      return !in_stack (snapshot, addr);
  return FALSE;
}

/* Calls @func on each pointer word of @slot's value; stops when it returns TRUE. */
static gboolean
any_pointer (const MlSnapshot *snapshot,
             const MlSnapSlot *slot,
             gboolean        (*func) (const MlSnapshot *snapshot, guint64 value, gconstpointer data),
             gconstpointer     data)
{
  const MlRtype *t = slot->type;

  if (t == NULL || !t->has_pointers || t->ptrmask == NULL ||
      slot->value_offset + t->size > snapshot->n_values)
    return FALSE;
  for (guint64 w = 0; w < t->n_words && (w + 1) * 8 <= t->size; w++)
    if ((t->ptrmask[w >> 6] >> (w & 63)) & 1)
      {
        guint64 v = ml_value_read_word (snapshot->values + slot->value_offset, w * 8);

        if (v != 0 && func (snapshot, v, data))
          return TRUE;
      }
  return FALSE;
}

static gboolean
points_into_heap (const MlSnapshot *snapshot,
                  guint64           value,
                  gconstpointer     data)
{
  return in_heap (snapshot, value);
}

static gboolean
points_into_slot (const MlSnapshot *snapshot,
                  guint64           value,
                  gconstpointer     data)
{
  const MlSnapSlot *target = data;

  return value >= target->addr && value < target->addr + MAX (target->type->size, 1);
}

/**
 * ml_slot_is_idle_temporary:
 *
 * Whether @slot is one of the compiler's temporaries (its name starts with a dot, as
 * ".autotmp" in a frame or ".stmp_3" in data) that nobody needs to see: it holds no
 * pointer to a heap object, so it keeps nothing alive, and no variable points into it, so
 * it is not the storage of a value that did not escape.  The memory map leaves such slots
 * out; a teacher's picture of the Persona program would otherwise hold a dozen copies of
 * its literals.
 */
gboolean
ml_slot_is_idle_temporary (const MlSnapshot *snapshot,
                           const MlSnapSlot *slot)
{
  g_return_val_if_fail (snapshot != NULL && slot != NULL, FALSE);

  /* Package-level ones are qualified: main..stmp_3, the compiler's static temporaries. */
  if (slot->name == NULL || ml_short_name (slot->name)[0] != '.' || slot->type == NULL)
    return FALSE;
  if (any_pointer (snapshot, slot, points_into_heap, NULL))
    return FALSE;
  for (guint i = 0; i < snapshot->n_slots; i++)
    if (&snapshot->slots[i] != slot && any_pointer (snapshot, &snapshot->slots[i], points_into_slot, slot))
      return FALSE;

  return TRUE;
}
