/* ml-render.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ml-render-private.h"
#include "ml-value.h"

MlColor
ml_render_colour_fill (const MlPalette *palette,
                       guint8           colour)
{
  switch ((MlColour)colour)
    {
    case ML_COLOUR_WHITE:
      return palette->object_white;
    case ML_COLOUR_GREY:
      return palette->object_grey;
    case ML_COLOUR_BLACK:
      return palette->object_black;
    case ML_COLOUR_FREED:
      return palette->object_freed;
    case ML_COLOUR_FREE:
    default:
      return palette->segment_free;
    }
}

MlColor
ml_render_colour_text (const MlPalette *palette,
                       guint8           colour)
{
  switch ((MlColour)colour)
    {
    case ML_COLOUR_WHITE:
      return palette->object_white_text;
    case ML_COLOUR_GREY:
      return palette->object_grey_text;
    case ML_COLOUR_BLACK:
      return palette->object_black_text;
    case ML_COLOUR_FREED:
    case ML_COLOUR_FREE:
    default:
      return palette->dim_foreground;
    }
}

/* The letter on each object, so that the state reads in greyscale print and for viewers
 * who cannot tell the greys apart.  One letter, not translated: W, G and B are what the
 * lecture's own tricolour vocabulary abbreviates to in both languages' slides. */
const char *
ml_render_colour_letter (guint8 colour)
{
  switch ((MlColour)colour)
    {
    case ML_COLOUR_WHITE:
      return "W";
    case ML_COLOUR_GREY:
      return "G";
    case ML_COLOUR_BLACK:
      return "B";
    case ML_COLOUR_FREED:
      return "×";
    case ML_COLOUR_FREE:
    default:
      return "";
    }
}

const char *
ml_render_colour_name (guint8 colour)
{
  switch ((MlColour)colour)
    {
    case ML_COLOUR_WHITE:
      /* Translators: tricolour state: not reached (yet); garbage if still white at the end. */
      return _("white: not reached yet");
    case ML_COLOUR_GREY:
      return _("grey: reached, to scan");
    case ML_COLOUR_BLACK:
      return _("black: reached and scanned");
    case ML_COLOUR_FREED:
      return _("freed by the sweep");
    case ML_COLOUR_FREE:
    default:
      return _("free slot");
    }
}

/* Go names are package-qualified ("main.Persona", "main.num"); the pictures are about one
 * program, so its own package prefix is left out. */
const char *
ml_render_short_name (const char *name)
{
  if (name == NULL)
    return "";
  if (g_str_has_prefix (name, "main."))
    return name + 5;

  return name;
}

/**
 * ml_render_type_name:
 *
 * Returns: (transfer full): the type's name without the program's own package, everywhere
 *   in it: "*main.Node" → "*Node", "[]main.Item" → "[]Item"
 */
