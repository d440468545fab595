/* ml-maps-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the views draw maps (ml-maps.c): at the program's level of detail a map is one table
 * of keys and values, and the objects Go builds it of (directory, tables, groups, keys and
 * values kept apart) fold into it; at the runtime's they are drawn as themselves.
 */

#pragma once

#include "ml-snapshot.h"
#include "ml-view.h"

G_BEGIN_DECLS

typedef struct _MlMapFold MlMapFold;

MlMapFold       *ml_map_fold_new          (const MlSnapshot *snapshot,
                                           MlDetail          detail);
void             ml_map_fold_free         (MlMapFold        *fold);
gboolean         ml_map_fold_active       (const MlMapFold  *fold);
gboolean         ml_map_fold_hides        (const MlMapFold  *fold,
                                           guint             object);
const MlSnapMap *ml_map_fold_table        (const MlMapFold  *fold,
                                           guint             object);
gint             ml_map_fold_owner        (const MlMapFold  *fold,
                                           gint              object);
const GArray    *ml_map_fold_targets      (MlMapFold        *fold,
                                           const MlSnapMap  *map,
                                           gboolean          printed);
gboolean         ml_map_fold_printed      (const MlMapFold  *fold,
                                           guint             object);
gboolean         ml_map_fold_hides_slot   (const MlMapFold  *fold,
                                           const MlSnapSlot *slot);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlMapFold, ml_map_fold_free)

guint           *ml_map_sorted_entries    (const MlSnapshot *snapshot,
                                           const MlSnapMap  *map);
char            *ml_map_title             (const MlSnapMap  *map);
gboolean         ml_map_is_structure      (const MlRtype    *type);
char            *ml_map_part_name         (const MlSnapshot *snapshot,
                                           const MlSnapObject *object);
char            *ml_map_size_text         (const MlSnapMap  *map);
void             ml_map_append_entries    (GString          *out,
                                           const MlSnapshot *snapshot,
                                           const MlSnapMap  *map,
                                           guint             max_entries);

static inline const guint8 *
ml_map_entry_key (const MlSnapshot     *snapshot,
                  const MlSnapMapEntry *entry)
{
  return snapshot->values + entry->key_offset;
}

static inline const guint8 *
ml_map_entry_elem (const MlSnapshot     *snapshot,
                   const MlSnapMapEntry *entry)
{
  return snapshot->values + entry->elem_offset;
}

G_END_DECLS
