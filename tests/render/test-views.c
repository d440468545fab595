/* test-views.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every view of the lecture's Persona program and of a heap in the middle of a GC cycle, in
 * both themes: layout invariants, and the pictures written to the build folder to look at.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "render-test-util.h"

static void
export_both_themes (MlViewKind        view,
                    const MlSnapshot *snap,
                    const char       *name,
                    gboolean          addresses)
{
  for (guint t = 0; t < 2; t++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) scene = NULL;
      g_autofree char *file = NULL;

      options.theme = t == 0 ? ML_THEME_LIGHT : ML_THEME_DARK;
      options.show_addresses = addresses;
      scene = ml_render_layout (view, snap, NULL, &options);
      file = g_strdup_printf ("%s-%s.png", name, t == 0 ? "light" : "dark");
      render_test_save (scene, file);
    }
}

static void
test_memory_map_persona (void)
{
  g_autoptr(MlSnapshot) snap = render_test_persona ();
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = ml_memory_map_view_layout (snap, NULL, &options);

  render_test_assert_no_overlap (scene, "slot");
  render_test_assert_arrows_attached (scene, 1);
  export_both_themes (ML_VIEW_MEMORY_MAP, snap, "memory-map-persona", FALSE);
  export_both_themes (ML_VIEW_MEMORY_MAP, snap, "memory-map-persona-addresses", TRUE);
}

static void
test_heap_graph_mid_gc (void)
{
  g_autoptr(MlSnapshot) snap = render_test_mid_gc ();

  export_both_themes (ML_VIEW_HEAP_GRAPH, snap, "heap-graph-mid-gc", FALSE);
  export_both_themes (ML_VIEW_MEMORY_MAP, snap, "memory-map-mid-gc", FALSE);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/memory-map/persona", test_memory_map_persona);
  g_test_add_func ("/render/heap-graph/mid-gc", test_heap_graph_mid_gc);
  ret = g_test_run ();
  render_test_cleanup ();

  return ret;
}