char *
ml_render_type_name (const char *name)
{
  GString *out;

  if (name == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  for (const char *p = name; *p != '\0';)
    {
      gboolean boundary = p == name || !(g_ascii_isalnum (p[-1]) || p[-1] == '_' || p[-1] == '.');

      if (boundary && g_str_has_prefix (p, "main."))
        {
          p += 5;
          continue;
        }
      g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/* What the values of a snapshot say about the memory they point at: how long the array
 * each slice header runs into is (the model only knows the slot an array was given, which
 * the size classes round up: make([]int, 5) gets a 48-byte slot), and which rodata strings a
 * string header points at.  Worked out on first use, as most pictures need neither. */
struct _MlRenderRefs
{
  const MlSnapshot *snapshot;
  gboolean          ready;
  GHashTable       *lengths;   /* object addr → elements the headers reach, both guint64 */
  GHashTable       *strings;   /* rodata addr of a string some header points at */
};

/* The bytes of an object that hold its value: its slot without the malloc header. */
static guint64
object_payload (const MlSnapObject *object)
{
  guint64 header = (object->flags & ML_OBJECT_HEADER) ? 8 : 0;

  return object->size > header ? object->size - header : 0;
}

static void
note_length (MlRenderRefs *refs,
             guint64       object,
             guint64       length)
{
  guint64 *old = g_hash_table_lookup (refs->lengths, &object);

  if (old == NULL)
    {
      guint64 *key = g_new (guint64, 1);

      *key = object;
      old = g_new0 (guint64, 1);
      g_hash_table_insert (refs->lengths, key, old);
    }
  *old = MAX (*old, length);
}

/* Records the slice and string headers in one value of @type at @bytes (@avail of them
 * copied), through structs and arrays. */
static void
walk_value (MlRenderRefs *refs,
            const MlRtype *type,
            const guint8 *bytes,
            guint64       avail,
            guint         depth)
{
  const MlSnapshot *snapshot = refs->snapshot;

  if (type == NULL || !type->has_pointers || type->size > avail || depth > 16)
    return;

  if (type->kind == ML_KIND_SLICE)
    {
      guint64 ptr = ml_value_read_word (bytes, 0);
      guint64 cap = ml_value_read_word (bytes, 16);
      gint64 o = ptr != 0 && type->elem != NULL && type->elem->size > 0 ? ml_snapshot_find_object (snapshot, ptr) : -1;

      /* Only an array of the header's own elements: a length counts elements. */
      if (o >= 0 && ptr >= snapshot->objects[o].addr && snapshot->objects[o].type != NULL &&
          snapshot->objects[o].type->size == type->elem->size)
        note_length (refs, snapshot->objects[o].addr, (ptr - snapshot->objects[o].addr) / type->elem->size + cap);
    }
  else if (type->kind == ML_KIND_STRING)
    {
      guint64 ptr = ml_value_read_word (bytes, 0);
      const MlSnapString *s = ptr != 0 ? ml_value_find_string (snapshot, ptr) : NULL;

      if (s != NULL)
        g_hash_table_add (refs->strings, GSIZE_TO_POINTER ((gsize)s->addr));
    }
  else if (type->kind == ML_KIND_STRUCT)
    {
      for (guint i = 0; i < type->n_fields; i++)
        walk_value (refs, type->fields[i].type, bytes + type->fields[i].offset, avail - type->fields[i].offset,
                    depth + 1);
    }
  else if (type->kind == ML_KIND_ARRAY)
    {
      for (guint64 i = 0; type->elem != NULL && type->elem->size > 0 && i < type->len &&
                          (i + 1) * type->elem->size <= avail; i++)
        walk_value (refs, type->elem, bytes + i * type->elem->size, avail - i * type->elem->size, depth + 1);
    }
}

static void
walk_slot (MlRenderRefs     *refs,
           const MlSnapSlot *slot)
{
  if (slot->type != NULL && slot->value_offset + slot->type->size <= refs->snapshot->n_values)
    walk_value (refs, slot->type, refs->snapshot->values + slot->value_offset, slot->type->size, 0);
}

static void
refs_ensure (MlRenderRefs *refs)
{
  const MlSnapshot *snapshot = refs->snapshot;

  if (refs->ready)
    return;
  refs->ready = TRUE;

  for (guint i = 0; i < snapshot->n_globals; i++)
    walk_slot (refs, &snapshot->globals[i]);
  for (guint i = 0; i < snapshot->n_slots; i++)
    walk_slot (refs, &snapshot->slots[i]);
  /* A heap object holds one or more elements of its type, as far as the snapshot copied
   * them. */
  for (guint i = 0; i < snapshot->n_objects; i++)
    {
      const MlSnapObject *o = &snapshot->objects[i];
      guint64 avail = o->value_size;

      if (o->type == NULL || !o->type->has_pointers || o->type->size == 0 || o->colour == ML_COLOUR_FREE ||
          o->value_offset + avail > snapshot->n_values)
        continue;
      for (guint64 off = 0; off + o->type->size <= avail; off += o->type->size)
        walk_value (refs, o->type, snapshot->values + o->value_offset + off, avail - off, 0);
    }
  /* The array an append just left behind: no header points at it any more, but the append
   * copied all of it when its elements fill its slot (a length is at most the capacity, which
   * the slot bounds). */
  for (guint e = 0; e < snapshot->n_events; e++)
    {
      const MlEvent *ev = &snapshot->events[e];
      gint64 o = ev->kind == ML_EVENT_GROWSLICE && ev->addr != 0 ? ml_snapshot_find_object (snapshot, ev->addr) : -1;
      const MlSnapObject *old = o >= 0 ? &snapshot->objects[o] : NULL;

      if (old != NULL && old->addr == ev->addr && old->type != NULL && old->type->size > 0 &&
          ev->value == object_payload (old))
        note_length (refs, old->addr, ev->value / old->type->size);
    }
}

/**
 * ml_render_refs_new:
 *
 * Returns: (transfer full): what @snapshot's headers point at, worked out when first asked
 */
MlRenderRefs *
ml_render_refs_new (const MlSnapshot *snapshot)
{
  MlRenderRefs *refs = g_new0 (MlRenderRefs, 1);

  refs->snapshot = snapshot;
  refs->lengths = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  refs->strings = g_hash_table_new (g_direct_hash, g_direct_equal);

  return refs;
}

void
ml_render_refs_free (MlRenderRefs *refs)
{
  if (refs == NULL)
    return;
  g_hash_table_unref (refs->lengths);
  g_hash_table_unref (refs->strings);
  g_free (refs);
}

/**
 * ml_render_refs_array_length:
 *
 * Returns: how many elements the slice headers of the snapshot reach in the array at
 *   @object_addr, or 0 when no header points into it
 */
guint64
ml_render_refs_array_length (MlRenderRefs *refs,
                             guint64       object_addr)
{
  guint64 *n;

  g_return_val_if_fail (refs != NULL, 0);

  refs_ensure (refs);
  n = g_hash_table_lookup (refs->lengths, &object_addr);

  return n != NULL ? *n : 0;
}

/**
 * ml_render_refs_string_used:
 *
 * Returns: whether a string header of the snapshot points at the literal at @string_addr
 */
gboolean
ml_render_refs_string_used (MlRenderRefs *refs,
                            guint64       string_addr)
{
  g_return_val_if_fail (refs != NULL, FALSE);

  refs_ensure (refs);

  return g_hash_table_contains (refs->strings, GSIZE_TO_POINTER ((gsize)string_addr));
}

/* Whether the object holds several elements of its type: a slice's backing array. */
static gboolean
object_is_array (const MlSnapObject *object)
{
  return object->type != NULL && object->type->size > 0 && object_payload (object) >= 2 * object->type->size;
}

/* The length of the array an object holds, when the slice headers tell it and it fits. */
static guint64
object_array_length (const MlSnapObject *object,
                     MlRenderRefs       *refs)
{
  guint64 n;

  if (refs == NULL || !object_is_array (object))
    return 0;
  n = ml_render_refs_array_length (refs, object->addr);
  if (n == 0 || n * object->type->size > object_payload (object))
    return 0;

  return n;
}

/**
 * ml_render_object_type_name:
 * @refs: (nullable): what the snapshot's headers point at
 *
 * Returns: (transfer full): what a heap object is: its type, or "[5]int array" for a
 *   slice's backing array whose capacity a slice header in the snapshot tells; its slot,
 *   which the size classes round up, says nothing of its length, so without a header it is
 *   "[]int backing array", never a length made up from the slot
 */
char *
ml_render_object_type_name (const MlSnapObject *object,
                            MlRenderRefs       *refs)
{
  const MlRtype *type = object->type;
  g_autofree char *name = NULL;
  guint64 n;

  if (type == NULL)
    return g_strdup (_("tiny block"));

  name = ml_render_type_name (ml_value_type_name (type));
  if (!object_is_array (object))
    return g_steal_pointer (&name);

  n = object_array_length (object, refs);
  if (n > 0)
    /* Translators: a slice's backing array on the heap, e.g. "[8]int array". */
    return g_strdup_printf (_("[%" PRIu64 "]%s array"), n, name);

  /* Translators: a slice's backing array on the heap whose length the picture cannot tell;
   * %s is the element type, as in "[]int backing array". */
  return g_strdup_printf (_("[]%s backing array"), name);
}

/**
 * ml_render_object_size_label:
 * @style: how to write a number of bytes ("48 B")
 *
 * Returns: (transfer full): an object's size as the memory map titles it: "48 B", or, for a
 *   backing array, the bytes its elements take in the slot the size class gave it ("40 B in a
 *   48 B slot"), or only the slot when its length is unknown ("48 B slot")
 */
char *
ml_render_object_size_label (const MlSnapObject *object,
                             MlRenderRefs       *refs,
                             MlBytesStyle        style)
{
  g_autofree char *slot = ml_format_bytes (object->size, style);
  gboolean large = (object->flags & ML_OBJECT_LARGE) != 0;
  guint64 n;

  if (!object_is_array (object))
    return g_steal_pointer (&slot);

  n = object_array_length (object, refs);
  if (n > 0 && n * object->type->size == object_payload (object))
    return g_steal_pointer (&slot);
  if (n > 0)
    {
      g_autofree char *used = ml_format_bytes (n * object->type->size, style);

      if (large)
        /* Translators: a large object's bytes in the span it has to itself:
         * "7813 KiB in a 7816 KiB span". */
        return g_strdup_printf (_("%s in a %s span"), used, slot);
      /* Translators: a backing array's bytes in the slot its size class gave it:
       * "40 B in a 48 B slot". */
      return g_strdup_printf (_("%s in a %s slot"), used, slot);
    }

  if (large)
    /* Translators: the span of a large object whose length is unknown: "7816 KiB span". */
    return g_strdup_printf (_("%s span"), slot);
  /* Translators: the slot of a backing array whose length is unknown: "48 B slot". */
  return g_strdup_printf (_("%s slot"), slot);
}

/**
 * ml_render_quote_string:
 *
 * Returns: (transfer full): @len bytes of @text as a Go string literal: in double quotes,
 *   with quotes, backslashes and control characters escaped ("%+v\n" stays on one line)
 */
char *
ml_render_quote_string (const char *text,
                        gsize       len)
{
  GString *out = g_string_sized_new (len + 2);
  const char *p = text != NULL ? text : "";
  const char *end = p + (text != NULL ? len : 0);

  g_string_append_c (out, '"');
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          g_string_append_printf (out, "\\x%02x", (guint8)*p);
          p++;
          continue;
        }
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        default:
          if (g_unichar_isprint (c) || c == ' ')
            g_string_append_unichar (out, c);
          else if (c < 0x80)
            g_string_append_printf (out, "\\x%02x", c);
          else if (c < 0x10000)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_printf (out, "\\U%08x", c);
          break;
        }
      p = g_utf8_next_char (p);
    }
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}

