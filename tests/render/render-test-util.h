/* render-test-util.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Snapshots for the render tests, made by driving the runtime model as the compiler will:
 * the lecture's Persona program, a heap in the middle of a GC cycle, and big heaps.
 */

#pragma once

#include <cairo.h>

#include "ml-render.h"
#include "ml-runtime.h"

G_BEGIN_DECLS

MlSnapshot      *render_test_persona          (void);
MlSnapshot      *render_test_persona_with_copies (guint     n_copies,
                                                  gboolean  keep_one);
MlRuntime       *render_test_gc_runtime       (guint64     *garbage_addr);
MlSnapshot      *render_test_mid_gc           (void);
MlRuntime       *render_test_big_heap_runtime (guint        n_objects,
                                               guint        seed);
MlSnapshot      *render_test_big_heap         (guint        n_objects,
                                               guint        seed);
void             render_test_cleanup          (void);
MlSnapshot      *render_test_big_heap_after_gc (guint     n_objects,
                                                gboolean  mid_cycle);
char            *render_test_out_path         (const char  *name);
cairo_surface_t *render_test_draw             (MlScene     *scene,
                                               double       scale);
void             render_test_save             (MlScene     *scene,
                                               const char  *name);
void             render_test_assert_no_overlap(MlScene     *scene,
                                               const char  *klass);
void             render_test_assert_arrows_attached (MlScene *scene,
                                                     double   tolerance);
guint32          render_test_pixel            (cairo_surface_t *surface,
                                               int          x,
                                               int          y);
guint            render_test_count_string     (const char  *haystack,
                                               const char  *needle);
gboolean         render_test_scene_has_text   (MlScene     *scene,
                                               const char  *needle,
                                               gboolean     prefix);

G_END_DECLS
