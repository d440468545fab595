/* ml-segments-view.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lecture's "esquema de la memoria" done properly: the process image with high
 * addresses at the top, stack, free space, heap, bss, data, rodata and text, each with its
 * address range, size and what it holds now, and beside it what Go really does (stacks that
 * the runtime manages and grows by copying; string literals in read-only data).  Bands are
 * sized by their content, not by their addresses, which span nine orders of magnitude: the
 * picture says so.
 *
 * Also the lecture's first picture, for lesson 1: secondary storage → program → process.
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ml-names.h"
#include "ml-object-names-private.h"
#include "ml-refs-private.h"
#include "ml-slots-private.h"
#include "ml-value.h"
#include "ml-view-layouts.h"

/* Every text is at least 14 px (the body's size) and the picture is narrow enough to be
 * drawn whole across a projected 1024x768 window: the window's text floor would otherwise
 * zoom it and cut off the notes. */
#define MARGIN       28.0
#define ADDR_W       112.0
#define BAND_W       430.0
#define NOTE_GAP     34.0
#define NOTE_W       290.0
#define NEST_INDENT  18.0
#define BAND_PAD     12.0
#define MAX_ITEMS    6
#define MAX_LITERAL_LINES 3
/* The addresses on the axis: legible from the back of a classroom. */
#define ADDR_STYLE   ML_TEXT_BODY
/* The width a line of a band's contents may take: from its indent to the band's padding. */
#define LINE_W       (BAND_W - 2 * BAND_PAD - 4)

typedef struct
{
  MlScene         *scene;
  const MlPalette *palette;
  double           y;
  double           band_x;
  double           band_w;
  double           note_x;
  double           note_bottom;   /* where the last note ended: the next starts below it */
  gboolean         nested;        /* a band inside the previous one: no addresses of its own */
  /* The short form, for a window that must show the whole at a legible size: less padding,
   * lower empty bands, and at most two lines of contents a band. */
  double           pad;
  double           min_h;
  double           free_h;
  guint            max_lines;
} Ctx;

static const MlColor *
segment_color (const MlPalette *palette,
               MlSegmentKind    kind)
{
  switch (kind)
    {
    case ML_SEGMENT_TEXT:
      return &palette->segment_text;
    case ML_SEGMENT_RODATA:
      return &palette->segment_rodata;
    case ML_SEGMENT_DATA:
    case ML_SEGMENT_BSS:
      return &palette->segment_data;
    case ML_SEGMENT_HEAP:
      return &palette->segment_heap;
    case ML_SEGMENT_STACK:
      return &palette->segment_stack;
    default:
      return &palette->segment_free;
    }
}

static char *
hex (guint64 addr)
{
  return g_strdup_printf ("0x%" PRIx64, addr);
}

/* One band: title and size on its first line, then the lines of what it holds, with its
 * address range on the left and an optional note about Go on the right. */