static int
compare_string_addr (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const MlSnapshot *snapshot = user_data;
  guint64 x = snapshot->strings[*(const guint *)a].addr;
  guint64 y = snapshot->strings[*(const guint *)b].addr;

  return x < y ? -1 : x > y;
}

/**
 * ml_render_strings_by_address:
 *
 * Returns: (transfer full): the indices of the snapshot's string literals in address order,
 *   which is the order the compiler laid them out in, and the same in every run
 */
guint *
ml_render_strings_by_address (const MlSnapshot *snapshot)
{
  guint *order = g_new (guint, MAX (snapshot->n_strings, 1));

  for (guint i = 0; i < snapshot->n_strings; i++)
    order[i] = i;
  g_sort_array (order, snapshot->n_strings, sizeof (guint), compare_string_addr, (gpointer)snapshot);

  return order;
}

/* Whether a value's bytes are all zero: a variable that was never given a value. */
gboolean
ml_render_slot_is_zero (const MlSnapshot *snapshot,
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
 * ml_render_slot_is_idle_temporary:
 *
 * Whether @slot is one of the compiler's temporaries (its name starts with a dot, as
 * ".autotmp" in a frame or ".stmp_3" in data) that nobody needs to see: it holds no
 * pointer to a heap object, so it keeps nothing alive, and no variable points into it, so
 * it is not the storage of a value that did not escape.  The memory map leaves such slots
 * out; a teacher's picture of the Persona program would otherwise hold a dozen copies of
 * its literals.
 */
