/* ml-frame-layout.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlFrameLayout: building a function's frame description slot by slot, and freezing it when
 * the runtime registers it (the pointer mask that plays Go's stack map is made then).  It is
 * plain data, shared by the compiler and the runtime, so it is a file of its own.
 */

#define G_LOG_DOMAIN "ml-frame-layout"

#include "ml-frame-layout-private.h"
#include "ml-rc-box-private.h"
#include "ml-model-check.h"

#include <string.h>

static void
frame_layout_clear (gpointer data)
{
  MlFrameLayout *self = data;

  g_clear_pointer (&self->function, g_free);
  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->names, g_string_chunk_free);
  g_clear_pointer (&self->ptrmask, g_free);
}

MlFrameLayout *
ml_frame_layout_new (const char *function)
{
  MlFrameLayout *self;

  g_return_val_if_fail (function != NULL, NULL);

  self = g_atomic_rc_box_new0 (MlFrameLayout);
  self->function = g_strdup (function);
  self->slots = g_array_new (FALSE, TRUE, sizeof (MlFrameSlot));
  self->names = g_string_chunk_new (256);
  return self;
}

ML_DEFINE_ATOMIC_RC_BOXED_TYPE (MlFrameLayout, ml_frame_layout, frame_layout_clear)

/* Appends a slot aligned for its type and returns its offset from the frame base. */
guint64
ml_frame_layout_add_slot (MlFrameLayout *self,
                          const char    *name,
                          const MlRtype  *type,
                          MlSlotKind     kind)
{
  g_return_val_if_fail (type != NULL, 0);
  return ml_frame_layout_add_slot_aligned (self, name, type, kind, type->align);
}

/* Appends a slot aligned to @align bytes at least (a power of two), more than its type asks
 * for: Go aligns the stack buffers of append and make to a word whatever their element
 * type.  Returns its offset from the frame base. */
guint64
ml_frame_layout_add_slot_aligned (MlFrameLayout *self,
                                  const char    *name,
                                  const MlRtype  *type,
                                  MlSlotKind     kind,
                                  guint          align)
{
  MlFrameSlot slot = { 0 };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (type != NULL, 0);
  g_return_val_if_fail (!self->frozen, 0);
  g_return_val_if_fail ((align & (align - 1)) == 0, 0);

  align = MAX (MAX (align, type->align), 1);
  slot.name = g_string_chunk_insert (self->names, name ? name : "_");
  slot.type = type;
  slot.kind = kind;
  slot.offset = (self->size + align - 1) / align * align;
  self->size = slot.offset + type->size;
  g_array_append_val (self->slots, slot);
  return slot.offset;
}

void
_ml_frame_layout_freeze (MlFrameLayout *self,
                         guint          id)
{
  g_assert (self != NULL);

  if (self->frozen)
    return;
  self->frozen = TRUE;
  self->id = id;
  /* Frames are a whole number of words so that the header that follows stays aligned. */
  self->size = (self->size + 7) & ~G_GUINT64_CONSTANT (7);
  self->n_words = self->size / 8;
  self->ptrmask = g_new0 (guint64, self->n_words / 64 + 1);
  for (guint i = 0; i < self->slots->len; i++)
    {
      const MlFrameSlot *slot = &g_array_index (self->slots, MlFrameSlot, i);

      if (!slot->type->has_pointers)
        continue;
      ml_model_check (slot->offset % 8 == 0);
      for (guint64 w = 0; w < slot->type->n_words; w++)
        if (ml_rtype_word_is_pointer (slot->type, w))
          {
            guint64 word = slot->offset / 8 + w;
            self->ptrmask[word / 64] |= G_GUINT64_CONSTANT (1) << (word % 64);
          }
    }
}

const char *
ml_frame_layout_get_function (const MlFrameLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->function;
}

guint64
ml_frame_layout_get_size (const MlFrameLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->size;
}

guint
ml_frame_layout_get_n_slots (const MlFrameLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->slots->len;
}

const MlFrameSlot *
ml_frame_layout_get_slot (const MlFrameLayout *self,
                          guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->slots->len, NULL);
  return &g_array_index (self->slots, MlFrameSlot, index);
}

const MlFrameSlot *
ml_frame_layout_find_slot (const MlFrameLayout *self,
                           const char          *name)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  for (guint i = 0; i < self->slots->len; i++)
    {
      const MlFrameSlot *slot = &g_array_index (self->slots, MlFrameSlot, i);

      if (strcmp (slot->name, name) == 0)
        return slot;
    }
  return NULL;
}

gboolean
ml_frame_layout_is_frozen (const MlFrameLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->frozen;
}