static void
add_band (Ctx           *ctx,
          guint64        key,
          MlSegmentKind  kind,
          const char    *title,
          guint64        start,
          guint64        size,
          guint64        used,
          GPtrArray     *lines,
          const char    *note,
          gboolean       free_space,
          guint64        index)
{
  const MlPalette *palette = ctx->palette;
  double line_h = ml_text_line_height (ML_TEXT_BODY) + (ctx->max_lines == G_MAXUINT ? 2 : 0);
  guint n_lines = lines != NULL ? MIN (lines->len, ctx->max_lines) : 0;
  double pad = ctx->pad;
  double h = pad * 2 + ml_text_line_height (ML_TEXT_HEADING) + (n_lines > 0 ? n_lines * line_h + 4 : 0);
  MlRect r;
  MlSceneBox *box;
  MlSceneText *t;
  MlColor fill;

  if (free_space)
    h = ctx->free_h;
  h = MAX (h, ctx->min_h);
  r = (MlRect) { ctx->band_x, ctx->y, ctx->band_w, h };

  box = ml_scene_add_box (ctx->scene, key, &r);
  if (free_space)
    {
      fill = palette->segment_free;
      box->flags |= ML_BOX_DASHED;
    }
  else
    fill = ml_color_mix (&palette->background, segment_color (palette, kind), ctx->scene->theme == ML_THEME_DARK ? 0.55 : 0.6);
  box->fill = fill;
  box->stroke = free_space ? palette->border : ml_color_mix (segment_color (palette, kind), &palette->foreground, 0.25);
  box->radius = 2;
  box->stroke_width = 1.2;
  box->hit_kind = free_space ? ML_HIT_NONE : ML_HIT_SEGMENT;
  box->address = start;
  box->index = index;
  box->klass = free_space ? "free-space" : "segment";

  if (!free_space)
    {
      g_autofree char *size_text = ml_format_bytes (size, ML_BYTES_EXACT);
      g_autofree char *used_text = NULL;
      double sw, title_right;

      t = ml_scene_add_text (ctx->scene, key ^ 1, title, ML_TEXT_HEADING, r.x + BAND_PAD, r.y + pad, &palette->foreground);
      t->klass = "segment-title";
      title_right = t->x + t->width;

      if (used > 0 && used < size)
        {
          g_autofree char *u = ml_format_bytes (used, ML_BYTES_EXACT);

          /* Translators: how much of a segment is in use, e.g. "1.2 KiB of 8.0 KiB". */
          used_text = g_strdup_printf (_("%s of %s"), u, size_text);
        }
      else
        used_text = g_strdup (size_text);
      ml_text_measure (used_text, ML_TEXT_BODY, &sw, NULL);
      t = ml_scene_add_text (ctx->scene, key ^ 2, used_text, ML_TEXT_BODY, r.x + r.width - BAND_PAD - sw,
                             r.y + pad + 1, &palette->foreground);
      t->klass = "segment-size";

      /* A fill bar for segments that are partly used, on the title's line between the title
       * and the size: below, it would sit on the last line of the contents.  It shrinks
       * where a long (translated) title leaves less room, and goes when none is left. */
      if (used > 0 && used < size && size > 0)
        {
          double bar_right = t->x - 10;
          double bar_w = MIN (90, bar_right - (title_right + 12));

          if (bar_w >= 36)
            {
              MlRect bar = { bar_right - bar_w, r.y + pad + (ml_text_line_height (ML_TEXT_HEADING) - 8) / 2,
                             bar_w, 8 };
              MlRect fill_bar = bar;
              MlSceneBox *b;

              b = ml_scene_add_box (ctx->scene, key ^ 3, &bar);
              b->fill = ml_color_with_alpha (&palette->background, 0.7);
              b->stroke = palette->border;
              b->radius = 4;
              b->klass = "usage";
              fill_bar.width = MAX (4, bar.width * (double)used / size);
              b = ml_scene_add_box (ctx->scene, key ^ 4, &fill_bar);
              b->fill = ml_color_mix (segment_color (palette, kind), &palette->foreground, 0.35);
              b->stroke = b->fill;
              b->radius = 4;
              b->klass = "usage";
            }
        }

      for (guint i = 0; i < n_lines; i++)
        {
          /* Every line stays inside its band: one too long for it ends in "…". */
          g_autofree char *line = ml_text_ellipsize (g_ptr_array_index (lines, i), ML_TEXT_BODY,
                                                     LINE_W - (BAND_W - ctx->band_w));

          t = ml_scene_add_text (ctx->scene, key ^ (0x10 + i), line, ML_TEXT_BODY,
                                 r.x + BAND_PAD + 4,
                                 r.y + pad + ml_text_line_height (ML_TEXT_HEADING) + 4 + i * line_h,
                                 &palette->foreground);
          t->klass = "segment-content";
        }

      /* The address range: the high end at the top, as the picture grows upwards.  A band
       * nested in another lies within its range, and says its own in its lines. */
      if (!ctx->nested)
        {
          g_autofree char *hi = hex (start + size);
          g_autofree char *lo = hex (start);
          double w, th;

          ml_text_measure (hi, ADDR_STYLE, &w, &th);
          /* Inside the band's own height, so that neighbours' labels never meet. */
          t = ml_scene_add_text (ctx->scene, key ^ 5, hi, ADDR_STYLE, r.x - 10 - w, r.y + 2, &palette->dim_foreground);
          t->klass = "address";
          ml_text_measure (lo, ADDR_STYLE, &w, &th);
          t = ml_scene_add_text (ctx->scene, key ^ 6, lo, ADDR_STYLE, r.x - 10 - w, r.y + h - th - 2,
                                 &palette->dim_foreground);
          t->klass = "address";
        }
    }
  else
    {
      double w, th;
      const char *text = title;

      /* No arrows of a stack growing down and a heap growing up into the gap, as in C's
       * picture: Go's stacks are in the heap arena, above it. */
      ml_text_measure (text, ML_TEXT_BODY, &w, &th);
      t = ml_scene_add_text (ctx->scene, key ^ 1, text, ML_TEXT_BODY, r.x + (r.width - w) / 2,
                             r.y + (r.height - th) / 2, &palette->dim_foreground);
      t->klass = "free-space";
    }

  if (note != NULL)
    {
      /* The note, wrapped to its column, at the body's size (it is read from afar too),
       * below the one before when that one is longer than its band. */
      g_autoptr(GPtrArray) note_lines = ml_text_wrap (note, ML_TEXT_BODY, NOTE_W, "");
      double ny = MAX (r.y + 6, ctx->note_bottom + 10);
      double top = ny;
      MlPoint link[2] = { { r.x + r.width + 4, r.y + 16 }, { ctx->note_x - 8, top + 10 } };
      MlScenePath *p;

      for (guint i = 0; i < note_lines->len; i++)
        {
          if (i > 0)
            ny += ml_text_line_height (ML_TEXT_BODY);
          t = ml_scene_add_text (ctx->scene, key ^ (0x100 + i), g_ptr_array_index (note_lines, i), ML_TEXT_BODY,
                                 ctx->note_x, ny, &palette->foreground);
          t->klass = "go-note";
        }
      ctx->note_bottom = ny + ml_text_line_height (ML_TEXT_BODY);

      p = ml_scene_add_path (ctx->scene, key ^ 9, link, 2);
      p->stroke = palette->accent;
      p->width = 1.2;
      p->flags = ML_PATH_STROKE | ML_PATH_DASHED;
      p->z = ML_Z_BACKGROUND;
      p->klass = "note-link";
      {
        MlRect marker = { ctx->note_x - 14, top + 4, 12, 12 };
        MlSceneBox *m = ml_scene_add_box (ctx->scene, key ^ 10, &marker);

        m->fill = palette->accent;
        m->stroke = palette->accent;
        m->radius = 6;
        m->klass = "note-marker";
      }
    }

  ctx->y += h;
}

/* The band of a segment the snapshot has, @seg, or an empty one at @missing_start. */
static void
add_segment_band (Ctx                 *ctx,
                  MlSegmentKind        kind,
                  const char          *title,
                  const MlSnapSegment *seg,
                  guint64              missing_start,
                  GPtrArray           *lines,
                  const char          *note,
                  guint64              index)
{
  add_band (ctx, ml_scene_key ("segment", kind, 0), kind, title,
            seg != NULL ? seg->start : missing_start, seg != NULL ? seg->size : 0, seg != NULL ? seg->used : 0,
            lines, note, FALSE, index);
}