gboolean
ml_render_slot_is_idle_temporary (const MlSnapshot *snapshot,
                                  const MlSnapSlot *slot)
{
  g_return_val_if_fail (snapshot != NULL && slot != NULL, FALSE);

  /* Package-level ones are qualified: main..stmp_3, the compiler's static temporaries. */
  if (slot->name == NULL || ml_render_short_name (slot->name)[0] != '.' || slot->type == NULL)
    return FALSE;
  if (any_pointer (snapshot, slot, points_into_heap, NULL))
    return FALSE;
  for (guint i = 0; i < snapshot->n_slots; i++)
    if (&snapshot->slots[i] != slot && any_pointer (snapshot, &snapshot->slots[i], points_into_slot, slot))
      return FALSE;

  return TRUE;
}

/**
 * ml_render_add_legend:
 *
 * Adds the tricolour legend: a swatch with its letter and hatching per state, as the
 * objects are drawn, and its meaning.
 */
void
ml_render_add_legend (MlScene         *scene,
                      const MlPalette *palette,
                      double           x,
                      double           y,
                      gboolean         with_freed,
                      gboolean         with_free,
                      double          *width,
                      double          *height)
{
  static const guint8 states[] = { ML_COLOUR_WHITE, ML_COLOUR_GREY, ML_COLOUR_BLACK, ML_COLOUR_FREED, ML_COLOUR_FREE };
  double cx = x;
  double line_h = ml_text_line_height (ML_TEXT_SMALL);

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      guint8 c = states[i];
      MlRect swatch = { cx, y, 22, 22 };
      MlSceneBox *box;
      MlSceneText *t;
      const char *letter = ml_render_colour_letter (c);
      double lw, lh;
      MlColor text_color = ml_render_colour_text (palette, c);

      if ((c == ML_COLOUR_FREED && !with_freed) || (c == ML_COLOUR_FREE && !with_free))
        continue;

      box = ml_scene_add_box (scene, ml_scene_key ("legend", c, 0), &swatch);
      box->fill = ml_render_colour_fill (palette, c);
      box->stroke = ml_color_mix (&palette->border, &palette->foreground, 0.3);
      box->radius = 4;
      box->klass = "legend";
      box->z = ML_Z_OVERLAY;
      if (c == ML_COLOUR_GREY)
        box->flags |= ML_BOX_HATCHED;
      if (c == ML_COLOUR_FREED)
        box->flags |= ML_BOX_DASHED;

      if (*letter != '\0')
        {
          ml_text_measure (letter, ML_TEXT_MARK, &lw, &lh);
          t = ml_scene_add_text (scene, ml_scene_key ("legend-letter", c, 0), letter, ML_TEXT_MARK,
                                 cx + (22 - lw) / 2, y + (22 - lh) / 2, &text_color);
          t->z = ML_Z_OVERLAY;
        }

      t = ml_scene_add_text (scene, ml_scene_key ("legend-text", c, 0), ml_render_colour_name (c), ML_TEXT_SMALL,
                             cx + 28, y + (22 - line_h) / 2, &palette->foreground);
      t->z = ML_Z_OVERLAY;
      cx += 28 + t->width + 22;
    }

  if (width != NULL)
    *width = cx - x - 22;
  if (height != NULL)
    *height = 22;
}

