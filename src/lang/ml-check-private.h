/* ml-check-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ml-arena-private.h"
#include "ml-check.h"
#include "ml-diagnostic-private.h"

G_BEGIN_DECLS

typedef struct _MlScope MlScope;
struct _MlScope
{
  MlScope    *parent;
  GHashTable *names;
  /* Labels, loops and switches are tracked by the checker itself. */
  gboolean    is_func;
};

MlScope  *ml_scope_new    (MlScope    *parent);
void      ml_scope_free   (MlScope    *scope);
MlObject *ml_scope_lookup (MlScope    *scope,
                           const char *name,
                           gboolean    recursive);

MlFunc   *ml_func_new     (MlNode     *node,
                           const char *name);
void      ml_func_free    (MlFunc     *fn);

G_END_DECLS