static const MlSnapSegment *
find_segment (const MlSnapshot *snapshot,
              MlSegmentKind     kind,
              guint            *index)
{
  for (guint i = 0; i < snapshot->n_segments; i++)
    if (snapshot->segments[i].kind == kind)
      {
        if (index != NULL)
          *index = i;
        return &snapshot->segments[i];
      }

  return NULL;
}

/* Names of the package variables in one segment, as lines: "num int = 5". */
static GPtrArray *
global_lines (const MlSnapshot *snapshot,
              MlSegmentKind     kind)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  for (guint i = 0; i < snapshot->n_globals; i++)
    {
      const MlSnapSlot *g = &snapshot->globals[i];

      if (g->segment != kind)
        continue;
      if (g_str_has_prefix (g->name, "runtime."))
        continue;
      /* The compiler's static temporaries are not the program's variables. */
      if (ml_slot_is_idle_temporary (snapshot, g))
        continue;
      n++;
      if (lines->len < MAX_ITEMS)
        {
          g_autofree char *type = ml_short_type_name (ml_value_type_name (g->type));
          g_autofree char *value = NULL;
          g_autofree char *line = NULL;

          if (g->type != NULL && g->value_offset + g->type->size <= snapshot->n_values)
            {
              const guint8 *bytes = snapshot->values + g->value_offset;

              /* A declaration writes a string in quotes, as Go does. */
              if (g->type->kind == ML_KIND_STRING)
                {
                  g_autofree char *text = ml_value_string_text (snapshot, ml_value_read_word (bytes, 0),
                                                                ml_value_read_word (bytes, 8));

                  value = ml_quote_string (text, strlen (text));
                }
              else
                value = ml_value_format (snapshot, g->type, bytes);
            }
          /* Long values are cut by add_band, to the band's width. */
          line = g_strdup_printf ("var %s %s = %s", ml_short_name (g->name), type, value != NULL ? value : "?");
          if (!g_utf8_validate (line, -1, NULL))
            {
              g_free (line);
              line = g_strdup_printf ("var %s %s", ml_short_name (g->name), type);
            }
          g_ptr_array_add (lines, g_steal_pointer (&line));
        }
    }
  if (n > MAX_ITEMS)
    /* Translators: more items than the picture lists. */
    g_ptr_array_add (lines, g_strdup_printf (_("… and %u more"), n - MAX_ITEMS));
  if (n == 0)
    g_ptr_array_add (lines, g_strdup (_("(nothing)")));

  return lines;
}

/* Whether @p starts with a Go type as the runtime names it ("int", "*main.Nodo",
 * "[2]interface {}", "map[string]int"); moves @p past it. */
static gboolean
skip_type_name (const char **p)
{
  static const char * const predeclared[] = {
    "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int16", "int32",
    "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any",
  };
  const char *s = *p;
  const char *start;

  if (*s == '*')
    {
      *p = s + 1;
      return skip_type_name (p);
    }
  if (g_str_has_prefix (s, "[]"))
    {
      *p = s + 2;
      return skip_type_name (p);
    }
  if (*s == '[')
    {
      for (s++; g_ascii_isdigit (*s); s++)
        ;
      if (*s != ']' || s == *p + 1)
        return FALSE;
      *p = s + 1;
      return skip_type_name (p);
    }
  if (g_str_has_prefix (s, "map["))
    {
      *p = s + 4;
      if (!skip_type_name (p) || **p != ']')
        return FALSE;
      (*p)++;
      return skip_type_name (p);
    }
  if (g_str_has_prefix (s, "chan ") || g_str_has_prefix (s, "chan<- ") || g_str_has_prefix (s, "<-chan "))
    {
      *p = strchr (s, ' ') + 1;
      return skip_type_name (p);
    }
  if (g_str_has_prefix (s, "func(") || g_str_has_prefix (s, "interface {") || g_str_has_prefix (s, "struct {"))
    {
      /* Their insides are not checked: the rest only has to be balanced. */
      int depth = 0;

      for (; *s != '\0'; s++)
        {
          depth += *s == '(' || *s == '{' || *s == '[';
          depth -= *s == ')' || *s == '}' || *s == ']';
          if (depth < 0)
            return FALSE;
        }
      *p = s;
      return depth == 0;
    }

  start = s;
  while (g_ascii_isalnum (*s) || *s == '_')
    s++;
  if (s == start || g_ascii_isdigit (*start))
    return FALSE;
  if (*s == '.')
    {
      /* A package-qualified name: main.Persona. */
      const char *name = ++s;

      while (g_ascii_isalnum (*s) || *s == '_')
        s++;
      if (s == name)
        return FALSE;
      *p = s;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (predeclared); i++)
    if ((gsize)(s - start) == strlen (predeclared[i]) && strncmp (start, predeclared[i], s - start) == 0)
      {
        *p = s;
        return TRUE;
      }

  return FALSE;
}

static gboolean
is_type_name (const char *text)
{
  const char *p = text;

  return skip_type_name (&p) && *p == '\0';
}

/* What the stack's band says: each goroutine's stack and its calls.  @lo and @hi get the
 * lowest and highest stack addresses, @used the bytes in use. */