/**
 * ml_render_layout:
 * @previous: (nullable): the view's layout of the previous step, to keep things in place
 *
 * Lays out one view of @snapshot.  The timeline needs a history rather than one snapshot;
 * here it shows the single step of @snapshot (the window keeps an MlTimelineSeries and calls
 * ml_timeline_view_layout() itself).
 *
 * Returns: (transfer full): the layout
 */
MlScene *
ml_render_layout (MlViewKind             view,
                  const MlSnapshot      *snapshot,
                  MlScene               *previous,
                  const MlRenderOptions *options)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (view < ML_N_VIEWS, NULL);

  if (previous != NULL && previous->view != view)
    previous = NULL;

  switch (view)
    {
    case ML_VIEW_SEGMENTS:
      return ml_segments_view_layout (snapshot, previous, options);
    case ML_VIEW_MEMORY_MAP:
      return ml_memory_map_view_layout (snapshot, previous, options);
    case ML_VIEW_HEAP_GRAPH:
      return ml_heap_graph_view_layout (snapshot, previous, options);
    case ML_VIEW_SPANS:
      return ml_spans_view_layout (snapshot, previous, options);
    case ML_VIEW_TIMELINE:
      {
        g_autoptr(MlTimelineSeries) series = ml_timeline_series_new (NULL);

        ml_timeline_series_append (series, snapshot);
        return ml_timeline_view_layout (series, NULL, previous, options);
      }
    case ML_VIEW_PROCESS:
      return ml_process_view_layout (snapshot, options);
    case ML_N_VIEWS:
    default:
      g_assert_not_reached ();
    }
}

