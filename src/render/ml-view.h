/* ml-view.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Types shared by every view of the render layer.  A view turns a snapshot into a layout (an
 * MlScene: positioned boxes, arrows, text and paths), and the same scene is drawn on screen,
 * interpolated for animation, hit-tested for the pointer and exported.
 */

#pragma once

#include <glib.h>

#include "ml-palette.h"

G_BEGIN_DECLS

typedef enum
{
  ML_VIEW_SEGMENTS,
  ML_VIEW_MEMORY_MAP,
  ML_VIEW_HEAP_GRAPH,
  ML_VIEW_SPANS,
  ML_VIEW_TIMELINE,
  ML_VIEW_PROCESS,      /* lesson 1: secondary storage → program → process */
  ML_N_VIEWS
} MlViewKind;

typedef struct
{
  double x;
  double y;
} MlPoint;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} MlRect;

/* What the pointer is over.  @address is the Go address of the thing (object, slot, span
 * base, segment start); @index is its index in the snapshot's array (objects, slots,
 * globals, spans, segments) or the cycle number for ML_HIT_CYCLE. */
typedef enum
{
  ML_HIT_NONE,
  ML_HIT_OBJECT,
  ML_HIT_SLOT,          /* a frame slot (a local, parameter or result) */
  ML_HIT_GLOBAL,
  ML_HIT_FRAME,
  ML_HIT_GOROUTINE,
  ML_HIT_STRING,        /* a string literal in rodata */
  ML_HIT_SPAN,
  ML_HIT_SEGMENT,
  ML_HIT_CYCLE,
  ML_HIT_STEP,
  ML_HIT_GROUP,         /* a collapsed group of heap objects */
} MlHitKind;

typedef struct
{
  MlHitKind kind;
  guint64   address;
  guint64   index;
  guint64   key;        /* the scene item's identity, stable between steps */
  MlRect    rect;
} MlHit;

/* How much of the runtime a picture shows.  The program's level draws values as the program
 * sees them (a map is a table of keys and values); the runtime's draws the structures Go
 * builds them of (a map's header, directory, tables and groups with their control bytes). */
typedef enum
{
  ML_DETAIL_PROGRAM,
  ML_DETAIL_RUNTIME,
} MlDetail;

/* Where the program of the lesson-1 picture is in its life: a program on disk that has not
 * run yet, a process in memory, or a process that ended and gave its memory back. */
typedef enum
{
  ML_PROCESS_RUNNING,
  ML_PROCESS_ON_DISK,
  ML_PROCESS_ENDED,
} MlProcessStage;

typedef struct
{
  MlTheme  theme;
  double   scale;           /* device pixels per unit (2 on HiDPI); used for raster detail */
  gboolean show_addresses;
  gboolean reduced_motion;  /* animations become instant cuts */
  double   width;           /* the size to lay out for; 0 lets the view choose its natural size */
  double   height;
  gboolean no_background;   /* drawing: the caller has painted the background already */
  MlDetail detail;
  MlProcessStage process;   /* the process picture only */
  GHashTable    *expanded;  /* the heap graph's fan-outs shown open, by key (guint64 *); nullable */
  double   frame_aspect;    /* export: the picture padded to this width : height (16/9 for
                             * slides); 0 for its own proportions */
  /* The timeline only: its x axis counts steps rather than the model's virtual clock, and
   * a cycle number other than 0 draws that one cycle alone. */
  gboolean timeline_steps;
  guint    timeline_cycle;
} MlRenderOptions;

#define ML_RENDER_OPTIONS_INIT { ML_THEME_LIGHT, 1.0, FALSE, FALSE, 0, 0, FALSE, ML_DETAIL_PROGRAM, ML_PROCESS_RUNNING, NULL, 0, FALSE, 0 }

/* @options, or the defaults where the caller gives none. */
static inline const MlRenderOptions *
ml_render_options_or_defaults (const MlRenderOptions *options)
{
  static const MlRenderOptions defaults = ML_RENDER_OPTIONS_INIT;

  return options != NULL ? options : &defaults;
}

static inline gboolean
ml_rect_contains (const MlRect *r,
                  double        x,
                  double        y)
{
  return x >= r->x && y >= r->y && x < r->x + r->width && y < r->y + r->height;
}

static inline gboolean
ml_rect_intersects (const MlRect *a,
                    const MlRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Grows @into to cover @r as well; an empty @into (no width) becomes @r. */
static inline void
ml_rect_union (MlRect       *into,
               const MlRect *r)
{
  double x1, y1;

  if (into->width <= 0)
    {
      *into = *r;
      return;
    }
  x1 = MAX (into->x + into->width, r->x + r->width);
  y1 = MAX (into->y + into->height, r->y + r->height);
  into->x = MIN (into->x, r->x);
  into->y = MIN (into->y, r->y);
  into->width = x1 - into->x;
  into->height = y1 - into->y;
}

G_END_DECLS