static GPtrArray *
stack_lines (const MlSnapshot *snapshot,
             guint64          *lo,
             guint64          *hi,
             guint64          *used)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  *lo = G_MAXUINT64;
  *hi = 0;
  *used = 0;
  for (guint g = 0; g < snapshot->n_goroutines; g++)
    {
      const MlSnapGoroutine *gr = &snapshot->goroutines[g];
      GString *frames = g_string_new (NULL);
      g_autofree char *stack_size = ml_format_bytes (gr->stack_hi - gr->stack_lo, ML_BYTES_EXACT);

      *lo = MIN (*lo, gr->stack_lo);
      *hi = MAX (*hi, gr->stack_hi);
      *used += gr->stack_hi - MAX (gr->sp, gr->stack_lo);
      /* A recursion is one call with its count ("f() ×700"), not a line of 700 calls. */
      for (guint f = gr->n_frames; f > 0; )
        {
          const char *function = snapshot->frames[gr->first_frame + f - 1].function;
          guint run = 0;

          while (f > 0 && g_strcmp0 (snapshot->frames[gr->first_frame + f - 1].function, function) == 0)
            {
              run++;
              f--;
            }
          if (frames->len > 0)
            g_string_append (frames, " → ");
          g_string_append_printf (frames, "%s()", ml_short_name (function));
          if (run > 1)
            g_string_append_printf (frames, " ×%u", run);
        }
      if (lines->len < MAX_ITEMS)
        /* Translators: one goroutine's stack in the segments view: id, size, its calls. */
        g_ptr_array_add (lines, g_strdup_printf (_("goroutine %u · %s · %s"), gr->id, stack_size,
                                                 frames->len > 0 ? frames->str : _("no frames")));
      g_string_free (frames, TRUE);
    }
  if (snapshot->n_goroutines == 0)
    {
      *lo = *hi = 0;
      g_ptr_array_add (lines, g_strdup (_("(no goroutines)")));
    }
  g_ptr_array_add (lines, g_strdup (_("local variables, parameters, results")));

  return lines;
}

/* What the heap's band says: its objects and spans, and where the next GC starts. */
static GPtrArray *
heap_lines (const MlSnapshot *snapshot)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *in_use = ml_format_bytes (snapshot->stats.heap_inuse, ML_BYTES_EXACT);
  g_autofree char *goal = ml_format_bytes (snapshot->pacer.heap_goal, ML_BYTES_EXACT);
  guint n_objects = 0;
  guint n_spans = snapshot->n_spans;

  for (guint i = 0; i < snapshot->n_objects; i++)
    if (snapshot->objects[i].colour != ML_COLOUR_FREE && snapshot->objects[i].colour != ML_COLOUR_FREED)
      n_objects++;
  if (snapshot->n_objects == 0)
    n_objects = (guint)snapshot->stats.heap_objects;

  /* Translators: the heap's contents in the segments view. */
  g_ptr_array_add (lines, g_strdup_printf (_("objects: %u · spans: %u"), n_objects, n_spans));
  g_ptr_array_add (lines, g_strdup_printf (_("in use %s · next GC at %s"), in_use, goal));
  g_ptr_array_add (lines, g_strdup (_("new(), make(), and what escapes")));

  return lines;
}

/* What rodata's band says: the program's string literals as Go writes them, and how many
 * of the runtime's type descriptors lie there apart from them (see ml_segments_view_layout()). */
static GPtrArray *
rodata_lines (const MlSnapshot *snapshot)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MlRefs) refs = ml_refs_new (snapshot);
  g_autofree guint *order = ml_strings_by_address (snapshot);
  GString *line = g_string_new (NULL);
  guint64 literal_bytes = 0, type_bytes = 0;
  guint n_literals = 0, n_types = 0, n_listed = 0;
  guint n_lines = 0;
  gboolean in_types = TRUE;

  for (guint k = 0; k < snapshot->n_strings; k++)
    {
      const MlSnapString *str = &snapshot->strings[order[k]];
      g_autofree char *text = g_strndup (str->text != NULL ? str->text : "", str->len);
      g_autofree char *quoted = NULL;
      gsize before = line->len;
      double w;

      if (in_types && !is_type_name (text))
        in_types = FALSE;
      if (in_types && !ml_refs_string_used (refs, str->addr))
        {
          n_types++;
          type_bytes += str->len;
          continue;
        }
      n_literals++;
      literal_bytes += str->len;
      if (n_lines >= MAX_LITERAL_LINES)
        continue;

      /* The literals as Go writes them, wrapped to the band; one too long for a line of
       * its own is cut short. */
      quoted = ml_quote_string (str->text, str->len);
      ml_text_measure (quoted, ML_TEXT_BODY, &w, NULL);
      if (w > LINE_W)
        {
          char *shorter = ml_text_ellipsize (quoted, ML_TEXT_BODY, LINE_W);

          g_free (quoted);
          quoted = shorter;
        }
      if (before > 0)
        g_string_append (line, "  ");
      g_string_append (line, quoted);
      ml_text_measure (line->str, ML_TEXT_BODY, &w, NULL);
      if (w > LINE_W && before > 0)
        {
          g_string_truncate (line, before);
          g_ptr_array_add (lines, g_strdup (line->str));
          g_string_assign (line, quoted);
          if (++n_lines >= MAX_LITERAL_LINES)
            {
              g_string_truncate (line, 0);
              continue;
            }
        }
      n_listed++;
    }
  if (line->len > 0 && n_lines < MAX_LITERAL_LINES)
    g_ptr_array_add (lines, g_strdup (line->str));
  g_string_free (line, TRUE);
  if (n_literals > n_listed)
    g_ptr_array_add (lines, g_strdup_printf (_("… and %u more"), n_literals - n_listed));

  {
    g_autofree char *b = ml_format_bytes (literal_bytes, ML_BYTES_EXACT);

    g_ptr_array_insert (lines, 0, g_strdup_printf (_("string literals: %u (%s)"), n_literals, b));
  }
  if (n_types > 0)
    {
      g_autofree char *b = ml_format_bytes (type_bytes, ML_BYTES_EXACT);

      /* Translators: rodata also holds the runtime's descriptions of the program's types
       * (int, []int, main.Persona...); this counts them, apart from the string literals. */
      g_ptr_array_add (lines, g_strdup_printf (_("runtime type descriptors: %u (%s)"), n_types, b));
    }

  return lines;
}