static void
draw_scene_cb (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  user_data)
{
  ml_scene_draw (user_data, cr);
}

/**
 * ml_render_export_scene:
 * @scale: pixels per unit for PNG (2 for a HiDPI picture); ignored for SVG and PDF
 *
 * Writes a layout to @file in the format its extension names (.png, .svg, .pdf), atomically:
 * a failure leaves nothing half-written.  SVG is written from the scene itself, with text as
 * text and every box and arrow in a group with a class ("ml-object", "ml-pointer"...).
 *
 * Returns: %TRUE on success
 */
gboolean
ml_render_export_scene (MlScene       *scene,
                        GFile         *file,
                        double         scale,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *path = NULL;
  MlExportFormat format;

  g_return_val_if_fail (scene != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_basename (file);
  if (path == NULL || !ml_export_format_from_path (path, &format))
    {
      g_set_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("“%s” does not end in .png, .svg or .pdf"), path != NULL ? path : "");
      return FALSE;
    }

  if (format == ML_EXPORT_SVG)
    {
      gsize length = 0;
      g_autofree char *svg = NULL;
      g_autofree char *display_name = g_file_get_parse_name (file);
      g_autoptr(GError) local_error = NULL;

      if (scene->width < 1 || scene->height < 1)
        {
          g_set_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_INVALID_SIZE,
                       _("The picture has no size to export (%g × %g)"), scene->width, scene->height);
          return FALSE;
        }

      svg = ml_scene_to_svg (scene, &length);
      /* g_file_replace_contents() writes a temporary file and renames it into place. */
      if (!g_file_replace_contents (file, svg, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                    NULL, cancellable, &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("Could not write “%s”: %s"), display_name, local_error->message);
          return FALSE;
        }

      return TRUE;
    }

  return ml_export_to_file (file, format, scene->width, scene->height, scale,
                            draw_scene_cb, scene, cancellable, error);
}

/**
 * ml_render_export_view:
 * @options: (nullable): theme, scale (for PNG), addresses; width and height 0 for the
 *   view's natural size
 *
 * Lays out one view of @snapshot and writes it to @file (PNG, SVG or PDF by extension).
 *
 * Returns: %TRUE on success
 */
gboolean
ml_render_export_view (const MlSnapshot      *snapshot,
                       MlViewKind             view,
                       const MlRenderOptions *options,
                       GFile                 *file,
                       GError               **error)
{
  g_autoptr(MlScene) scene = NULL;
  MlRenderOptions defaults = ML_RENDER_OPTIONS_INIT;

  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (view < ML_N_VIEWS, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (options == NULL)
    options = &defaults;

  scene = ml_render_layout (view, snapshot, NULL, options);

  return ml_render_export_scene (scene, file, options->scale > 0 ? options->scale : 1, NULL, error);
}
