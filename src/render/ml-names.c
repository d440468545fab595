/* ml-names.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See ml-names.h.  Each table is indexed by its enumeration, and a static assertion keeps the
 * two the same length, so a new view or phase cannot be left without a name.
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>

#include "ml-names.h"

static const struct
{
  const char *name;
  const char *title;
  const char *description;
} views[] = {
  [ML_VIEW_SEGMENTS] = { "segments", N_("Segments"),
    N_("The process image of the lecture: code, data, heap and stack, with their addresses and sizes.") },
  [ML_VIEW_MEMORY_MAP] = { "memory-map", N_("Memory Map"),
    N_("Every live variable in its place, with values as Go prints them and pointers drawn as arrows.") },
  [ML_VIEW_HEAP_GRAPH] = { "heap-graph", N_("Heap Graph"),
    N_("Heap objects as a graph, coloured white, grey and black as the collector marks them.") },
  [ML_VIEW_SPANS] = { "spans", N_("Spans"),
    N_("The heap as Go lays it out: pages, spans and size classes, slot by slot.") },
  [ML_VIEW_TIMELINE] = { "timeline", N_("Timeline"),
    N_("Heap in use and heap goal over time, with every collection cycle and its pauses.") },
  [ML_VIEW_PROCESS] = { "process", N_("Program and process"),
    N_("The lecture's first picture: a program on secondary storage becomes a process in memory.") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (views) == ML_N_VIEWS);

/* The collector's phases: the name lessons use in their moments ("phase:mark"), the title the
 * transport bar shows, and the longer caption the heap graph writes under its title. */
static const struct
{
  const char *name;
  const char *title;
  const char *caption;
} phases[] = {
  /* Between cycles the collector is idle, not switched off (GOGC=off is another matter); the
   * heap graph, titled by the last cycle, says that cycle has finished. */
  [ML_GC_OFF] = { "off", N_("GC idle"), N_("finished") },
  [ML_GC_SWEEP_TERMINATION] = { "sweep-termination", N_("Sweep termination (STW)"),
                                N_("sweep termination (stop the world)") },
  [ML_GC_MARK] = { "mark", N_("Mark"), N_("mark (concurrent)") },
  [ML_GC_MARK_TERMINATION] = { "mark-termination", N_("Mark termination (STW)"),
                               N_("mark termination (stop the world)") },
  [ML_GC_SWEEP] = { "sweep", N_("Sweep"), N_("sweep (concurrent)") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (phases) == ML_GC_SWEEP + 1);

const char *
ml_view_kind_to_string (MlViewKind kind)
{
  g_return_val_if_fail (kind < ML_N_VIEWS, NULL);

  return views[kind].name;
}

gboolean
ml_view_kind_from_string (const char *name,
                          MlViewKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; name != NULL && i < ML_N_VIEWS; i++)
    if (g_ascii_strcasecmp (name, views[i].name) == 0)
      {
        *kind = (MlViewKind)i;
        return TRUE;
      }

  return FALSE;
}

const char *
ml_view_kind_get_title (MlViewKind kind)
{
  g_return_val_if_fail (kind < ML_N_VIEWS, NULL);

  return _(views[kind].title);
}

const char *
ml_view_kind_get_description (MlViewKind kind)
{
  g_return_val_if_fail (kind < ML_N_VIEWS, NULL);

  return _(views[kind].description);
}

const char *
ml_gc_phase_to_string (MlGcPhase phase)
{
  g_return_val_if_fail (phase < G_N_ELEMENTS (phases), NULL);

  return phases[phase].name;
}

gboolean
ml_gc_phase_from_string (const char *name,
                         MlGcPhase  *phase)
{
  g_return_val_if_fail (phase != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (phases); i++)
    if (g_str_equal (name, phases[i].name))
      {
        *phase = (MlGcPhase)i;
        return TRUE;
      }

  return FALSE;
}

const char *
ml_gc_phase_get_title (MlGcPhase phase)
{
  return _(phases[phase < G_N_ELEMENTS (phases) ? phase : ML_GC_OFF].title);
}

const char *
ml_gc_phase_get_caption (MlGcPhase phase)
{
  return _(phases[phase < G_N_ELEMENTS (phases) ? phase : ML_GC_OFF].caption);
}

/**
 * ml_format_bytes:
 * @bytes: a size
 * @style: how exact to be
 *
 * Sizes are in binary units, as Go's runtime and the lecture count them.
 *
 * Returns: (transfer full): @bytes as a reader would write it
 */
char *
ml_format_bytes (guint64      bytes,
                 MlBytesStyle style)
{
  if (style == ML_BYTES_WHOLE)
    {
      if (bytes >= 10 * 1024 * 1024)
        return g_strdup_printf ("%" PRIu64 " MiB", bytes / (1024 * 1024));
      if (bytes >= 10 * 1024)
        return g_strdup_printf ("%" PRIu64 " KiB", bytes / 1024);

      return g_strdup_printf ("%" PRIu64 " B", bytes);
    }

  if (bytes >= G_GUINT64_CONSTANT (10) * 1024 * 1024 * 1024)
    return g_strdup_printf ("%" PRIu64 " GiB", bytes >> 30);
  /* Whole numbers print without a decimal: "64 KiB" reads better than "64.0 KiB". */
  if (bytes >= 1024 * 1024)
    return bytes % (1024 * 1024) == 0 ? g_strdup_printf ("%" PRIu64 " MiB", bytes >> 20)
                                      : g_strdup_printf ("%.1f MiB", bytes / (1024.0 * 1024.0));
  if (bytes >= 1024)
    return bytes % 1024 == 0 ? g_strdup_printf ("%" PRIu64 " KiB", bytes >> 10)
                             : g_strdup_printf ("%.1f KiB", bytes / 1024.0);

  return g_strdup_printf ("%" PRIu64 " B", bytes);
}