/* What the text band says: the code, and the functions running now. */
static GPtrArray *
text_lines (const MlSnapshot *snapshot)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GString *funcs = g_string_new (NULL);

  for (guint i = 0; i < snapshot->n_frames; i++)
    if (g_hash_table_add (seen, (gpointer)snapshot->frames[i].function))
      {
        if (funcs->len > 0)
          g_string_append (funcs, ", ");
        g_string_append_printf (funcs, "%s()", ml_short_name (snapshot->frames[i].function));
      }
  g_ptr_array_add (lines, g_strdup (_("machine code of the program's functions")));
  if (funcs->len > 0)
    /* Translators: functions running now, listed in the code segment. */
    g_ptr_array_add (lines, g_strdup_printf (_("running now: %s"), funcs->str));
  g_string_free (funcs, TRUE);

  return lines;
}

static MlScene *
layout_segments (const MlSnapshot      *snapshot,
                 const MlRenderOptions *options,
                 gboolean               compact)
{
  Ctx ctx = { 0 };
  MlScene *scene;
  MlSceneText *t;
  const MlSnapSegment *seg;
  guint index = 0;
  double top;

  ctx.pad = compact ? 4 : BAND_PAD;
  ctx.min_h = compact ? 48 : 64;
  ctx.free_h = compact ? 26 : 56;
  ctx.max_lines = compact ? 2 : G_MAXUINT;

  scene = ml_scene_new (ML_VIEW_SEGMENTS, options->theme, MARGIN * 2 + ADDR_W + BAND_W + NOTE_GAP + NOTE_W, 100);
  ctx.scene = scene;
  ctx.palette = ml_palette_get (options->theme);
  ctx.band_x = MARGIN + ADDR_W;
  ctx.band_w = BAND_W;
  ctx.note_x = ctx.band_x + BAND_W + NOTE_GAP;

  top = compact ? 4 : 18;
  t = ml_scene_add_text (scene, ml_scene_key ("title", 0, 0), _("The process in memory"), ML_TEXT_TITLE, MARGIN, top,
                         &ctx.palette->foreground);
  t->klass = "title";
  t = ml_scene_add_text (scene, ml_scene_key ("subtitle", 0, 0),
                         _("High addresses at the top · bands not to scale"), ML_TEXT_BODY,
                         MARGIN, top + t->height, &ctx.palette->dim_foreground);
  t->klass = "subtitle";
  t = ml_scene_add_text (scene, ml_scene_key ("go-title", 0, 0), _("What Go does"), ML_TEXT_HEADING,
                         ctx.note_x, top + 8, &ctx.palette->accent);
  t->klass = "go-title";
  ctx.y = top + (compact ? 60 : 66);

  /* The heap arena has the highest addresses.  The goroutines' stacks are carved from its
   * spans, so their band is nested in the heap's, which spans their addresses; the axis
   * stays in the order of the addresses. */
  seg = find_segment (snapshot, ML_SEGMENT_HEAP, &index);
  {
    g_autoptr(GPtrArray) lines = heap_lines (snapshot);
    guint64 heap_key = ml_scene_key ("segment", ML_SEGMENT_HEAP, 0);
    double heap_y = ctx.y;

    add_band (&ctx, heap_key, ML_SEGMENT_HEAP, _("Heap"),
              seg != NULL ? seg->start : ML_ARENA_BASE, seg != NULL ? seg->size : 0,
              seg != NULL ? seg->used : snapshot->stats.heap_inuse, lines,
              _("Dynamic memory, freed by the concurrent garbage collector, not by the program. "
                "Escape analysis decides what goes here."),
              FALSE, index);

    /* Stack: every goroutine's, summed, with their frames. */
    {
      guint64 lo, hi, used;
      g_autoptr(GPtrArray) stack = stack_lines (snapshot, &lo, &hi, &used);
      gint heap_box = ml_scene_find_box_index (scene, heap_key);
      const MlSceneText *heap_lo;

      if (lo != G_MAXUINT64 && hi > lo)
        {
          g_autofree char *from = hex (lo);
          g_autofree char *to = hex (hi);

          /* Translators: where the goroutines' stacks are, from the lowest address to the
           * highest. */
          g_ptr_array_insert (stack, 0, g_strdup_printf (_("%s to %s, in the heap arena"), from, to));
        }
      seg = find_segment (snapshot, ML_SEGMENT_STACK, &index);
      ctx.y -= ctx.pad / 2;
      ctx.band_x += NEST_INDENT;
      ctx.band_w -= 2 * NEST_INDENT;
      ctx.nested = TRUE;
      add_band (&ctx, ml_scene_key ("segment", ML_SEGMENT_STACK, 0), ML_SEGMENT_STACK, _("Stack"),
                lo == G_MAXUINT64 ? 0 : lo, hi - MIN (lo, hi), used, stack,
                _("Each goroutine has its own stack, managed by the runtime, not a fixed segment: it starts at 2 KiB, "
                  "is carved from heap spans (so its addresses are in the heap arena), and grows by copying to a stack "
                  "twice as big."),
                FALSE, seg != NULL ? index : 0);
      ctx.nested = FALSE;
      ctx.band_x -= NEST_INDENT;
      ctx.band_w += 2 * NEST_INDENT;
      ctx.y += compact ? ctx.pad : NEST_INDENT / 2;

      /* The heap's band closes around the stacks, its low address at its new bottom. */
      if (heap_box >= 0)
        g_array_index (scene->boxes, MlSceneBox, heap_box).rect.height = ctx.y - heap_y;
      heap_lo = ml_scene_find_text (scene, heap_key ^ 6);
      if (heap_lo != NULL)
        {
          MlSceneText *lo_text = (MlSceneText *) heap_lo;

          lo_text->y = ctx.y - lo_text->height - 2;
        }
    }
  }

  add_band (&ctx, ml_scene_key ("free", 0, 0), ML_SEGMENT_HEAP, _("free address space"), 0, 0, 0, NULL, NULL, TRUE, 0);

  /* BSS and data. */
  seg = find_segment (snapshot, ML_SEGMENT_BSS, &index);
  if (seg != NULL)
    {
      g_autoptr(GPtrArray) lines = global_lines (snapshot, ML_SEGMENT_BSS);

      /* Translators: the BSS segment: package variables that start as zero. */
      add_segment_band (&ctx, ML_SEGMENT_BSS, _("BSS · zeroed variables"), seg, 0, lines, NULL, index);
    }
  seg = find_segment (snapshot, ML_SEGMENT_DATA, &index);
  {
    g_autoptr(GPtrArray) lines = global_lines (snapshot, ML_SEGMENT_DATA);

    add_segment_band (&ctx, ML_SEGMENT_DATA, _("Data · package variables"), seg, 0, lines,
                      _("Package variables, fixed size from the start. Variables without a value go to BSS, "
                        "which the loader fills with zeros."),
                      index);
  }

  /* Rodata: the program's string literals, and the runtime's type descriptors, which the
   * model keeps there too, each as its type's name ("int", "[2]interface {}").  The snapshot
   * does not mark which is which (and its type registry belongs to the model's thread), but
   * the loader puts every type name first, so they are the strings at the lowest addresses
   * that read as Go types; the first one that does not starts the literals.  A literal that
   * repeats a type's name shares its bytes, as rodata is interned: it counts as a literal
   * while a string header points at it. */
  seg = find_segment (snapshot, ML_SEGMENT_RODATA, &index);
  {
    g_autoptr(GPtrArray) lines = rodata_lines (snapshot);

    /* Translators: the read-only data segment. */
    add_segment_band (&ctx, ML_SEGMENT_RODATA, _("Rodata · read-only data"), seg, 0, lines,
                      _("String literals live here, read-only, shared by every string that uses them: "
                        "a string variable is only a (pointer, length) header."),
                      index);
  }

  /* Text: the code. */
  seg = find_segment (snapshot, ML_SEGMENT_TEXT, &index);
  {
    g_autoptr(GPtrArray) lines = text_lines (snapshot);

    add_segment_band (&ctx, ML_SEGMENT_TEXT, _("Text · code"), seg, ML_TEXT_BASE, lines,
                      _("Fixed size, read-only, loaded from the executable."), index);
  }

  t = ml_scene_add_text (scene, ml_scene_key ("low", 0, 0), _("low addresses"), ML_TEXT_BODY, ctx.band_x,
                         ctx.y + 8, &ctx.palette->dim_foreground);
  scene->height = MAX (ctx.y + 8 + t->height, ctx.note_bottom) + (compact ? 4 : MARGIN);

  return scene;
}

