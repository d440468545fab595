/* ml-append-copy.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The copy an append made past capacity, as the memory map and the heap graph both draw it:
 * a dashed arrow in the accent colour from the old backing array to the new one, over
 * everything, and its label ("append copied 64 B").  Each view routes the arrow its own way;
 * how the copy looks and what it says are decided here, once.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-append-copy-private.h"
#include "ml-names.h"

/**
 * ml_append_copy_label:
 *
 * Returns: (transfer full): the words on the arrow of the copy @event made
 */
char *
ml_append_copy_label (const MlEvent *event)
{
  g_autofree char *bytes = ml_format_bytes (event->value, ML_BYTES_EXACT);

  /* Translators: on the arrow from a slice's old array to its new one, e.g. "append copied 64 B". */
  return g_strdup_printf (_("append copied %s"), bytes);
}

/* Gives the arrow of a copy its look, between the scene's boxes @from_box and @to_box. */
void
ml_append_copy_style (MlSceneArrow    *arrow,
                      const MlPalette *palette,
                      gint             from_box,
                      gint             to_box)
{
  arrow->flags |= ML_ARROW_DASHED;
  arrow->color = palette->accent;
  arrow->width = 2.5;
  arrow->z = ML_Z_OVERLAY;
  arrow->from_box = from_box;
  arrow->to_box = to_box;
  arrow->klass = "copy";
}

/* Adds the label of the copy @event made at (@x, @y). */
MlSceneText *
ml_append_copy_add_label (MlScene         *scene,
                          const MlEvent   *event,
                          const char      *label,
                          double           x,
                          double           y,
                          const MlPalette *palette)
{
  MlSceneText *t = ml_scene_add_text (scene, ml_scene_key ("copy-label", event->addr, event->addr2), label,
                                      ML_TEXT_BODY, x, y, &palette->accent);

  t->z = ML_Z_OVERLAY;
  t->klass = "copy";

  return t;
}

/**
 * ml_append_copy_old_elements:
 * @n: (out): how many elements the append copied out of it
 *
 * An array an append has just left behind may be a tiny block, which keeps no type (the
 * first append to a []int leaves a [1]int of 8 bytes): its elements are those of the array
 * the append copied them into.
 *
 * Returns: (nullable): the type of the elements of @object if this step's append copied
 *   them out of it, or %NULL
 */
const MlRtype *
ml_append_copy_old_elements (const MlSnapshot   *snapshot,
                             const MlSnapObject *object,
                             guint64            *n)
{
  for (guint e = 0; e < snapshot->n_events; e++)
    {
      const MlEvent *ev = &snapshot->events[e];
      gint64 target;
      const MlRtype *elem;

      if (ev->kind != ML_EVENT_GROWSLICE || ev->addr != object->addr || ev->value == 0)
        continue;
      target = ml_snapshot_find_object (snapshot, ev->addr2);
      if (target < 0 || (elem = snapshot->objects[target].type) == NULL || elem->size == 0 ||
          ev->value % elem->size != 0 || ev->value > object->value_size)
        continue;
      *n = ev->value / elem->size;
      return elem;
    }

  return NULL;
}