/**
 * ml_segments_view_layout:
 *
 * With a height in @options (a projected window's, at the text floor's scale), a picture
 * taller than that is drawn in its short form, so that every segment is in sight at once.
 *
 * Returns: (transfer full): the segments of the process image at this step
 */
MlScene *
ml_segments_view_layout (const MlSnapshot      *snapshot,
                         MlScene               *previous,
                         const MlRenderOptions *options)
{
  MlScene *scene;

  g_return_val_if_fail (snapshot != NULL, NULL);

  options = ml_render_options_or_defaults (options);
  scene = layout_segments (snapshot, options, FALSE);
  if (options->height > 0 && scene->height > options->height)
    {
      ml_scene_unref (scene);
      scene = layout_segments (snapshot, options, TRUE);
    }
  (void)previous;

  return scene;
}

/* The bands a lesson moment can name, as "segment:NAME". */
static const struct
{
  const char    *name;
  MlSegmentKind  kind;
} band_names[] = {
  { "heap", ML_SEGMENT_HEAP },
  { "stack", ML_SEGMENT_STACK },
  { "bss", ML_SEGMENT_BSS },
  { "data", ML_SEGMENT_DATA },
  { "rodata", ML_SEGMENT_RODATA },
  { "text", ML_SEGMENT_TEXT },
};

/**
 * ml_segments_view_find_focus:
 * @scene: (nullable): a layout of the segments view, or %NULL only to check @names
 * @names: segments joined by commas: heap, stack, bss, data, rodata, text
 * @rect: (out) (optional): the bands named, with their addresses and their notes about Go
 *
 * What a lesson moment that talks about some segments wants shown when the whole picture does
 * not fit the window legibly.
 *
 * Returns: whether every name is a segment's (and, with @scene, @rect covers something)
 */
gboolean
ml_segments_view_find_focus (MlScene    *scene,
                             const char *names,
                             MlRect     *rect)
{
  g_auto(GStrv) parts = g_strsplit (names, ",", -1);
  MlRect area = { 0, 0, 0, 0 };

  if (parts[0] == NULL)
    return FALSE;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *name = g_strstrip (parts[i]);
      guint64 key = 0;
      const MlSceneBox *box;
      gboolean known = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (band_names) && !known; k++)
        if (g_str_equal (name, band_names[k].name))
          {
            key = ml_scene_key ("segment", band_names[k].kind, 0);
            known = TRUE;
          }
      if (!known)
        return FALSE;
      if (scene == NULL || (box = ml_scene_find_box (scene, key)) == NULL)
        continue;
      /* The band from the address axis to the notes' column, and its note's lines, which
       * may run below the band. */
      ml_rect_union (&area, &(MlRect) { MARGIN, box->rect.y, scene->width - 2 * MARGIN, box->rect.height });
      for (guint line = 0;; line++)
        {
          const MlSceneText *t = ml_scene_find_text (scene, key ^ (0x100 + line));

          if (t == NULL)
            break;
          ml_rect_union (&area, &(MlRect) { t->x, t->y, t->width, t->height });
        }
    }

  if (rect != NULL)
    *rect = area;

  return scene == NULL || area.width > 0;
}

/* A rounded panel with a title and a caption, for the lesson-1 picture. */
static MlRect
add_panel (MlScene         *scene,
           const MlPalette *palette,
           guint64          key,
           double           x,
           double           y,
           double           w,
           double           h,
           const char      *title,
           const char      *caption,
           const MlColor   *tint)
{
  MlRect r = { x, y, w, h };
  MlSceneBox *box = ml_scene_add_box (scene, key, &r);
  MlSceneText *t;

  box->fill = ml_color_mix (&palette->background, tint, 0.25);
  box->stroke = ml_color_mix (&palette->border, tint, 0.7);
  box->radius = 14;
  box->z = ML_Z_BACKGROUND;
  box->klass = "panel";
  t = ml_scene_add_text (scene, key ^ 1, title, ML_TEXT_TITLE, x + 18, y + 14, &palette->foreground);
  t->klass = "panel-title";
  /* Body size, not caption size: lesson 1 is projected, and 14 px is the floor there. */
  t = ml_scene_add_text (scene, key ^ 2, caption, ML_TEXT_BODY, x + 18, y + 16 + t->height, &palette->dim_foreground);
  t->klass = "panel-caption";

  return r;
}

/* The process of the lesson-1 picture, with its four segments and their sizes. */
static void
add_process (MlScene          *scene,
             const MlPalette  *palette,
             const MlSnapshot *snapshot,
             const MlRect     *proc)
{
  MlSceneBox *box;
  static const struct
  {
    MlSegmentKind kind;
    const char   *name;
  } segs[] = {
    { ML_SEGMENT_STACK, N_("Stack") },
    { ML_SEGMENT_HEAP, N_("Heap") },
    { ML_SEGMENT_DATA, N_("Data") },
    { ML_SEGMENT_TEXT, N_("Code") },
  };

  box = ml_scene_add_box (scene, ml_scene_key ("process", 0, 0), proc);
  box->fill = ml_color_mix (&palette->background, &palette->segment_free, 0.5);
  box->stroke = palette->accent;
  box->stroke_width = 2;
  box->radius = 10;
  box->flags |= ML_BOX_SHADOW | ML_BOX_OBSTACLE;
  box->klass = "process";
  ml_scene_add_text (scene, ml_scene_key ("process", 0, 1), _("Process: the program running"), ML_TEXT_HEADING,
                     proc->x + 14, proc->y + 12, &palette->foreground);

  for (guint i = 0; i < G_N_ELEMENTS (segs); i++)
    {
      MlRect s = { proc->x + 20, proc->y + 48 + i * 56, proc->width - 40, 48 };
      MlSceneBox *sb = ml_scene_add_box (scene, ml_scene_key ("process-segment", segs[i].kind, 0), &s);
      const MlSnapSegment *seg = snapshot != NULL ? find_segment (snapshot, segs[i].kind, NULL) : NULL;
      g_autofree char *size = seg != NULL && seg->size > 0 ? ml_format_bytes (seg->size, ML_BYTES_EXACT) : NULL;
      double w;

      sb->fill = ml_color_mix (&palette->background, segment_color (palette, segs[i].kind), 0.65);
      sb->stroke = ml_color_mix (segment_color (palette, segs[i].kind), &palette->foreground, 0.25);
      sb->radius = 4;
      sb->hit_kind = ML_HIT_SEGMENT;
      sb->index = segs[i].kind;
      sb->klass = "segment";
      ml_scene_add_text (scene, sb->key ^ 1, _(segs[i].name), ML_TEXT_HEADING, s.x + 12, s.y + 14, &palette->foreground);
      if (size != NULL)
        {
          ml_text_measure (size, ML_TEXT_BODY, &w, NULL);
          ml_scene_add_text (scene, sb->key ^ 2, size, ML_TEXT_BODY, s.x + s.width - 12 - w, s.y + 16, &palette->foreground);
        }
    }
}

/* The place of the process when there is none: before the run, or after it. */
static void
add_no_process (MlScene          *scene,
                const MlPalette  *palette,
                const MlRect     *proc,
                MlProcessStage    stage)
{
  MlSceneBox *box = ml_scene_add_box (scene, ml_scene_key ("no-process", stage, 0), proc);
  MlSceneText *t;
  const char *title = stage == ML_PROCESS_ENDED ? _("The process has ended") : _("No process yet");
  const char *lines[2] = {
    stage == ML_PROCESS_ENDED ? _("its memory was given back;") : _("nothing runs: the program"),
    stage == ML_PROCESS_ENDED ? _("the program stays on disk") : _("is only on disk"),
  };
  double y;

  box->fill = palette->background;
  box->stroke = palette->dim_foreground;
  box->stroke_width = 2;
  box->radius = 10;
  box->flags |= ML_BOX_DASHED | ML_BOX_OBSTACLE;
  box->klass = stage == ML_PROCESS_ENDED ? "process-ended" : "process-not-started";
  t = ml_scene_add_text (scene, box->key ^ 1, title, ML_TEXT_HEADING, proc->x + 14, proc->y + 12, &palette->foreground);
  y = proc->y + 24 + t->height;
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      t = ml_scene_add_text (scene, box->key ^ (2 + i), lines[i], ML_TEXT_BODY, proc->x + 14, y, &palette->dim_foreground);
      y += t->height;
    }
}

/**
 * ml_process_view_layout:
 * @snapshot: (nullable): the process whose segments to show, or %NULL for the generic picture
 *
 * The lecture's first picture: programs are stored in secondary memory; to run one, its
 * instructions are copied into primary memory, and the program in execution is a process
 * with its four segments.
 *
 * Returns: (transfer full): the picture
 */
MlScene *
ml_process_view_layout (const MlSnapshot      *snapshot,
                        const MlRenderOptions *options)
{
  const MlPalette *palette;
  MlScene *scene;
  MlRect disk, ram, file, proc;
  MlSceneBox *box;
  MlSceneText *t;
  double fy;

  options = ml_render_options_or_defaults (options);
  palette = ml_palette_get (options->theme);
  /* Narrow enough to be drawn whole at its natural size on a projected 1024x768 window. */
  scene = ml_scene_new (ML_VIEW_PROCESS, options->theme, 940, 520);

  t = ml_scene_add_text (scene, ml_scene_key ("title", 0, 0), _("From program to process"), ML_TEXT_TITLE, MARGIN, 18,
                         &palette->foreground);
  t->klass = "title";

  disk = add_panel (scene, palette, ml_scene_key ("panel", 1, 0), MARGIN, 70, 300, 400,
                    _("Secondary memory"), _("non-volatile · keeps programs and data"), &palette->segment_free);
  ram = add_panel (scene, palette, ml_scene_key ("panel", 2, 0), 480, 70, 430, 400,
                   _("Primary memory"), _("volatile · the processor's working memory"), &palette->segment_stack);

  /* The program file on disk. */
  fy = disk.y + 110;
  file = (MlRect) { disk.x + 60, fy, 210, 150 };
  box = ml_scene_add_box (scene, ml_scene_key ("program", 0, 0), &file);
  box->fill = ml_color_mix (&palette->background, &palette->segment_text, 0.5);
  box->stroke = ml_color_mix (&palette->segment_text, &palette->foreground, 0.3);
  box->radius = 8;
  box->flags |= ML_BOX_SHADOW | ML_BOX_OBSTACLE;
  box->klass = "program";
  t = ml_scene_add_text (scene, ml_scene_key ("program", 0, 1), _("Program"), ML_TEXT_HEADING, file.x + 16, file.y + 14,
                         &palette->foreground);
  t = ml_scene_add_text (scene, ml_scene_key ("program", 0, 2), _("an executable file:"), ML_TEXT_BODY, file.x + 16,
                         file.y + 20 + t->height, &palette->foreground);
  t = ml_scene_add_text (scene, ml_scene_key ("program", 0, 3), _("instructions and"), ML_TEXT_BODY, file.x + 16,
                         t->y + t->height, &palette->foreground);
  t = ml_scene_add_text (scene, ml_scene_key ("program", 0, 4), _("initial data"), ML_TEXT_BODY, file.x + 16,
                         t->y + t->height, &palette->foreground);

  /* The process in RAM, with its four segments, while the program runs.  Before its first
   * statement the program is only on disk, and once it has ended its memory is given back:
   * an empty, dashed place says so. */
  proc = (MlRect) { ram.x + 70, ram.y + 80, 300, 280 };
  if (options->process != ML_PROCESS_RUNNING)
    add_no_process (scene, palette, &proc, options->process);
  else
    add_process (scene, palette, snapshot, &proc);

  /* Loading: the program is copied into memory; before the run, that is what running it will
   * do, and after it nothing is left to copy to. */
  if (options->process != ML_PROCESS_ENDED)
  {
    MlPoint p[2] = { { file.x + file.width + 6, file.y + file.height / 2 },
                     { proc.x - 6, file.y + file.height / 2 } };
    MlSceneArrow *a = ml_scene_add_arrow (scene, ml_scene_key ("load", 0, 0), p, 2);
    double w;
    gboolean before = options->process == ML_PROCESS_ON_DISK;
    const char *label = before ? _("to run it: copy it into memory") : _("run: copied into memory");

    a->width = before ? 2 : 4;
    a->color = before ? palette->dim_foreground : palette->accent;
    a->klass = "load";
    ml_text_measure (label, ML_TEXT_BODY, &w, NULL);
    t = ml_scene_add_text (scene, ml_scene_key ("load", 0, 1), label, ML_TEXT_BODY, (p[0].x + p[1].x - w) / 2,
                           p[0].y - 28, before ? &palette->dim_foreground : &palette->accent);
    t->z = ML_Z_OVERLAY;
  }

  scene->height = disk.y + disk.height + MARGIN;
  scene->width = ram.x + ram.width + MARGIN;

  return scene;
}
